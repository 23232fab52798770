#!/usr/bin/env python3
"""Generator for the blind-o gold set (messy, badly formed Vietnamese pages).

Usage: python3 make.py [OUTDIR]     (default: the directory of this script)

Deterministic: stdlib only, one random.Random("blind-o:NAME") per page, no
clock.  Writes o01..o20 (.html + .json) and n01..n04 (.html + .json).
All article texts, names, figures and quotes are invented.
"""
import base64
import datetime as dt
import html
import json
import os
import random
import sys
import unicodedata

OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
CRAWL = dt.date(2026, 11, 22)
WD = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]
WDL = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]


def e(s):
    return html.escape(s, quote=False)


def ea(s):
    return html.escape(s, quote=True)


def rng_for(name):
    return random.Random("blind-o:" + name)


# ---------------------------------------------------------------------------
# Article texts (invented).  blocks: ("p"|"h"|"li"|"cap"|"vcap"|"mcap", text)
# or ("table", [[cell, ...], ...]) with the header row first.
# ---------------------------------------------------------------------------
A = {}

A["o01"] = dict(
    title="Đắk Lắk hỗ trợ nông dân tái canh hơn 1.200 ha cà phê già cỗi",
    dt=(2026, 3, 12, 8, 45, 0),
    author="Hoàng Lan",
    lead="Năm 2026, tỉnh Đắk Lắk đặt mục tiêu tái canh, ghép cải tạo hơn 1.200 ha cà phê già cỗi, năng suất thấp, gắn với liên kết tiêu thụ và sản xuất theo hướng bền vững.",
    blocks=[
        ("p", "Theo Sở Nông nghiệp và Môi trường tỉnh Đắk Lắk, toàn tỉnh hiện có khoảng 215.000 ha cà phê, trong đó hơn 30.000 ha đã trên 20 năm tuổi, cây suy kiệt, năng suất bình quân chỉ đạt 2,1 tấn nhân/ha, thấp hơn đáng kể so với diện tích đã được tái canh."),
        ("p", "Để hỗ trợ người dân, tỉnh tiếp tục triển khai chính sách hỗ trợ giống cà phê thực sinh và cây ghép chất lượng cao, đồng thời phối hợp với các ngân hàng thương mại cho vay vốn ưu đãi với lãi suất thấp hơn từ 1 đến 1,5% so với lãi suất thông thường. Mỗi hộ tham gia tái canh được vay tối đa 150 triệu đồng/ha, thời gian ân hạn nợ gốc trong 3 năm đầu."),
        ("p", "Tại xã Ea Kao, nhiều hộ dân đã chủ động nhổ bỏ vườn cà phê già để trồng mới từ đầu mùa khô. Ông Y Khem Niê, một nông dân có 2 ha cà phê ở buôn Kóp, cho biết vườn nhà ông trồng từ năm 1998, mấy năm gần đây trái ít, hạt nhỏ, chi phí phân bón lại tăng. “Được cán bộ khuyến nông hướng dẫn, tôi quyết định tái canh 1 ha trước, phần còn lại ghép cải tạo bằng giống TR4 để vẫn có thu nhập trong thời gian chờ cây mới cho trái”, ông Y Khem nói."),
        ("cap", "Nông dân xã Ea Kao chuẩn bị đất trồng mới cà phê. Ảnh: Hoàng Lan"),
        ("h", "Gắn tái canh với liên kết chuỗi"),
        ("p", "Ông Nguyễn Đình Phúc, Phó Giám đốc Sở Nông nghiệp và Môi trường, cho biết bài học từ giai đoạn trước là tái canh phải đi kèm xử lý đất kỹ lưỡng, luân canh cây ngắn ngày từ một đến hai năm để cắt mầm bệnh tuyến trùng, nấm hại rễ. Những vườn trồng lại ngay sau khi nhổ bỏ thường có tỷ lệ cây chết cao."),
        ("p", "Năm nay, tỉnh khuyến khích các hợp tác xã, doanh nghiệp ký hợp đồng bao tiêu sản phẩm với người dân ngay từ khi trồng mới. Hiện đã có 14 hợp tác xã đăng ký tham gia, với tổng diện tích liên kết gần 3.800 ha, trong đó khoảng 900 ha đạt chứng nhận sản xuất bền vững."),
        ("p", "Bà Lê Thị Thu Trang, Giám đốc Hợp tác xã Nông nghiệp Cư Pơng, chia sẻ: “Cà phê tái canh theo quy trình, thu hái chín trên 90% thì giá bán cao hơn cà phê thường từ 8.000 đến 12.000 đồng/kg. Nếu người dân kiên trì, chỉ sau 3 năm là thu hồi được vốn”."),
        ("p", "Bên cạnh đó, ngành nông nghiệp tỉnh đang xây dựng cơ sở dữ liệu vùng trồng, cấp mã số vùng trồng cho các diện tích tái canh để đáp ứng yêu cầu truy xuất nguồn gốc của thị trường châu Âu. Đến cuối tháng 2/2026, toàn tỉnh đã cấp 126 mã số vùng trồng cà phê với diện tích hơn 9.400 ha."),
        ("p", "Theo kế hoạch, đến năm 2030, Đắk Lắk phấn đấu tái canh, ghép cải tạo thêm 25.000 ha cà phê, nâng năng suất bình quân lên 3 tấn nhân/ha và tỷ lệ cà phê chế biến sâu đạt trên 20% sản lượng."),
    ],
)

A["o02"] = dict(
    title="Hà Nội đưa vào vận hành thêm 3 tuyến buýt điện kết nối các phường phía Tây và phía Nam",
    dt=(2026, 1, 15, 6, 10, 42),
    author="Minh Đức",
    lead="Từ ngày 15/1, Hà Nội đưa vào vận hành 3 tuyến xe buýt điện mới kết nối trung tâm với các phường phía Tây và phía Nam, nâng tổng số tuyến buýt điện của thành phố lên 31 tuyến.",
    blocks=[
        ("p", "Ba tuyến mới gồm: tuyến E12 Cầu Giấy – Khu đô thị Tây Mỗ, tuyến E13 Hoàng Mai – Văn Miếu và tuyến E14 Long Biên – Cửa Nam. Các tuyến hoạt động từ 5h đến 22h hằng ngày, giãn cách chuyến từ 10 đến 15 phút, giá vé lượt 9.000 đồng."),
        ("p", "Theo Trung tâm Quản lý và Điều hành giao thông đô thị Hà Nội, mỗi tuyến được bố trí từ 14 đến 18 xe điện loại 8,9 m và 10,5 m, có sàn thấp, chỗ dành cho người khuyết tật, hệ thống camera giám sát và thanh toán không dùng tiền mặt qua thẻ ngân hàng, ví điện tử hoặc mã QR."),
        ("cap", "Xe buýt điện tuyến E14 đón khách tại điểm dừng phố Tràng Thi. Ảnh: Minh Đức"),
        ("h", "Ưu tiên kết nối các khu dân cư mới"),
        ("p", "Đại diện Sở Xây dựng Hà Nội cho biết, lộ trình ba tuyến được thiết kế sau khi khảo sát nhu cầu đi lại tại các khu đô thị mới hình thành ở phía Tây thành phố, nơi nhiều cư dân phải đi xe máy vào trung tâm do thiếu phương tiện công cộng phù hợp. Tuyến E12 đi qua 22 điểm dừng, trong đó có 4 điểm kết nối trực tiếp với ga đường sắt đô thị tuyến số 3."),
        ("p", "Chị Nguyễn Thu Hà, cư dân khu đô thị Tây Mỗ, cho biết trước đây mỗi sáng chị mất gần một giờ để đi xe máy đến cơ quan ở phường Cầu Giấy. “Có tuyến buýt điện chạy thẳng, tôi có thể vừa đi vừa đọc tài liệu, không phải chen chúc giờ cao điểm. Xe chạy êm, không có mùi khói nên con tôi cũng thích đi cùng”, chị Hà nói."),
        ("h", "Hướng tới chuyển đổi toàn bộ xe buýt sang năng lượng xanh"),
        ("p", "Theo kế hoạch của thành phố, đến năm 2030 toàn bộ xe buýt thay thế mới hoặc đầu tư mới sẽ sử dụng điện hoặc năng lượng xanh. Trong năm 2026, Hà Nội dự kiến mở thêm 8 tuyến buýt điện và chuyển đổi phương tiện trên 12 tuyến đang khai thác bằng xe diesel."),
        ("p", "Ông Trần Văn Hải, Phó Giám đốc Trung tâm Quản lý và Điều hành giao thông đô thị, cho biết đơn vị đang phối hợp với các doanh nghiệp lắp đặt thêm trạm sạc tại các điểm đầu cuối, đồng thời nghiên cứu điều chỉnh lộ trình một số tuyến để tránh chồng chéo với đường sắt đô thị. “Mục tiêu là để người dân có thể đi từ nhà đến ga tàu bằng xe buýt trong vòng 10 phút”, ông Hải nói."),
    ],
)

A["o03"] = dict(
    title="Cần Thơ ra mắt tour đêm trên chợ nổi Cái Răng",
    dt=(2026, 4, 24, 9, 15, 0),
    author="THANH TÂM",
    lead="Từ ngày 25/4, du khách đến Cần Thơ có thể trải nghiệm tour du lịch đêm trên chợ nổi Cái Răng, kết hợp thưởng thức đờn ca tài tử, ẩm thực trên ghe hàng và tham quan các lò hủ tiếu ven sông.",
    blocks=[
        ("p", "Tour do Sở Văn hóa, Thể thao và Du lịch thành phố Cần Thơ phối hợp với UBND phường Cái Răng và các doanh nghiệp lữ hành xây dựng, khởi hành lúc 18h30 từ bến Ninh Kiều, kéo dài khoảng 3 giờ. Giá vé dành cho người lớn là 350.000 đồng, trẻ em dưới 10 tuổi được giảm 50%."),
        ("p", "Theo ban tổ chức, chợ nổi Cái Răng vốn chỉ họp đông vào sáng sớm, khi ghe thương hồ neo đậu mua bán nông sản. Nhiều năm nay, lượng ghe giảm dần do giao thông đường bộ phát triển, du khách đến vào buổi chiều hoặc tối chỉ thấy mặt sông vắng vẻ. Tour đêm được kỳ vọng kéo dài thời gian lưu trú và tạo thêm sinh kế cho các hộ buôn bán trên sông."),
        ("p", "Trên hành trình, du khách sẽ ghé các ghe bán trái cây, bánh xèo, hủ tiếu được thắp đèn lồng; nghe các nhóm đờn ca tài tử biểu diễn trên sà lan sân khấu và tham gia thả đèn hoa đăng vào các đêm rằm. Khoảng 40 hộ thương hồ đã đăng ký tham gia, được hỗ trợ đèn chiếu sáng, áo phao và tập huấn kỹ năng phục vụ khách."),
        ("vcap", "Chợ nổi Cái Răng lung linh trong đêm chạy thử tour ngày 23/4. Video: Thanh Tâm"),
        ("h", "Bảo đảm an toàn cho du khách"),
        ("p", "Ông Trần Quốc Việt, Phó Giám đốc Sở Văn hóa, Thể thao và Du lịch, cho biết tất cả tàu tham gia tour đều phải được đăng kiểm, có đủ phao cứu sinh, đèn tín hiệu và người điều khiển có bằng thuyền trưởng. Lực lượng cảnh sát đường thủy sẽ tăng cường tuần tra trên đoạn sông từ cầu Cái Răng đến khu vực chợ nổi trong khung giờ từ 18h đến 22h."),
        ("p", "“Chúng tôi không muốn biến chợ nổi thành sân khấu dàn dựng. Người dân vẫn buôn bán như bình thường, du khách đến để hiểu đời sống của họ. Tour đêm chỉ bổ sung ánh sáng, âm nhạc và dịch vụ để trải nghiệm trọn vẹn hơn”, ông Việt nói."),
        ("p", "Bà Nguyễn Thị Bé Tư, gần 30 năm bán hủ tiếu trên ghe ở chợ nổi, phấn khởi khi biết tour đêm được triển khai. “Bình thường tôi chỉ bán tới 9 giờ sáng là về. Giờ buổi tối có khách, tôi bán thêm được mấy chục tô, các con tôi cũng có việc làm chèo ghe đưa khách”, bà Tư chia sẻ."),
        ("p", "Năm 2025, Cần Thơ đón khoảng 9,2 triệu lượt khách, doanh thu du lịch đạt hơn 13.000 tỷ đồng. Thành phố đặt mục tiêu năm 2026 đón 10 triệu lượt khách, trong đó phát triển sản phẩm du lịch đêm là một trong những giải pháp trọng tâm."),
    ],
)

A["o04"] = dict(
    title="Lạng Sơn: Lượng xe hàng qua cửa khẩu số tăng gần 30%",
    dt=(2026, 5, 7, 15, 32, 0),
    author="Nông Thị Hạnh",
    lead="Sau một năm vận hành nền tảng cửa khẩu số, thời gian làm thủ tục cho mỗi phương tiện chở hàng xuất nhập khẩu qua các cửa khẩu của tỉnh Lạng Sơn đã rút ngắn từ hơn 2 giờ xuống còn khoảng 30 phút.",
    blocks=[
        ("p", "Theo Ban Quản lý Khu kinh tế cửa khẩu Đồng Đăng – Lạng Sơn, 4 tháng đầu năm 2026 có hơn 186.000 lượt phương tiện chở hàng hóa xuất nhập khẩu qua các cửa khẩu trên địa bàn tỉnh, tăng 29,6% so với cùng kỳ năm trước. Kim ngạch xuất nhập khẩu ước đạt 2,1 tỷ USD."),
        ("p", "Nền tảng cửa khẩu số cho phép doanh nghiệp, chủ phương tiện khai báo thông tin hàng hóa, phương tiện, lái xe trực tuyến; hệ thống tự động cấp mã QR, phân luồng và điều tiết xe vào các bãi kiểm soát theo khung giờ. Toàn bộ dữ liệu được kết nối với hải quan, biên phòng và kiểm dịch, giúp giảm giấy tờ và hạn chế tiếp xúc trực tiếp."),
        ("p", "Anh Hoàng Văn Tú, lái xe chở thanh long từ Đồng Tháp ra cửa khẩu Tân Thanh, kể: “Trước đây, có hôm tôi phải chờ từ sáng đến tối mới qua được cửa khẩu… Giờ đăng ký trên ứng dụng, đến đúng khung giờ là vào bãi, làm thủ tục rất nhanh, không phải ngủ lại trên xe như trước”."),
        ("h", "Vẫn còn những “điểm nghẽn”"),
        ("p", "Dù vậy, theo phản ánh của một số doanh nghiệp, hệ thống đôi lúc bị chậm vào giờ cao điểm; việc kết nối dữ liệu với phía bạn chưa đồng bộ khiến xe vẫn phải chờ ở khu vực cửa khẩu phía bên kia. Tình trạng ùn ứ cục bộ vẫn xảy ra vào mùa cao điểm xuất khẩu trái cây từ tháng 5 đến tháng 8."),
        ("p", "Ông Vi Thanh Bình, Phó Trưởng ban Quản lý Khu kinh tế cửa khẩu Đồng Đăng – Lạng Sơn, cho biết: “Chúng tôi đã nâng cấp máy chủ, bổ sung tính năng thông báo qua tin nhắn để lái xe biết trước thời điểm được vào bãi. Đồng thời, tỉnh đang trao đổi với các cơ quan chức năng phía bạn để mở rộng khung giờ thông quan và thống nhất quy trình kiểm tra…”."),
        ("p", "Cùng với đó, tỉnh khuyến khích các doanh nghiệp logistics đầu tư trung tâm dịch vụ tổng hợp gần cửa khẩu, cung cấp dịch vụ lưu kho, sơ chế, đóng gói – vừa giảm thời gian chờ của xe hàng, vừa tạo thêm việc làm cho người dân các xã biên giới như Đồng Đăng, Tân Thanh."),
        ("p", "Trong năm 2026, Lạng Sơn đặt mục tiêu hoàn thiện nền tảng cửa khẩu số tại tất cả các cửa khẩu quốc tế, cửa khẩu chính, đồng thời đầu tư hệ thống cân tự động, camera nhận diện biển số và kho lạnh phục vụ bảo quản nông sản chờ thông quan."),
    ],
)

A["o05"] = dict(
    title="Tuyên Quang đưa hơn 300 sản phẩm OCOP lên sàn thương mại điện tử",
    dt=(2026, 8, 19, 10, 5, 33),
    author="Phạm Quỳnh",
    lead="Tính đến giữa tháng 8/2026, tỉnh Tuyên Quang đã có 312 sản phẩm OCOP được đưa lên các sàn thương mại điện tử, nhiều chủ thể đạt doanh thu trực tuyến cao hơn bán hàng truyền thống.",
    blocks=[
        ("p", "Theo Sở Công Thương tỉnh Tuyên Quang, các sản phẩm chủ lực được giới thiệu trên sàn gồm chè Shan tuyết, cam sành, mật ong bạc hà, miến dong, thịt trâu gác bếp và các loại dược liệu. Ngoài các sàn lớn như Shopee, Lazada, TikTok Shop, sản phẩm còn được bán trên sàn thương mại điện tử của tỉnh và nền tảng của Bưu điện Việt Nam."),
        ("p", "Để hỗ trợ các chủ thể, năm 2026 Sở Công Thương đã tổ chức 16 lớp tập huấn kỹ năng bán hàng trực tuyến, chụp ảnh sản phẩm, viết nội dung và livestream cho hơn 900 học viên là thành viên hợp tác xã, hộ kinh doanh. Nhiều học viên là người dân tộc thiểu số ở các xã vùng cao như Lũng Cú, Đồng Văn, Mèo Vạc."),
        ("p", "Chị Vàng Thị Mai, thành viên Hợp tác xã chè Shan tuyết ở xã Cao Bồ, cho biết trước đây sản phẩm chủ yếu bán cho khách quen và thương lái. “Từ khi học livestream, mỗi tối tôi lên sóng khoảng một tiếng, giới thiệu cách hái, sao chè. Có tháng hợp tác xã bán được hơn 400 kg chè qua mạng, gấp ba lần so với trước”, chị Mai nói."),
        ("cap", "Thành viên hợp tác xã livestream giới thiệu chè Shan tuyết. Ảnh: Phạm Quỳnh"),
        ("h", "Khó khăn về vận chuyển và chất lượng đồng đều"),
        ("p", "Tuy vậy, bán hàng trên sàn thương mại điện tử cũng đặt ra yêu cầu cao về chất lượng đồng đều, bao bì và thời gian giao hàng. Một số sản phẩm tươi như cam sành, rau đặc sản gặp khó khăn khi vận chuyển xa; chi phí logistics từ các xã vùng cao về trung tâm vẫn cao, chiếm tới 15–20% giá bán."),
        ("p", "Ông Hoàng Minh Đức, Phó Giám đốc Sở Công Thương, cho biết thời gian tới sở sẽ phối hợp với doanh nghiệp bưu chính xây dựng các điểm gom hàng tại trung tâm cụm xã, hỗ trợ chủ thể OCOP thiết kế bao bì, truy xuất nguồn gốc bằng mã QR. Tỉnh cũng khuyến khích các hợp tác xã liên kết với nhau để có nguồn hàng ổn định, tránh tình trạng “nhận đơn nhưng không đủ hàng”."),
        ("p", "Mục tiêu đến cuối năm 2026, 100% sản phẩm OCOP từ 3 sao trở lên của tỉnh có mặt trên ít nhất một sàn thương mại điện tử, doanh thu bán hàng trực tuyến chiếm tối thiểu 20% tổng doanh thu của các chủ thể."),
    ],
)

A["o06"] = dict(
    title="Làng biển Thuận An phục dựng lễ hội cầu ngư",
    dt=(2026, 2, 27, 7, 30, 0),
    author="LÊ PHƯỚC BẢO",
    lead="Sau nhiều năm tổ chức ở quy mô nhỏ, lễ hội cầu ngư của ngư dân phường Thuận An, thành phố Huế được phục dựng với đầy đủ nghi thức truyền thống, thu hút hàng nghìn người dân và du khách.",
    blocks=[
        ("p", "Lễ hội diễn ra trong hai ngày 25 và 26/2 (tức mùng 9 và mùng 10 tháng Giêng năm Bính Ngọ) tại lăng Ông Nam Hải và khu vực bãi biển Thuận An. Phần lễ gồm các nghi thức rước sắc phong, tế cá Ông, cầu cho mưa thuận gió hòa, ngư dân ra khơi bình an, đánh bắt được mùa."),
        ("p", "Điểm nhấn của phần hội là hát bả trạo – loại hình diễn xướng dân gian gắn với tục thờ cá Ông của cư dân ven biển miền Trung. Đội bả trạo gồm 24 người, phần lớn là ngư dân lớn tuổi, vừa chèo vừa hát những làn điệu kể về nỗi vất vả trên biển và lòng biết ơn đối với cá Ông."),
        ("cap", "Đội bả trạo biểu diễn tại lăng Ông Nam Hải, phường Thuận An. Ảnh: Lê Phước Bảo"),
        ("p", "Cụ Trần Văn Lộc, 82 tuổi, người giữ vai trò tổng lái trong đội bả trạo, cho biết có thời gian lễ hội chỉ còn phần cúng tế đơn giản, lớp trẻ ít người biết hát. “Mấy năm nay, phường mở lớp truyền dạy, nay đã có 11 cháu thuộc được các bài hát bả trạo. Tôi mừng vì nghề biển, nếp làng còn có người nối tiếp”, cụ Lộc nói."),
        ("h", "Gắn lễ hội với phát triển du lịch"),
        ("p", "Bên cạnh phần lễ, phường Thuận An tổ chức đua thuyền, kéo co trên cát, thi nấu các món ăn từ hải sản và chợ phiên bán sản phẩm của làng nghề nước mắm, cá khô. Nhiều du khách trong và ngoài nước đến tham dự, chụp ảnh, tìm hiểu tín ngưỡng của ngư dân."),
        ("p", "Ông Nguyễn Đăng Khoa, Chủ tịch UBND phường Thuận An, cho biết việc phục dựng lễ hội dựa trên tư liệu được các nhà nghiên cứu văn hóa ghi chép và lời kể của những bậc cao niên trong làng. Phường đang hoàn thiện hồ sơ đề nghị đưa lễ hội cầu ngư Thuận An vào danh mục di sản văn hóa phi vật thể của thành phố."),
        ("p", "“Lễ hội không chỉ là nét đẹp văn hóa mà còn là sản phẩm du lịch đặc trưng. Chúng tôi mong muốn mỗi năm du khách đến Huế dịp đầu xuân có thêm một điểm đến gắn với biển”, ông Khoa chia sẻ."),
    ],
)

A["o07"] = dict(
    title="Khám sàng lọc ung thư vú, ung thư cổ tử cung miễn phí cho 2.000 phụ nữ Cà Mau",
    dt=(2025, 10, 9, 14, 20, 5),
    author="Ngọc Mai",
    lead="Từ ngày 9 đến 12/10, Bệnh viện Ung bướu thành phố Cần Thơ phối hợp với Sở Y tế tỉnh Cà Mau tổ chức khám sàng lọc ung thư vú và ung thư cổ tử cung miễn phí cho 2.000 phụ nữ tại 6 xã, phường trên địa bàn tỉnh.",
    blocks=[
        ("p", "Đối tượng được khám là phụ nữ từ 30 đến 65 tuổi, ưu tiên người thuộc hộ nghèo, cận nghèo, người dân tộc thiểu số và lao động tự do chưa từng được tầm soát. Mỗi người được khám lâm sàng, siêu âm tuyến vú, làm xét nghiệm tế bào cổ tử cung và được tư vấn về các dấu hiệu cảnh báo sớm."),
        ("p", "Ngày đầu tiên, tại Trạm Y tế phường Bạc Liêu, hàng trăm chị em có mặt từ sáng sớm. Bà Lâm Thị Sương, 52 tuổi, cho biết: “Tôi có nghe nói về ung thư nhưng chưa bao giờ đi khám vì ngại và tốn kém. Nay được khám miễn phí ngay gần nhà, bác sĩ giải thích kỹ nên tôi yên tâm hơn”."),
        ("cap", "Bác sĩ siêu âm tuyến vú cho người dân tại Trạm Y tế phường Bạc Liêu. Ảnh: Ngọc Mai"),
        ("h", "Phát hiện sớm giúp điều trị hiệu quả"),
        ("p", "Theo BS.CKII Huỳnh Thanh Tùng, Trưởng khoa Ung bướu phụ khoa, ung thư vú và ung thư cổ tử cung là hai loại ung thư thường gặp nhất ở phụ nữ Việt Nam. Nếu được phát hiện ở giai đoạn sớm, tỷ lệ sống sau 5 năm có thể đạt trên 90%, chi phí điều trị cũng thấp hơn nhiều so với giai đoạn muộn."),
        ("p", "“Nhiều bệnh nhân đến viện khi khối u đã lớn, có khi đã di căn. Chương trình khám sàng lọc tại cộng đồng giúp chị em tiếp cận dịch vụ y tế sớm hơn, đồng thời nâng cao nhận thức về việc tự khám vú hằng tháng”, bác sĩ Tùng cho biết."),
        ("p", "Sau 2 ngày đầu, đoàn đã khám cho hơn 700 người, phát hiện 38 trường hợp có tổn thương nghi ngờ cần theo dõi, làm thêm xét nghiệm chuyên sâu. Các trường hợp này được hướng dẫn chuyển tuyến và hỗ trợ một phần chi phí."),
        ("cap", "Các chị em được tư vấn cách tự khám vú tại nhà. Ảnh: Ngọc Mai"),
        ("p", "Bà Trương Thị Kim Loan, Phó Giám đốc Sở Y tế tỉnh Cà Mau, cho biết chương trình nằm trong kế hoạch nâng cao sức khỏe phụ nữ giai đoạn 2025–2030 của tỉnh. Sở sẽ tiếp tục phối hợp với các bệnh viện tuyến trên tổ chức khám sàng lọc định kỳ, đồng thời đào tạo nhân viên y tế cơ sở kỹ năng phát hiện sớm các bệnh ung thư thường gặp."),
    ],
)

A["o08"] = dict(
    title="Lục Ngạn vào vụ thu hoạch vải thiều sớm",
    dt=(2025, 5, 28, 10, 18, 0),
    author="Đức Thắng",
    lead="Những ngày cuối tháng 5, nông dân huyện Lục Ngạn (Bắc Giang) bắt đầu thu hoạch vải thiều sớm. Giá bán đầu vụ dao động từ 35.000 đến 45.000 đồng/kg, cao hơn cùng kỳ năm trước.",
    blocks=[
        ("p", "Năm 2025, toàn huyện Lục Ngạn có khoảng 15.900 ha vải thiều, trong đó diện tích vải sớm chiếm hơn 3.200 ha, tập trung ở các xã Phượng Sơn, Quý Sơn, Hồng Giang. Sản lượng vải toàn huyện dự kiến đạt 85.000 tấn, tương đương năm 2024."),
        ("p", "Tại xã Phượng Sơn, không khí thu hoạch đã nhộn nhịp từ sáng sớm. Gia đình ông Nguyễn Văn Hòa có 1,5 ha vải sớm, năm nay cây đậu quả đều, quả to, mã đẹp. “Nhà tôi ước thu được khoảng 12 tấn. Thương lái vào tận vườn đặt mua, trừ chi phí vẫn lãi khá”, ông Hòa cho biết."),
        ("cap", "Nông dân xã Phượng Sơn thu hoạch vải thiều sớm. Ảnh: Đức Thắng"),
        ("h", "Mở rộng thị trường xuất khẩu"),
        ("p", "Theo UBND huyện Lục Ngạn, năm nay huyện có 12 vùng trồng vải đạt tiêu chuẩn xuất khẩu sang Nhật Bản, Mỹ, Úc, EU với tổng diện tích hơn 360 ha. Các vùng trồng này được cấp mã số, sản xuất theo quy trình VietGAP, GlobalGAP và được cơ quan chuyên môn giám sát chặt chẽ việc sử dụng thuốc bảo vệ thực vật."),
        ("p", "Bên cạnh kênh tiêu thụ truyền thống, huyện phối hợp với các sàn thương mại điện tử, bưu điện tổ chức bán vải trực tuyến, livestream giới thiệu sản phẩm ngay tại vườn. Dự kiến khoảng 20% sản lượng vải sẽ được tiêu thụ qua kênh thương mại điện tử và hệ thống siêu thị."),
        ("p", "Ông Lê Văn Đoàn, Phó Chủ tịch UBND huyện Lục Ngạn, cho biết để bảo đảm tiêu thụ thuận lợi, huyện đã bố trí các điểm hỗ trợ thương nhân, tổ công tác phân luồng giao thông tại các tuyến đường chính, đồng thời khuyến cáo người dân không thu hoạch vải khi chưa chín đủ độ để giữ uy tín, thương hiệu vải thiều Lục Ngạn."),
    ],
)

A["o09"] = dict(
    title="Hải Phòng mở rộng không gian đi bộ ven sông Tam Bạc",
    dt=(2026, 6, 20, 19, 40, 0),
    author="Vũ Hải Yến",
    lead="Tối 20/6, UBND thành phố Hải Phòng tổ chức khai trương không gian đi bộ ven sông Tam Bạc mở rộng, kéo dài thêm gần 1 km với nhiều hoạt động văn hóa, ẩm thực phục vụ người dân và du khách.",
    blocks=[
        ("p", "Không gian đi bộ mới nối từ khu vực vườn hoa Tam Bạc đến cầu Lạc Long, được lát đá, trồng thêm cây xanh, bố trí hệ thống chiếu sáng nghệ thuật và 6 điểm biểu diễn âm nhạc đường phố. Khu vực hoạt động từ 18h thứ Sáu đến 24h Chủ nhật hằng tuần; trong thời gian này, các phương tiện cơ giới không được lưu thông qua tuyến đường ven sông."),
        ("p", "Theo UBND phường Hồng Bàng, trước khi mở rộng, đơn vị đã tổ chức lấy ý kiến của hơn 300 hộ kinh doanh và cư dân dọc hai bên tuyến phố. Đa số người dân đồng tình, đồng thời đề nghị thành phố bố trí điểm trông giữ xe, nhà vệ sinh công cộng và quy định rõ khu vực bán hàng để không ảnh hưởng đến sinh hoạt."),
        ("cap", "Người dân và du khách dạo bước trên tuyến phố đi bộ ven sông Tam Bạc trong đêm khai trương. Ảnh: Vũ Hải Yến"),
        ("p", "Tại đêm khai trương, hàng nghìn người dân đã đến tham quan, thưởng thức các tiết mục hát chèo, múa rối nước, biểu diễn nhạc acoustic và các gian hàng ẩm thực với bánh đa cua, nem cua bể, bánh mì que – những món ăn gắn với thương hiệu ẩm thực đất Cảng."),
        ("p", "Anh Phạm Quốc Hưng, chủ một quán cà phê trên phố Tam Bạc, cho biết lượng khách cuối tuần tăng rõ rệt từ khi có phố đi bộ. “Trước đây buổi tối khu này khá vắng, chủ yếu là người dân sinh hoạt. Giờ có không gian đi bộ, khách ngồi đến khuya, nhiều gia đình đưa con nhỏ ra chơi”, anh Hưng nói."),
        ("p", "Ông Đỗ Mạnh Hùng, Phó Chủ tịch UBND thành phố Hải Phòng, cho biết không gian đi bộ ven sông Tam Bạc là một phần của đề án phát triển kinh tế đêm tại khu vực trung tâm. Thành phố sẽ tiếp tục chỉnh trang mặt tiền các công trình kiến trúc Pháp cổ dọc tuyến phố, kết hợp tổ chức du thuyền trên sông vào các tối cuối tuần."),
        ("p", "Dự kiến đến cuối năm 2026, Hải Phòng sẽ hình thành thêm 2 tuyến phố đi bộ tại khu vực phường Lê Chân và đặc khu Cát Hải, góp phần đa dạng hóa sản phẩm du lịch, thu hút du khách lưu trú dài ngày."),
    ],
)

A["o10"] = dict(
    title="Vĩnh Long mở rộng vùng dừa hữu cơ đạt chuẩn xuất khẩu",
    dt=(2026, 7, 3, 16, 12, 0),
    author="Kim Ngân",
    lead="Tỉnh Vĩnh Long hiện có hơn 27.000 ha dừa được chứng nhận hữu cơ, trở thành địa phương có diện tích dừa hữu cơ lớn nhất cả nước. Tỉnh đặt mục tiêu đến năm 2030 nâng diện tích này lên 40.000 ha.",
    blocks=[
        ("p", "Sau khi hợp nhất ba tỉnh Bến Tre, Vĩnh Long và Trà Vinh, tỉnh Vĩnh Long mới có tổng diện tích dừa khoảng 120.000 ha, chiếm gần một nửa diện tích dừa của cả nước. Dừa được trồng tập trung tại các xã ven sông Hàm Luông, sông Cổ Chiên và vùng ven biển."),
        ("p", "Ông Trần Văn Nghĩa, ngụ xã Lương Hòa, có 2,5 ha dừa xiêm xanh tham gia chuỗi liên kết sản xuất hữu cơ với doanh nghiệp từ năm 2022. Theo ông Nghĩa, canh tác hữu cơ không dùng phân bón, thuốc hóa học nên ban đầu năng suất có giảm, nhưng giá bán cao hơn 15–20% và được doanh nghiệp bao tiêu ổn định. “Vườn dừa giờ có nhiều đom đóm, cá trong mương cũng nhiều hơn. Mình làm hữu cơ thì mình cũng khỏe”, ông Nghĩa nói."),
        ("h", "Doanh nghiệp đồng hành cùng nông dân"),
        ("p", "Hiện trên địa bàn tỉnh có 9 doanh nghiệp chế biến dừa liên kết với nông dân sản xuất dừa hữu cơ, với các sản phẩm như nước dừa đóng hộp, dầu dừa, cơm dừa sấy, sữa dừa và than hoạt tính từ gáo dừa. Sản phẩm đã xuất khẩu sang hơn 30 quốc gia và vùng lãnh thổ, trong đó có các thị trường khó tính như Mỹ, EU, Nhật Bản."),
        ("p", "Bà Nguyễn Thị Thanh Thảo, Giám đốc một công ty chế biến dừa tại xã Giồng Trôm, cho biết doanh nghiệp hỗ trợ nông dân toàn bộ chi phí chứng nhận hữu cơ, cử kỹ thuật viên hướng dẫn và thu mua theo giá sàn. Khi giá thị trường cao hơn giá sàn, doanh nghiệp mua theo giá thị trường cộng thêm phần thưởng cho sản phẩm đạt chuẩn."),
        ("cap", "Nông dân xã Lương Hòa thu hoạch dừa hữu cơ. Ảnh: Kim Ngân"),
        ("p", "Theo Sở Nông nghiệp và Môi trường tỉnh Vĩnh Long, khó khăn lớn nhất hiện nay là tình trạng xâm nhập mặn vào mùa khô và sâu đầu đen gây hại trên diện rộng. Ngành nông nghiệp đang khuyến khích nông dân sử dụng thiên địch, ong ký sinh để phòng trừ sâu, đồng thời nạo vét kênh mương, trữ nước ngọt cho vườn dừa."),
        ("p", "Thời gian tới, tỉnh sẽ tiếp tục hỗ trợ cấp mã số vùng trồng, xây dựng chỉ dẫn địa lý cho dừa và kêu gọi doanh nghiệp đầu tư chế biến sâu, nâng giá trị xuất khẩu các sản phẩm từ dừa lên 1,5 tỷ USD vào năm 2030."),
    ],
)

A["o11"] = dict(
    title="Tập huấn nghiệp vụ văn thư, lưu trữ cho công chức cấp xã năm 2026",
    dt=(2026, 5, 21, 15, 47, 0),
    author="Lê Thị Hằng - Chi cục Văn thư - Lưu trữ",
    lead=None,
    blocks=[
        ("p", "Trong 2 ngày 19 và 20/5/2026, Sở Nội vụ tỉnh Thanh Hóa tổ chức Hội nghị tập huấn nghiệp vụ công tác văn thư, lưu trữ cho hơn 320 công chức làm công tác văn thư, lưu trữ của UBND các xã, phường trên địa bàn tỉnh."),
        ("p", "Phát biểu khai mạc, đồng chí Hoàng Văn Thành, Phó Giám đốc Sở Nội vụ, nhấn mạnh: sau khi sắp xếp đơn vị hành chính và tổ chức chính quyền địa phương hai cấp, khối lượng hồ sơ, tài liệu tại cấp xã tăng lên đáng kể, nhiều công chức mới được phân công làm công tác văn thư, lưu trữ nên còn lúng túng trong việc lập hồ sơ, quản lý văn bản điện tử và chỉnh lý tài liệu."),
        ("h", "Nội dung tập huấn"),
        ("p", "Tại hội nghị, các báo cáo viên của Chi cục Văn thư - Lưu trữ và Trung tâm Lưu trữ lịch sử tỉnh đã hướng dẫn các nội dung chủ yếu sau:"),
        ("li", "Quy định về thể thức, kỹ thuật trình bày văn bản hành chính theo Nghị định số 30/2020/NĐ-CP của Chính phủ;"),
        ("li", "Quản lý văn bản đi, văn bản đến và lập hồ sơ điện tử trên hệ thống quản lý văn bản và điều hành của tỉnh;"),
        ("li", "Sử dụng chữ ký số chuyên dùng, ký số văn bản và sao văn bản điện tử;"),
        ("li", "Thu thập, chỉnh lý, bàn giao tài liệu của các đơn vị hành chính cũ khi sắp xếp;"),
        ("li", "Bảo quản tài liệu lưu trữ giấy, phòng chống ẩm mốc, mối mọt trong điều kiện kho tạm."),
        ("h", "Chương trình cụ thể"),
        ("table", [
            ["Thời gian", "Nội dung", "Báo cáo viên"],
            ["Sáng 19/5", "Thể thức, kỹ thuật trình bày văn bản hành chính", "Chi cục Văn thư - Lưu trữ"],
            ["Chiều 19/5", "Quản lý văn bản và lập hồ sơ điện tử", "Trung tâm Công nghệ thông tin"],
            ["Sáng 20/5", "Chỉnh lý, bàn giao tài liệu khi sắp xếp đơn vị hành chính", "Trung tâm Lưu trữ lịch sử tỉnh"],
            ["Chiều 20/5", "Thảo luận, giải đáp vướng mắc", "Lãnh đạo Sở Nội vụ"],
        ]),
        ("p", "Trong phần thảo luận, nhiều học viên phản ánh khó khăn về kho lưu trữ tại các xã mới hợp nhất: tài liệu của các xã cũ còn để phân tán, thiếu giá, kệ, chưa được chỉnh lý. Một số địa phương chưa bố trí công chức chuyên trách, văn thư phải kiêm nhiệm nhiều việc."),
        ("p", "Kết luận hội nghị, lãnh đạo Sở Nội vụ đề nghị UBND các xã, phường quan tâm bố trí kho lưu trữ, trang thiết bị bảo quản; hoàn thành việc thu thập, chỉnh lý tài liệu của các đơn vị hành chính cũ trước ngày 31/12/2026; đẩy mạnh số hóa tài liệu và thực hiện lập hồ sơ điện tử theo đúng quy định."),
    ],
)

A["o12"] = dict(
    title="Trao 150 suất quà hỗ trợ người dân vùng lũ xã Sơn Hà",
    dt=(2025, 11, 18, 0, 0, 0),
    author="Trần Thị Mỹ Dung",
    lead="Ngày 17/11, Hội Chữ thập đỏ tỉnh Quảng Ngãi phối hợp với các nhà hảo tâm trao 150 suất quà cho các hộ dân bị thiệt hại do mưa lũ tại xã Sơn Hà, với tổng trị giá 225 triệu đồng.",
    blocks=[
        ("p", "Mỗi suất quà gồm 1 triệu đồng tiền mặt, 20 kg gạo, mì tôm, dầu ăn, nước uống và một số nhu yếu phẩm thiết yếu, tổng trị giá 1,5 triệu đồng. Đối tượng nhận quà là các hộ có nhà bị sạt lở, ngập sâu, hộ nghèo, hộ có người già neo đơn và trẻ em mồ côi."),
        ("p", "Theo báo cáo của UBND xã Sơn Hà, đợt mưa lũ từ ngày 8 đến 12/11 vừa qua đã làm 2 nhà bị sập hoàn toàn, 46 nhà bị hư hỏng, hơn 120 ha hoa màu bị ngập úng; nhiều tuyến đường liên thôn bị sạt lở, chia cắt. Hàng trăm hộ dân phải sơ tán đến nơi an toàn."),
        ("cap", "Đại diện Hội Chữ thập đỏ tỉnh trao quà cho người dân xã Sơn Hà"),
        ("p", "Tại buổi trao quà, bà Phạm Thị Hồng Nhung, Phó Chủ tịch Hội Chữ thập đỏ tỉnh, đã thăm hỏi, động viên các hộ dân khắc phục khó khăn, sớm ổn định cuộc sống. Bà cho biết, ngay sau lũ, Hội đã phát động lời kêu gọi ủng hộ đồng bào vùng lũ và tiếp nhận được hơn 1,8 tỷ đồng từ các tổ chức, doanh nghiệp, cá nhân trong và ngoài tỉnh."),
        ("p", "Bà Đinh Thị Lan, ở thôn Gò Da, xúc động chia sẻ: “Nhà tôi bị nước cuốn mất hết lúa giống, đồ đạc. Được Hội Chữ thập đỏ và các nhà hảo tâm giúp đỡ, gia đình tôi có thêm gạo ăn, có tiền sửa lại mái nhà trước mùa mưa tiếp theo”."),
        ("cap", "Các hộ dân nhận quà hỗ trợ tại nhà văn hóa thôn Gò Da"),
        ("p", "Cùng ngày, Hội Chữ thập đỏ tỉnh phối hợp với Trung tâm Y tế khu vực tổ chức khám bệnh, cấp thuốc miễn phí cho hơn 200 người dân và hướng dẫn vệ sinh môi trường, xử lý nước sinh hoạt sau lũ để phòng, chống dịch bệnh."),
        ("p", "Thời gian tới, Hội Chữ thập đỏ tỉnh tiếp tục vận động nguồn lực hỗ trợ xây dựng lại nhà ở cho các hộ có nhà bị sập, đồng thời hỗ trợ giống cây trồng, vật nuôi để người dân khôi phục sản xuất."),
    ],
)

A["o13"] = dict(
    title="Ngày hội việc làm năm 2026: hơn 1.500 vị trí tuyển dụng dành cho sinh viên",
    dt=(2026, 4, 11, 9, 0, 0),
    author="Nguyễn Thu Trang",
    lead=None,
    blocks=[
        ("p", "Sáng 10/4, Trường Cao đẳng Kỹ thuật Công nghiệp Hùng Vương tổ chức Ngày hội việc làm năm 2026 với sự tham gia của 42 doanh nghiệp, cung cấp hơn 1.500 vị trí việc làm cho sinh viên sắp tốt nghiệp và người lao động trên địa bàn tỉnh Phú Thọ."),
        ("p", "Các doanh nghiệp tham gia ngày hội chủ yếu hoạt động tại các khu công nghiệp Thụy Vân, Phú Hà, Bá Thiện, Bình Xuyên và Lương Sơn, thuộc các lĩnh vực điện tử, cơ khí chế tạo, may mặc, logistics và dịch vụ. Nhiều doanh nghiệp phỏng vấn trực tiếp và ký hợp đồng ngay tại ngày hội."),
        ("p", "Các nhóm vị trí tuyển dụng chính gồm:"),
        ("li", "Kỹ thuật viên điện – điện tử, bảo trì thiết bị: 420 chỉ tiêu;"),
        ("li", "Công nhân vận hành máy CNC, hàn, cơ khí: 380 chỉ tiêu;"),
        ("li", "Nhân viên kho vận, lái xe nâng: 260 chỉ tiêu;"),
        ("li", "Kỹ thuật viên công nghệ thông tin, thiết kế đồ họa: 150 chỉ tiêu;"),
        ("li", "Công nhân may, kiểm hàng và các vị trí khác: hơn 300 chỉ tiêu."),
        ("p", "Mức lương khởi điểm dao động từ 7 đến 12 triệu đồng/tháng tùy vị trí, chưa kể phụ cấp và thưởng. Một số doanh nghiệp FDI còn hỗ trợ nhà ở, xe đưa đón và cử người lao động đi đào tạo ở nước ngoài."),
        ("p", "Em Hà Văn Phúc, sinh viên năm cuối ngành Điện công nghiệp, cho biết đã nộp hồ sơ vào hai doanh nghiệp điện tử và được hẹn phỏng vấn vòng hai. “Ngày hội giúp chúng em gặp trực tiếp nhà tuyển dụng, biết rõ yêu cầu công việc để chuẩn bị tốt hơn trước khi ra trường”, Phúc nói."),
        ("p", "Theo ThS. Đỗ Quang Minh, Hiệu trưởng nhà trường, những năm gần đây tỷ lệ sinh viên có việc làm sau 6 tháng tốt nghiệp đạt trên 92%. Nhà trường đã ký kết hợp tác với hơn 80 doanh nghiệp trong việc xây dựng chương trình, tổ chức thực tập và tuyển dụng, bảo đảm đào tạo gắn với nhu cầu thực tế của thị trường lao động."),
        ("p", "Dịp này, nhà trường cũng tổ chức tư vấn tuyển sinh, hướng nghiệp cho hơn 600 học sinh lớp 9 và lớp 12 đến từ các trường trung học trên địa bàn."),
    ],
)

A["o14"] = dict(
    title="Tuyên truyền pháp luật về phòng, chống bạo lực gia đình tại xã Cam Lộ",
    dt=(2026, 4, 7, 0, 0, 0),
    author="Hồ Thị Thanh Thủy",
    lead=None,
    blocks=[
        ("p", "Ngày 6/4, Sở Tư pháp phối hợp với UBND xã Cam Lộ tổ chức hội nghị tuyên truyền pháp luật về phòng, chống bạo lực gia đình và hôn nhân và gia đình cho hơn 150 cán bộ, hội viên các đoàn thể và người dân trên địa bàn."),
        ("p", "Tại hội nghị, báo cáo viên pháp luật của Sở đã giới thiệu những nội dung cơ bản của Luật Phòng, chống bạo lực gia đình năm 2022 như: các hành vi bạo lực gia đình; quyền và nghĩa vụ của người bị bạo lực gia đình; các biện pháp phòng ngừa, ứng phó; trách nhiệm của cơ quan, tổ chức, gia đình và cá nhân trong phòng, chống bạo lực gia đình."),
        ("p", "Báo cáo viên cũng phân tích một số tình huống thường gặp trong thực tế như bạo lực về kinh tế, bạo lực tinh thần, cưỡng ép kết hôn, ly hôn; hướng dẫn người dân cách ghi nhận chứng cứ, tìm đến các địa chỉ tin cậy ở cộng đồng và đường dây nóng khi cần trợ giúp."),
        ("p", "Theo UBND xã Cam Lộ, năm 2025, trên địa bàn xã xảy ra 7 vụ bạo lực gia đình, chủ yếu do mâu thuẫn vợ chồng, sử dụng rượu bia. Các vụ việc đều được tổ hòa giải và chính quyền địa phương can thiệp kịp thời, không để xảy ra hậu quả nghiêm trọng."),
        ("p", "Bà Lê Thị Mai, hội viên Chi hội Phụ nữ thôn Cam Thanh, chia sẻ: “Trước đây nhiều chị em bị chồng đánh, chửi nhưng cam chịu vì sợ xấu hổ. Qua buổi tuyên truyền hôm nay, tôi hiểu rõ hơn quyền của mình và biết cần báo cho ai khi có chuyện xảy ra”."),
        ("p", "Cũng tại hội nghị, các đại biểu được phát tài liệu hỏi – đáp pháp luật, tờ gấp về phòng, chống bạo lực gia đình và được giải đáp các thắc mắc liên quan đến thủ tục đăng ký kết hôn, ly hôn, nuôi con nuôi."),
        ("p", "Thời gian tới, Sở Tư pháp tiếp tục phối hợp với các xã tổ chức các hội nghị tuyên truyền tại cơ sở, chú trọng đối tượng là người dân vùng sâu, vùng xa, đồng bào dân tộc thiểu số, góp phần nâng cao ý thức chấp hành pháp luật, xây dựng gia đình no ấm, tiến bộ, hạnh phúc."),
    ],
)

A["o15"] = dict(
    title="Phường Thủ Dầu Một ra mắt mô hình “Tổ dân phố số”",
    dt=(2026, 9, 15, 8, 30, 0),
    author="Nguyễn Hoàng Phúc",
    lead="Sáng 14/9, UBND phường Thủ Dầu Một, Thành phố Hồ Chí Minh ra mắt mô hình “Tổ dân phố số” tại khu phố 4, giúp người dân tiếp cận thông tin, dịch vụ công trực tuyến và phản ánh kiến nghị nhanh chóng qua điện thoại thông minh.",
    blocks=[
        ("p", "Theo đó, mỗi tổ dân phố thành lập một nhóm Zalo do tổ trưởng làm quản trị, có sự tham gia của công an khu vực, cán bộ phụ trách địa bàn và đại diện các hộ gia đình. Thông tin về lịch tiêm chủng, thu phí, cắt điện, cắt nước và các chính sách mới được cập nhật thường xuyên trên nhóm."),
        ("p", "Phường cũng thành lập 12 tổ công nghệ số cộng đồng với 86 thành viên là đoàn viên thanh niên, hội viên phụ nữ, hỗ trợ người dân cài đặt ứng dụng định danh điện tử VNeID, thanh toán không dùng tiền mặt, nộp hồ sơ dịch vụ công trực tuyến ngay tại nhà."),
        ("cap", "Đoàn viên thanh niên hướng dẫn người dân khu phố 4 cài đặt ứng dụng VNeID."),
        ("p", "Ông Lê Văn Bình, tổ trưởng tổ dân phố 18, khu phố 4, cho biết trước đây mỗi lần có thông báo, tổ trưởng phải đi từng nhà hoặc dùng loa, nhiều hộ đi làm ca không nắm được. “Giờ chỉ cần đăng lên nhóm là bà con biết ngay. Người lớn tuổi không rành điện thoại thì có các cháu đoàn viên đến tận nhà chỉ cách sử dụng”, ông Bình nói."),
        ("p", "Bà Trần Thị Ngọc Hân, Phó Chủ tịch UBND phường Thủ Dầu Một, cho biết sau giai đoạn thí điểm tại khu phố 4, phường sẽ nhân rộng mô hình ra toàn bộ 96 tổ dân phố trước cuối năm 2026. Phường đặt mục tiêu 80% hộ gia đình tham gia các nhóm thông tin của tổ dân phố, 70% hồ sơ thủ tục hành chính được nộp trực tuyến."),
        ("cap", "Lãnh đạo phường Thủ Dầu Một trao điện thoại thông minh cho các hộ khó khăn."),
        ("p", "Dịp này, UBND phường đã trao tặng 30 điện thoại thông minh cho các hộ nghèo, hộ cận nghèo và người cao tuổi neo đơn để hỗ trợ tiếp cận các dịch vụ số."),
    ],
)

A["o16"] = dict(
    title="Trung tâm Phục vụ hành chính công tỉnh chuyển đến trụ sở mới từ ngày 01/12/2025",
    dt=(2025, 11, 25, 9, 5, 0),
    author="Đặng Minh Hiếu",
    lead="Để thuận tiện cho tổ chức, cá nhân đến giao dịch, từ ngày 01/12/2025, Trung tâm Phục vụ hành chính công tỉnh Lâm Đồng chính thức làm việc tại trụ sở mới ở số 36 đường Trần Phú, phường Xuân Hương - Đà Lạt.",
    blocks=[
        ("p", "Ông Nguyễn Văn Sơn, Giám đốc Trung tâm, cho biết sau khi hợp nhất tỉnh, số lượng hồ sơ tiếp nhận tăng gần gấp đôi, bình quân mỗi ngày hơn 1.100 hồ sơ. Trụ sở cũ chật hẹp, thường xuyên quá tải vào đầu tuần. Việc chuyển đến trụ sở mới sẽ cải thiện điều kiện phục vụ, rút ngắn thời gian chờ của người dân."),
        ("p", "Trụ sở mới có tổng diện tích sàn gần 2.000 m², bố trí 48 quầy tiếp nhận và trả kết quả của các sở, ngành, cùng khu vực chờ rộng rãi, máy lấy số tự động, ki-ốt tra cứu hồ sơ, khu hỗ trợ dịch vụ công trực tuyến và chỗ để xe cho người dân."),
        ("p", "Thời gian làm việc từ thứ Hai đến thứ Sáu hằng tuần: buổi sáng từ 7h00 đến 11h30, buổi chiều từ 13h30 đến 17h00; sáng thứ Bảy tiếp nhận hồ sơ một số lĩnh vực như đất đai, hộ tịch, tư pháp."),
        ("p", "Người dân có thể xem vị trí trụ sở mới trên bản đồ dưới đây:"),
        ("mcap", "Vị trí trụ sở Trung tâm Phục vụ hành chính công tỉnh Lâm Đồng tại số 36 đường Trần Phú."),
        ("p", "Trong thời gian chuyển đổi từ ngày 27 đến 30/11/2025, Trung tâm tạm dừng tiếp nhận hồ sơ trực tiếp tại trụ sở cũ. Tổ chức, cá nhân vẫn có thể nộp hồ sơ trực tuyến qua Cổng Dịch vụ công quốc gia hoặc Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh; các hồ sơ đã tiếp nhận trước đó được trả kết quả đúng hẹn qua dịch vụ bưu chính công ích."),
        ("h", "Hướng dẫn nộp hồ sơ trực tuyến"),
        ("p", "Để giảm thời gian đi lại, Trung tâm khuyến khích người dân nộp hồ sơ trực tuyến. Video dưới đây hướng dẫn các bước đăng nhập bằng tài khoản định danh điện tử, chọn thủ tục, tải lên giấy tờ và thanh toán phí, lệ phí trực tuyến."),
        ("vcap", "Video hướng dẫn nộp hồ sơ dịch vụ công trực tuyến bằng tài khoản VNeID."),
        ("p", "Mọi thắc mắc, tổ chức, cá nhân vui lòng liên hệ đường dây nóng của Trung tâm hoặc gửi phản ánh qua ứng dụng Lâm Đồng số. Trung tâm trân trọng thông báo và mong nhận được sự phối hợp của tổ chức, cá nhân."),
    ],
)

A["o17"] = dict(
    title="Phong trào thi đua “Dân vận khéo” 9 tháng năm 2026: nhiều mô hình thiết thực ở cơ sở",
    dt=(2026, 10, 6, 0, 0, 0),
    author="Phạm Thu Hà",
    lead=None,
    blocks=[
        ("p", "Ngày 5/10, Ban Dân vận Tỉnh ủy Ninh Bình tổ chức hội nghị sơ kết phong trào thi đua “Dân vận khéo” 9 tháng đầu năm, triển khai nhiệm vụ những tháng cuối năm 2026."),
        ("h", "1. Nhiều mô hình được nhân rộng"),
        ("p", "9 tháng năm 2026, toàn tỉnh đã xây dựng, công nhận 1.264 mô hình “Dân vận khéo”, trong đó có 312 mô hình mới. Các mô hình tập trung vào các lĩnh vực phát triển kinh tế, xây dựng nông thôn mới, bảo vệ môi trường, cải cách hành chính và bảo đảm an sinh xã hội."),
        ("p", "Nổi bật là mô hình “Chính quyền thân thiện, vì Nhân dân phục vụ” tại các xã, phường sau sắp xếp; mô hình “Hiến đất mở đường” ở các xã vùng đồi núi; mô hình “Nhà tình nghĩa cho hội viên khó khăn” của Hội Liên hiệp Phụ nữ và mô hình “Dòng sông không rác” ở các xã ven sông Đáy, sông Hoàng Long."),
        ("h", "2. Dân vận chính quyền có chuyển biến rõ nét"),
        ("p", "Chính quyền các cấp đã chú trọng đối thoại với Nhân dân, giải quyết kịp thời các kiến nghị của cử tri. Tỷ lệ hồ sơ thủ tục hành chính được giải quyết đúng và trước hạn tại các xã, phường đạt trên 98%; nhiều địa phương duy trì hiệu quả việc tiếp công dân định kỳ của người đứng đầu cấp ủy, chính quyền."),
        ("h", "3. Một số hạn chế"),
        ("p", "Bên cạnh kết quả đạt được, việc đăng ký và công nhận mô hình ở một số nơi còn hình thức, chưa gắn với nhiệm vụ chính trị của địa phương; công tác tuyên truyền, nhân rộng các điển hình chưa thường xuyên; việc sơ kết, đánh giá hiệu quả mô hình ở cơ sở còn chậm."),
        ("h", "4. Nhiệm vụ những tháng cuối năm"),
        ("p", "Phát biểu kết luận hội nghị, đồng chí Trần Thị Thanh Hương, Ủy viên Ban Thường vụ, Trưởng Ban Dân vận Tỉnh ủy, đề nghị các cấp ủy, chính quyền, Mặt trận Tổ quốc và các tổ chức chính trị - xã hội tiếp tục đổi mới nội dung, phương thức vận động Nhân dân; lựa chọn những mô hình thiết thực, dễ làm, dễ nhân rộng; gắn phong trào thi đua “Dân vận khéo” với thực hiện nhiệm vụ phát triển kinh tế - xã hội và chuẩn bị tổng kết công tác năm 2026."),
        ("p", "Dịp này, Ban Dân vận Tỉnh ủy đã tặng giấy khen cho 18 tập thể và 25 cá nhân có thành tích xuất sắc trong phong trào thi đua “Dân vận khéo” 9 tháng năm 2026."),
    ],
)

A["o18"] = dict(
    title="Xã Tân Phú tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2025",
    dt=(2025, 11, 16, 14, 20, 0),
    author="Lê Văn Tâm",
    lead="Sáng 15/11, Ban Công tác Mặt trận ấp 3, xã Tân Phú tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2025, nhân kỷ niệm 95 năm Ngày thành lập Mặt trận Dân tộc Thống nhất Việt Nam – Mặt trận Tổ quốc Việt Nam (18/11/1930 – 18/11/2025).",
    blocks=[
        ("p", "Dự ngày hội có ông Nguyễn Minh Quang, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Đồng Nai; lãnh đạo Đảng ủy, HĐND, UBND, Ủy ban MTTQ Việt Nam xã Tân Phú cùng đông đảo người dân ấp 3."),
        ("p", "Báo cáo tại ngày hội cho biết, năm 2025, Nhân dân ấp 3 đã đóng góp hơn 640 triệu đồng và gần 1.800 ngày công để bê tông hóa 2,3 km đường giao thông nông thôn, lắp đặt 120 bóng đèn chiếu sáng; xây dựng 2 căn nhà Đại đoàn kết cho hộ nghèo. Toàn ấp có 96,5% hộ gia đình đạt danh hiệu Gia đình văn hóa, không còn hộ nghèo theo chuẩn mới."),
        ("cap", "Các đại biểu cùng người dân ấp 3 dự Ngày hội Đại đoàn kết."),
        ("p", "Theo ông Lê Văn Hùng, Trưởng ban Công tác Mặt trận ấp 3, kinh nghiệm của ấp là mọi việc đều bàn bạc công khai với người dân, từ việc chọn tuyến đường làm trước, mức đóng góp đến cách giám sát thi công. “Khi bà con thấy rõ lợi ích và được tham gia từ đầu, việc vận động trở nên dễ dàng hơn”, ông Hùng nói."),
        ("p", "Phát biểu tại ngày hội, ông Nguyễn Minh Quang ghi nhận, biểu dương những kết quả mà Nhân dân ấp 3 đạt được trong năm qua; đề nghị Ban Công tác Mặt trận ấp tiếp tục phát huy vai trò tập hợp, đoàn kết các tầng lớp Nhân dân, thực hiện tốt cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh”, chăm lo cho các gia đình chính sách, hộ có hoàn cảnh khó khăn."),
        ("p", "Dịp này, Ủy ban MTTQ Việt Nam xã Tân Phú đã trao 50 phần quà cho các hộ nghèo, hộ cận nghèo, mỗi phần trị giá 500.000 đồng; khen thưởng 8 hộ gia đình tiêu biểu trong phong trào xây dựng khu dân cư văn hóa."),
        ("p", "Phần hội diễn ra sôi nổi với các hoạt động văn nghệ, thi nấu ăn, kéo co, đập niêu giữa các tổ dân cư, tạo không khí vui tươi, gắn kết tình làng nghĩa xóm."),
    ],
)

A["o19"] = dict(
    title="Nghiệm thu đề tài bảo tồn và phát triển giống lúa nếp Pì Pất",
    dt=(2026, 6, 12, 10, 0, 0),
    author="Nông Văn Khánh",
    lead="Ngày 11/6, Hội đồng khoa học và công nghệ tỉnh Cao Bằng tổ chức nghiệm thu đề tài “Bảo tồn và phát triển nguồn gen giống lúa nếp Pì Pất tại tỉnh Cao Bằng”. Đề tài được Hội đồng đánh giá xếp loại đạt.",
    blocks=[
        ("p", "Đề tài do Trung tâm Ứng dụng tiến bộ khoa học và công nghệ tỉnh chủ trì thực hiện từ năm 2023 đến năm 2026, với mục tiêu phục tráng, bảo tồn nguồn gen lúa nếp Pì Pất – giống lúa đặc sản lâu đời của đồng bào Tày, Nùng, đồng thời xây dựng quy trình canh tác và mô hình sản xuất hàng hóa."),
        ("p", "Qua 3 năm triển khai, nhóm nghiên cứu đã tuyển chọn được 120 dòng lúa có đặc tính tốt, phục tráng thành công giống lúa nếp Pì Pất đạt tiêu chuẩn giống siêu nguyên chủng; xây dựng 2 quy trình kỹ thuật sản xuất giống và sản xuất lúa thương phẩm; triển khai mô hình sản xuất với quy mô 25 ha tại các xã Hà Quảng, Trường Hà và Nam Tuấn."),
        ("p", "Kết quả cho thấy, năng suất lúa trong mô hình đạt bình quân 42 tạ/ha, cao hơn 15% so với sản xuất đại trà; hạt gạo trắng, dẻo, thơm, giữ được đặc trưng của giống. Giá bán gạo nếp Pì Pất đạt 45.000–50.000 đồng/kg, mang lại thu nhập cao hơn từ 1,5 đến 2 lần so với các giống lúa thông thường."),
        ("cap", "Hội đồng khoa học kiểm tra mô hình sản xuất lúa nếp Pì Pất tại xã Trường Hà."),
        ("p", "Tại buổi nghiệm thu, các thành viên Hội đồng đánh giá cao ý nghĩa khoa học và thực tiễn của đề tài; đồng thời đề nghị đơn vị chủ trì bổ sung số liệu phân tích chất lượng gạo, hoàn thiện hồ sơ đăng ký bảo hộ chỉ dẫn địa lý và xây dựng phương án chuyển giao kết quả cho các hợp tác xã."),
        ("p", "Ông Lục Văn Thiện, Phó Giám đốc Sở Khoa học và Công nghệ, cho biết sau khi nghiệm thu, Sở sẽ phối hợp với Sở Nông nghiệp và Môi trường, UBND các xã có điều kiện phù hợp để mở rộng diện tích trồng lúa nếp Pì Pất, gắn với xây dựng sản phẩm OCOP và phát triển du lịch cộng đồng."),
    ],
)

A["o20"] = dict(
    title="Phẫu thuật nội soi thành công cho bệnh nhân 92 tuổi bị thủng dạ dày",
    dt=(2026, 8, 2, 16, 45, 0),
    author="Phòng Công tác xã hội",
    lead=None,
    blocks=[
        ("p", "Các bác sĩ Khoa Ngoại tổng hợp, Bệnh viện Đa khoa tỉnh Hà Tĩnh vừa phẫu thuật nội soi cấp cứu thành công cho một bệnh nhân 92 tuổi bị thủng ổ loét dạ dày, có nhiều bệnh lý nền phức tạp."),
        ("p", "Bệnh nhân là cụ bà N.T.L. (trú tại xã Thạch Hà) nhập viện trong tình trạng đau bụng dữ dội vùng thượng vị, bụng cứng như gỗ, mạch nhanh, huyết áp dao động. Gia đình cho biết cụ có tiền sử tăng huyết áp, đái tháo đường và thường xuyên tự mua thuốc giảm đau xương khớp về uống."),
        ("p", "Kết quả chụp cắt lớp vi tính cho thấy hình ảnh khí tự do trong ổ bụng, các bác sĩ chẩn đoán bệnh nhân bị thủng tạng rỗng, nghi do thủng ổ loét dạ dày. Đây là tình trạng cấp cứu ngoại khoa, nếu không xử trí kịp thời có thể dẫn đến viêm phúc mạc, nhiễm trùng huyết và tử vong."),
        ("p", "Ngay sau khi hội chẩn liên khoa với Khoa Gây mê hồi sức và Khoa Nội tim mạch, ê-kíp đã quyết định phẫu thuật nội soi khâu lỗ thủng, rửa ổ bụng và dẫn lưu cho bệnh nhân. Ca phẫu thuật kéo dài khoảng 70 phút, diễn ra an toàn."),
        ("cap", "Ê-kíp phẫu thuật nội soi cấp cứu cho bệnh nhân."),
        ("p", "Theo BSCKII Nguyễn Văn Hải, Trưởng khoa Ngoại tổng hợp, phẫu thuật cho bệnh nhân cao tuổi có nhiều bệnh nền luôn tiềm ẩn nguy cơ cao về gây mê và biến chứng sau mổ. Phương pháp mổ nội soi giúp bệnh nhân ít đau, hạn chế nhiễm trùng vết mổ, phục hồi nhanh và rút ngắn thời gian nằm viện."),
        ("p", "Sau 7 ngày điều trị, sức khỏe bệnh nhân đã ổn định, ăn uống được và dự kiến xuất viện trong vài ngày tới."),
        ("p", "Qua trường hợp này, các bác sĩ khuyến cáo người cao tuổi, người có bệnh lý xương khớp không nên tự ý sử dụng thuốc giảm đau, thuốc chống viêm kéo dài khi chưa có chỉ định của bác sĩ vì có thể gây loét, thủng dạ dày. Khi có biểu hiện đau bụng đột ngột, dữ dội, cần đến ngay cơ sở y tế để được thăm khám và xử trí kịp thời."),
    ],
)

# ---------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------
def gold_blocks(a):
    out = []
    if a.get("lead"):
        out.append(a["lead"])
    for k, v in a["blocks"]:
        if k == "table":
            for row in v:
                out.extend(row)
        else:
            out.append(v)
    return out


def D(a):
    return dt.datetime(*a["dt"])


def iso(a):
    return D(a).strftime("%Y-%m-%dT%H:%M:%S+07:00")


def slug(s):
    s = s.replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    out, dash = [], False
    for c in s:
        if c.isalnum():
            out.append(c)
            dash = False
        elif not dash:
            out.append("-")
            dash = True
    return "".join(out).strip("-")


HEADLINES = [
    "Khánh Hòa đón tàu du lịch quốc tế đầu tiên của mùa cao điểm",
    "Hà Tĩnh: Nông dân thu hoạch lúa hè thu sớm để tránh bão",
    "Phú Thọ khởi công tuyến đường kết nối các khu công nghiệp",
    "Đà Nẵng tổ chức lễ hội pháo hoa quốc tế với 8 đội tham gia",
    "Nghệ An tăng cường kiểm tra an toàn thực phẩm bếp ăn tập thể",
    "Thanh Hóa: Hơn 3.000 thí sinh dự thi tuyển sinh lớp 10 chuyên",
    "An Giang mở rộng diện tích lúa chất lượng cao, phát thải thấp",
    "Gia Lai phát triển du lịch cộng đồng gắn với văn hóa cồng chiêng",
    "Lào Cai đón hơn 1 triệu lượt khách du lịch trong quý III",
    "Quảng Ninh cấp phép xây dựng trực tuyến toàn trình",
    "Cần Thơ khánh thành cầu nối hai phường ven sông Hậu",
    "Tây Ninh hỗ trợ người dân chuyển đổi sang trồng cây ăn trái",
    "Đồng Tháp: Mùa sen Tháp Mười hút khách",
    "Bắc Ninh đẩy mạnh thu hút đầu tư vào lĩnh vực bán dẫn",
    "Hưng Yên xây dựng vùng nguyên liệu nhãn lồng đạt chuẩn xuất khẩu",
    "Lâm Đồng khuyến cáo người dân phòng chống sạt lở mùa mưa",
    "Quảng Trị tổ chức lễ dâng hương tại Thành cổ",
    "Điện Biên: Hoa ban nở trắng núi rừng Tây Bắc",
    "Sơn La tiêm vắc xin phòng bệnh dại cho đàn chó, mèo",
    "Cao Bằng nâng cấp hạ tầng khu du lịch thác Bản Giốc",
    "Huế trình diễn áo dài trên phố đi bộ Nguyễn Đình Chiểu",
    "Vĩnh Long phát triển mô hình nuôi tôm - lúa bền vững",
    "Cà Mau khởi động mùa khai thác mật ong rừng U Minh",
    "Lai Châu trồng mới hơn 1.000 ha cây mắc ca",
    "Ninh Bình đón bằng công nhận di sản cho lễ hội truyền thống",
    "Thái Nguyên hỗ trợ nông dân xây dựng thương hiệu chè",
    "Quảng Ngãi lắp hệ thống cảnh báo lũ tự động trên các sông lớn",
    "Đắk Lắk tổ chức ngày hội văn hóa các dân tộc",
    "Hải Phòng đưa vào sử dụng bến xe khách phía Tây",
    "TP Hồ Chí Minh mở rộng chương trình bữa ăn học đường",
    "Đồng Nai khởi công trường học liên cấp tại xã vùng sâu",
    "Tuyên Quang tổ chức giải đua thuyền truyền thống trên sông Lô",
    "Lạng Sơn phát triển vùng trồng na theo tiêu chuẩn VietGAP",
    "Hà Nội thí điểm mô hình trạm y tế thông minh",
    "Khánh Hòa: Ngư dân trúng đậm mùa cá ngừ đại dương",
    "Quảng Ninh hoàn thành số hóa hồ sơ đất đai",
    "Nghệ An tôn vinh 100 doanh nghiệp tiêu biểu",
    "Gia Lai: Sản phẩm OCOP tạo đà cho kinh tế nông thôn",
    "Bắc Ninh trao học bổng cho học sinh vượt khó học giỏi",
    "An Giang kiểm tra tiến độ dự án cao tốc nối vùng",
    "Đà Nẵng ra mắt ứng dụng tra cứu thông tin quy hoạch",
    "Thanh Hóa tập huấn kỹ năng phòng cháy cho khu dân cư",
    "Phú Thọ nâng cấp khu di tích lịch sử Đền Hùng",
    "Lào Cai cải tạo hệ thống cấp nước cho các xã vùng cao",
    "Hà Tĩnh kiện toàn tổ hòa giải ở cơ sở sau sắp xếp",
    "Cần Thơ phát động trồng cây xanh ven kênh rạch",
    "Quảng Trị bàn giao nhà tình nghĩa cho gia đình chính sách",
    "Đồng Tháp mở lớp dạy nghề miễn phí cho lao động nông thôn",
    "Tây Ninh hoàn thành giải phóng mặt bằng tuyến đường vành đai",
    "Huế tổ chức hội thảo bảo tồn nhã nhạc cung đình",
    "Hưng Yên khuyến khích phát triển nông nghiệp hữu cơ",
    "Lâm Đồng xúc tiến du lịch mùa hoa mai anh đào",
    "Sơn La: Cà phê Arabica được mùa, được giá",
    "Điện Biên tập huấn chuyển đổi số cho cán bộ xã",
    "Cà Mau: Nông dân trúng mùa tôm càng xanh",
    "Ninh Bình tăng cường quản lý hoạt động du lịch trên sông",
    "Quảng Ngãi hỗ trợ ngư dân lắp thiết bị giám sát hành trình",
    "TP Hồ Chí Minh tổ chức ngày hội sách cho thiếu nhi",
    "Thái Nguyên nâng cấp trạm y tế tuyến xã",
    "Vĩnh Long xây dựng đê bao chống ngập cho vườn cây ăn trái",
]

SAPOS = [
    "Chương trình thu hút đông đảo người dân tham gia, góp phần nâng cao nhận thức cộng đồng.",
    "Các đơn vị được yêu cầu khẩn trương triển khai, bảo đảm tiến độ đề ra trong năm.",
    "Đây là hoạt động thiết thực, nhận được sự đồng tình, hưởng ứng của người dân địa phương.",
    "Nhiều mô hình hiệu quả đã được nhân rộng, mang lại thu nhập ổn định cho nông dân.",
    "Lãnh đạo tỉnh đề nghị các ngành tập trung tháo gỡ khó khăn cho doanh nghiệp.",
    "Dự kiến công trình sẽ hoàn thành và đưa vào sử dụng trong quý tới.",
]

PROVINCES = ["Hà Nội", "Huế", "Lai Châu", "Điện Biên", "Sơn La", "Lạng Sơn", "Quảng Ninh",
             "Thanh Hóa", "Nghệ An", "Hà Tĩnh", "Cao Bằng", "Tuyên Quang", "Lào Cai",
             "Thái Nguyên", "Phú Thọ", "Bắc Ninh", "Hưng Yên", "Hải Phòng", "Ninh Bình",
             "Quảng Trị", "Đà Nẵng", "Quảng Ngãi", "Gia Lai", "Khánh Hòa", "Lâm Đồng",
             "Đắk Lắk", "TP Hồ Chí Minh", "Đồng Nai", "Tây Ninh", "Cần Thơ", "Vĩnh Long",
             "Đồng Tháp", "Cà Mau", "An Giang"]

DEPTS = ["Văn phòng UBND tỉnh", "Sở Nội vụ", "Sở Tư pháp", "Sở Tài chính", "Sở Công Thương",
         "Sở Nông nghiệp và Môi trường", "Sở Xây dựng", "Sở Khoa học và Công nghệ",
         "Sở Giáo dục và Đào tạo", "Sở Y tế", "Sở Văn hóa, Thể thao và Du lịch",
         "Sở Dân tộc và Tôn giáo", "Thanh tra tỉnh", "Sở Ngoại vụ", "Ban Quản lý các khu công nghiệp",
         "Đài Phát thanh và Truyền hình", "Trung tâm Phục vụ hành chính công", "Công an tỉnh",
         "Bộ Chỉ huy Quân sự tỉnh", "Kho bạc Nhà nước khu vực", "Bảo hiểm xã hội tỉnh"]

XA = ["Tân Lập", "Hòa Bình", "Phú Lộc", "Thạch Bình", "Đông Hưng", "Tân Hòa", "An Phú",
      "Phước Long", "Hưng Thịnh", "Quảng Phú", "Thanh Sơn", "Yên Hòa", "Minh Khai",
      "Trung Hà", "Bình Minh", "Hải Ninh", "Vĩnh Thạnh", "Nam Phong", "Đại Đồng", "Xuân Lộc",
      "Tân Thành", "Long Hưng", "Kim Sơn", "Phú Mỹ", "Ngọc Lâm", "Cẩm Thủy", "Quang Trung",
      "Lê Lợi", "Hồng Phong", "Tiên Phước", "Bình Phú", "Thuận Thành", "Tân Uyên", "Mỹ Hòa"]

WORDS = ["header", "menu", "item", "box", "title", "list", "news", "thumb", "date", "link",
         "nav", "block", "col", "row", "wrap", "inner", "btn", "icon", "cate", "tag", "slide",
         "banner", "footer", "sidebar", "widget", "hot", "top", "sub", "main", "content",
         "detail", "caption", "media", "social", "share", "search", "form", "logo", "poll"]

CSSPROPS = ["margin:0", "padding:0 10px", "color:#333", "font-size:14px", "line-height:1.6",
            "display:block", "float:left", "width:100%", "background:#f5f5f5",
            "border-bottom:1px solid #e5e5e5", "font-weight:700", "text-transform:uppercase",
            "position:relative", "overflow:hidden", "text-align:justify", "color:#0b4d8c",
            "margin-bottom:15px", "font-family:Arial,Helvetica,sans-serif", "height:auto",
            "border-radius:4px", "box-sizing:border-box", "list-style:none", "cursor:pointer",
            "transition:all .3s ease", "z-index:9", "max-width:1170px", "opacity:.85"]


def side_items(rng, n, start=dt.date(2026, 11, 21), span=70, exclude=()):
    pool = [h for h in HEADLINES if h not in exclude]
    titles = rng.sample(pool, min(n, len(pool)))
    out = []
    for t in titles:
        d = start - dt.timedelta(days=rng.randrange(span))
        hh, mm = rng.randrange(6, 22), rng.randrange(60)
        out.append((t, dt.datetime(d.year, d.month, d.day, hh, mm), slug(t)))
    out.sort(key=lambda x: x[1], reverse=True)
    return out


def css_blob(rng, prefix, n):
    lines = []
    for i in range(n):
        sel = "." + prefix + "-" + rng.choice(WORDS)
        if rng.random() < 0.5:
            sel += "-" + rng.choice(WORDS)
        if rng.random() < 0.3:
            sel += " " + rng.choice(["a", "li", "span", "img", "p", "h3", ".active", ":hover"])
        lines.append(sel + "{" + ";".join(rng.sample(CSSPROPS, rng.randrange(2, 6))) + "}")
    return "\n".join(lines)


def js_blob(rng, n, ns="app"):
    parts = []
    letters = "abcdefghijklmnopqrstuvwxyz"
    for i in range(n):
        a = "".join(rng.choice(letters) for _ in range(2))
        b = rng.choice(WORDS)
        parts.append("%s.%s_%s%d=function(e,t){var n=e||{},r=t||[];for(var i=0;i<r.length;i++){n['%s'+i]=r[i]}return n.%s?n:(n.%s=%d,n)}"
                     % (ns, b, a, i, b, b, b, rng.randrange(1000)))
    return ";".join(parts) + ";"


def b64(rng, nbytes):
    return base64.b64encode(bytes(rng.randrange(256) for _ in range(nbytes))).decode()


def ga_script(uid):
    return ("<script async src=\"https://www.googletagmanager.com/gtag/js?id=%s\"></script>\n"
            "<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}"
            "gtag('js',new Date());gtag('config','%s');</script>\n" % (uid, uid))


def crawl_wd(style=0):
    d = CRAWL
    if style == 0:
        return "%s, %02d/%02d/%04d" % (WDL[d.weekday()], d.day, d.month, d.year)
    if style == 1:
        return "%s, ngày %02d/%02d/%04d" % (WD[d.weekday()], d.day, d.month, d.year)
    return "%02d/%02d/%04d" % (d.day, d.month, d.year)


def write_page(name, html_text, side):
    path = os.path.join(OUT, name + ".html")
    with open(path, "wb") as f:
        f.write(html_text.encode("utf-8"))
    with open(os.path.join(OUT, name + ".json"), "w", encoding="utf-8", newline="\n") as f:
        f.write(json.dumps(side, ensure_ascii=False, indent=1) + "\n")


def article_side(name, platform, url, charset):
    a = A[name]
    return {
        "kind": "article",
        "platform": platform,
        "url": url,
        "charset": charset,
        "title": a["title"],
        "published_at": iso(a),
        "author": a["author"],
        "body": "\n\n".join(gold_blocks(a)),
    }

# ---------------------------------------------------------------------------
# o01: regional news site, date | time | author on one line under the title
# ---------------------------------------------------------------------------
NEWS_CATS = [
    ("Thời sự", ["Chính trị", "Xây dựng Đảng", "Quốc phòng - An ninh", "Chuyển đổi số"]),
    ("Kinh tế", ["Nông nghiệp", "Công nghiệp", "Doanh nghiệp", "Thị trường", "Đầu tư"]),
    ("Xã hội", ["Giáo dục", "Y tế", "Lao động - Việc làm", "Môi trường"]),
    ("Văn hóa", ["Di sản", "Lễ hội", "Văn học - Nghệ thuật", "Du lịch"]),
    ("Pháp luật", ["An ninh trật tự", "Bạn đọc", "Tư vấn pháp luật"]),
    ("Thể thao", ["Bóng đá", "Thể thao phong trào", "Các môn khác"]),
    ("Dân tộc - Miền núi", ["Đời sống", "Chính sách"]),
    ("Multimedia", ["Video", "Ảnh", "Podcast", "Infographic", "Longform"]),
]


def p_o01(name):
    a, rng = A[name], rng_for(name)
    d = D(a)
    url = "https://thoibaocaonguyen.vn/kinh-te/nong-nghiep/%s-a18734.html" % slug(a["title"])
    nav = []
    for cat, subs in NEWS_CATS:
        nav.append('<li class="dropdown"><a href="/%s" class="dropdown-toggle">%s</a><ul class="dropdown-menu">%s</ul></li>'
                   % (slug(cat), e(cat), "".join('<li><a href="/%s/%s">%s</a></li>' % (slug(cat), slug(s), e(s)) for s in subs)))
    body = ['<p class="sapo"><strong>%s</strong></p>' % e(a["lead"])]
    for k, v in a["blocks"]:
        if k == "p":
            body.append("<p>%s</p>" % e(v))
        elif k == "h":
            body.append("<h3>%s</h3>" % e(v))
        elif k == "cap":
            body.append('<figure class="image align-center"><img src="https://cdn.thoibaocaonguyen.vn/images/2026/03/12/ca-phe-tai-canh-1.jpg" alt="Tái canh cà phê" width="720" height="480">'
                        '<figcaption>%s</figcaption></figure>' % e(v))
    side_new = side_items(rng, 8)
    side_hot = side_items(rng, 6)
    related = side_items(rng, 5)
    def lst(items, cls):
        return "".join('<li class="%s"><a href="/tin-tuc/%s.html">%s</a> <span class="date">(%s)</span></li>'
                       % (cls, s, e(t), d2.strftime("%d/%m/%Y")) for t, d2, s in items)
    html_ = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(a['title'])} - Thời báo Cao Nguyên</title>
<meta name="description" content="{ea(a['lead'])}">
<meta name="keywords" content="cà phê, tái canh, Đắk Lắk, nông nghiệp">
<meta name="author" content="Thời báo Cao Nguyên">
<meta property="og:type" content="article">
<meta property="og:site_name" content="Thời báo Cao Nguyên">
<meta property="og:title" content="{ea(a['title'])}">
<meta property="og:description" content="{ea(a['lead'])}">
<meta property="og:image" content="https://cdn.thoibaocaonguyen.vn/images/2026/03/12/ca-phe-tai-canh-1.jpg">
<meta property="og:url" content="{url}">
<link rel="canonical" href="{url}">
<link rel="shortcut icon" href="/favicon.ico">
<link rel="stylesheet" href="/static/css/bootstrap.min.css?v=3.4.1">
<link rel="stylesheet" href="/static/css/style.css?v=20260301">
<style>
{css_blob(rng, 'tbcn', 140)}
</style>
{ga_script('G-TBCN2026')}
</head>
<body class="page-detail">
<div id="fb-root"></div>
<div class="top-bar"><div class="container"><span class="today">{crawl_wd(0)}</span> <span class="hotline">Đường dây nóng: 0262 3 851 226</span> <span class="links"><a href="/rss">RSS</a> | <a href="/lien-he">Liên hệ</a> | <a href="/quang-cao">Quảng cáo</a></span></div></div>
<header class="site-header">
<div class="container"><a class="logo" href="/"><img src="/static/img/logo-tbcn.png" alt="Thời báo Cao Nguyên"></a>
<div class="header-banner"><a href="/qc/banner-top"><img src="/uploads/qc/banner-728x90-ocop.jpg" alt="Quảng cáo"></a></div>
<form class="search-form" action="/tim-kiem" method="get"><input type="text" name="q" placeholder="Tìm kiếm..."><button type="submit">Tìm</button></form></div>
<nav class="main-nav navbar"><div class="container"><ul class="nav navbar-nav"><li class="home"><a href="/">Trang chủ</a></li>{''.join(nav)}</ul></div></nav>
</header>
<div class="container main">
<div class="row">
<div class="col-md-8 col-main">
<ol class="breadcrumb"><li><a href="/">Trang chủ</a></li><li><a href="/kinh-te">Kinh tế</a></li><li class="active"><a href="/kinh-te/nong-nghiep">Nông nghiệp</a></li></ol>
<article class="post post-detail">
<h1 class="post-title">{e(a['title'])}</h1>
<div class="post-meta">{WD[d.weekday()]}, {d:%d/%m/%Y} | {d:%H:%M} | {e(a['author'])}</div>
<div class="post-tools"><a class="btn-print" href="javascript:window.print()">In bài</a> <a class="btn-font" data-size="-1">A-</a> <a class="btn-font" data-size="1">A+</a> <div class="fb-like" data-href="{url}" data-layout="button_count"></div></div>
<div class="post-content">
{chr(10).join(body)}
</div>
<div class="post-tags"><span>Từ khóa:</span> <a href="/tag/ca-phe">cà phê</a> <a href="/tag/tai-canh">tái canh</a> <a href="/tag/dak-lak">Đắk Lắk</a></div>
<div class="fb-comments" data-href="{url}" data-width="100%" data-numposts="5"></div>
</article>
<div class="box-related"><h3 class="box-title">Tin cùng chuyên mục</h3><ul>{lst(related, 'rel')}</ul></div>
</div>
<aside class="col-md-4 col-side">
<div class="widget widget-new"><h3 class="widget-title">Tin mới</h3><ul>{lst(side_new, 'new')}</ul></div>
<div class="widget banner"><a href="/qc/r1"><img src="/uploads/qc/300x250-du-lich.jpg" alt="Du lịch Đắk Lắk"></a></div>
<div class="widget widget-hot"><h3 class="widget-title">Xem nhiều</h3><ol>{lst(side_hot, 'hot')}</ol></div>
<div class="widget widget-poll"><h3 class="widget-title">Thăm dò ý kiến</h3><form action="/poll/12"><p>Bạn đánh giá thế nào về chất lượng dịch vụ công trực tuyến?</p><label><input type="radio" name="o" value="1"> Rất tốt</label><br><label><input type="radio" name="o" value="2"> Tốt</label><br><label><input type="radio" name="o" value="3"> Chưa tốt</label><br><button type="submit">Bình chọn</button> <a href="/poll/12/ket-qua">Xem kết quả</a></form></div>
</aside>
</div>
</div>
<footer class="site-footer"><div class="container">
<p><strong>THỜI BÁO CAO NGUYÊN ĐIỆN TỬ</strong></p>
<p>Giấy phép hoạt động báo điện tử số 112/GP-BTTTT ngày 14/4/2023 của Bộ Thông tin và Truyền thông.</p>
<p>Tổng Biên tập: Y Phong Êban. Phó Tổng Biên tập: Nguyễn Thị Hồng Vân, Trần Đức Lợi.</p>
<p>Địa chỉ: 48 Lê Duẩn, phường Buôn Ma Thuột, tỉnh Đắk Lắk. Điện thoại: 0262 3 852 117. Email: toasoan@thoibaocaonguyen.vn</p>
<p>Ghi rõ nguồn "Thời báo Cao Nguyên" khi phát hành lại thông tin từ website này.</p>
<p class="counter">Đang truy cập: 1.284 | Tổng lượt truy cập: 48.219.773</p>
</div></footer>
<script src="/static/js/jquery-1.12.4.min.js"></script>
<script src="/static/js/bootstrap.min.js"></script>
<script>{js_blob(rng, 30, 'TBCN')}</script>
<script async defer crossorigin="anonymous" src="https://connect.facebook.net/vi_VN/sdk.js#xfbml=1&version=v19.0"></script>
</body>
</html>
"""
    return html_, article_side(name, "custom-php", url, "utf-8")


# ---------------------------------------------------------------------------
# o02: big news site; article rendered twice (desktop + hidden mobile copy)
# ---------------------------------------------------------------------------
SUBS = ["Tin nóng", "Phóng sự", "Góc nhìn", "Điều tra", "Hồ sơ", "Nhân vật", "Bình luận",
        "Tư vấn", "Thị trường", "Người Hà Nội", "Dự án", "Quy hoạch", "Sự kiện", "Video",
        "Ảnh", "Infographic", "E-magazine", "Tọa đàm", "Hỏi đáp", "Chuyện phố phường",
        "Bạn đọc viết", "Chính sách mới", "Chuyển động 24h", "Xem - Nghe - Đọc"]


def p_o02(name):
    a, rng = A[name], rng_for(name)
    d = D(a)
    url = "https://nhipsongthudo.vn/giao-thong/%s-20260115061042.htm" % slug(a["title"])
    img = "https://media.nhipsongthudo.vn/2026/01/15/buyt-dien-e14-tran-thi.jpg"
    mega = []
    sections = ["Thời sự", "Chính trị", "Đô thị", "Giao thông", "Kinh doanh", "Bất động sản",
                "Giáo dục", "Sức khỏe", "Văn hóa", "Giải trí", "Thể thao", "Pháp luật",
                "Đời sống", "Công nghệ", "Xe", "Du lịch", "Bạn đọc", "Video", "Ảnh", "Podcast"]
    for s in sections:
        subs = rng.sample(SUBS, 8)
        mega.append('<li class="menu-item has-sub"><a href="/%s.htm" title="%s">%s</a><div class="sub-menu"><ul>%s</ul><div class="sub-feature">%s</div></div></li>'
                    % (slug(s), ea(s), e(s),
                       "".join('<li><a href="/%s/%s.htm">%s</a></li>' % (slug(s), slug(w), e(w)) for w in subs),
                       "".join('<a class="feat" href="/%s.htm"><img src="https://media.nhipsongthudo.vn/thumb/%s.jpg" alt="%s"><span>%s</span></a>'
                               % (si, si[:20], ea(t), e(t)) for t, _, si in side_items(rng, 3))))
    # desktop body
    dbody = []
    for k, v in a["blocks"]:
        if k == "p":
            dbody.append("<p>%s</p>" % e(v))
        elif k == "h":
            dbody.append("<h2>%s</h2>" % e(v))
        elif k == "cap":
            dbody.append('<figure class="VCSortableInPreviewMode" type="Photo" style="display:inline-block"><div><a href="%s" data-fancybox="img-lightbox" title="%s"><img src="%s" alt="%s" width="680" height="453" loading="lazy"></a></div>'
                         '<figcaption class="PhotoCMS_Caption"><p data-placeholder="[nhập chú thích]">%s</p></figcaption></figure>' % (img, ea(v), img, ea(v), e(v)))
    mbody = []
    for k, v in a["blocks"]:
        if k == "p":
            mbody.append('<p class="m-p">%s</p>' % e(v))
        elif k == "h":
            mbody.append('<h3 class="m-h">%s</h3>' % e(v))
        elif k == "cap":
            mbody.append('<div class="m-photo"><img src="%s" alt=""><div class="m-cap">%s</div></div>' % (img.replace("/2026/", "/m/2026/"), e(v)))
    newest = side_items(rng, 15)
    most = side_items(rng, 10)
    samecat = side_items(rng, 12)
    def box(items, with_sapo=False):
        out = []
        for t, d2, s in items:
            out.append('<div class="box-item"><a class="thumb" href="/%s.htm"><img src="https://media.nhipsongthudo.vn/thumb/w240/%s.jpg" alt="%s"></a><h3 class="box-title"><a href="/%s.htm">%s</a></h3>%s<span class="box-time" data-time="%s">%s</span></div>'
                       % (s, s[:24], ea(t), s, e(t), ('<p class="box-sapo">%s</p>' % e(rng.choice(SAPOS))) if with_sapo else "", d2.strftime("%Y-%m-%dT%H:%M:00"), d2.strftime("%d/%m/%Y %H:%M")))
        return "".join(out)
    ads = json.dumps({"zones": [{"id": "z%d" % i, "size": rng.choice(["300x250", "728x90", "300x600", "970x250"]),
                                 "targeting": {"cat": rng.choice(sections), "pos": i, "kw": rng.sample(WORDS, 5)},
                                 "creative": b64(rng, 60)} for i in range(120)]}, ensure_ascii=False)
    html_ = f"""<!DOCTYPE html>
<html lang="vi" xmlns:fb="http://ogp.me/ns/fb#">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0, maximum-scale=5">
<title>{e(a['title'])} | Nhịp sống Thủ đô</title>
<meta name="description" content="{ea(a['lead'])}">
<meta name="news_keywords" content="xe buýt điện, giao thông công cộng, Hà Nội">
<meta property="og:type" content="article">
<meta property="og:title" content="{ea(a['title'])}">
<meta property="og:description" content="{ea(a['lead'])}">
<meta property="og:image" content="{img}">
<meta property="og:url" content="{url}">
<meta property="article:published_time" content="{d:%Y-%m-%dT%H:%M:%S}+07:00">
<meta property="article:section" content="Giao thông">
<meta name="robots" content="index, follow, max-image-preview:large">
<link rel="canonical" href="{url}">
<link rel="amphtml" href="{url.replace('.htm', '.amp.htm')}">
<link rel="preconnect" href="https://media.nhipsongthudo.vn">
<style>
{css_blob(rng, 'nstd', 520)}
</style>
<script>var pageSettings={{"articleId":"20260115061042","cate":"giao-thong","domain":"nhipsongthudo.vn","sharing":true,"allowComment":true}};</script>
<script type="application/json" id="ads-config">{ads}</script>
{ga_script('G-NSTD11')}
</head>
<body class="detail-page">
<div id="admzone-top" class="adm-top"></div>
<header class="header">
<div class="header-top"><div class="w1160"><span class="header-date">{crawl_wd(1)}</span><span class="weather">Hà Nội 19°C - 25°C</span><a class="epaper" href="/bao-in">Báo in</a><a class="login" href="/dang-nhap">Đăng nhập</a></div></div>
<div class="header-main"><div class="w1160"><a class="logo" href="/" title="Nhịp sống Thủ đô"><img src="/images/logo-nstd.svg" alt="Nhịp sống Thủ đô"></a>
<div class="search-box"><form action="/tim-kiem.htm"><input type="search" name="keywords" placeholder="Nhập từ khóa..."><button type="submit" aria-label="Tìm kiếm"></button></form></div></div></div>
<nav class="menu"><div class="w1160"><ul class="menu-list"><li class="home"><a href="/">Trang chủ</a></li>{''.join(mega)}</ul></div></nav>
<div class="trending"><div class="w1160"><span>Sự kiện:</span> <a href="/su-kien/buyt-dien.htm">Xe buýt điện</a> <a href="/su-kien/duong-sat-do-thi.htm">Đường sắt đô thị</a> <a href="/su-kien/van-hoa-thu-do.htm">Văn hóa Thủ đô</a></div></div>
</header>
<main class="main-detail"><div class="w1160 clearfix">
<div class="detail-left">
<div class="box-breadcrumb"><a href="/thoi-su.htm">Thời sự</a> › <a href="/giao-thong.htm">Giao thông</a></div>
<div class="detail-container" data-id="20260115061042">
<h1 class="detail-title">{e(a['title'])}</h1>
<div class="detail-info"><span class="detail-time">{d:%d/%m/%Y %H:%M} GMT+7</span><span class="detail-share"><a class="fb" href="#">Chia sẻ</a><a class="zalo" href="#">Zalo</a><a class="copy" href="#">Sao chép link</a></span></div>
<h2 class="detail-sapo">{e(a['lead'])}</h2>
<div class="detail-content afcbc-body" data-role="content">
{chr(10).join(dbody)}
<p class="detail-author" style="text-align:right"><strong>{e(a['author'])}</strong></p>
</div>
<div class="detail-tags"><a href="/tag/xe-buyt-dien.htm">#xe buýt điện</a><a href="/tag/giao-thong-cong-cong.htm">#giao thông công cộng</a></div>
<div class="detail-comment"><h3>Bình luận</h3><textarea placeholder="Ý kiến của bạn..."></textarea><button>Gửi bình luận</button></div>
</div>
<div class="box-same-cate"><h3 class="box-heading">Tin cùng chuyên mục</h3>{box(samecat, True)}</div>
</div>
<div class="detail-right">
<div class="adm-right"><img src="https://media.nhipsongthudo.vn/qc/300x600-bds.jpg" alt=""></div>
<div class="box-newest"><h3 class="box-heading">Tin mới nhất</h3>{box(newest)}</div>
<div class="box-most"><h3 class="box-heading">Đọc nhiều</h3>{box(most)}</div>
</div>
</div></main>
<div id="m-article" class="m-detail" style="display:none" aria-hidden="true">
<div class="m-cate"><a href="/giao-thong.htm">Giao thông</a></div>
<h1 class="m-title">{e(a['title'])}</h1>
<div class="m-meta"><span class="m-author">{e(a['author'])}</span> - <span class="m-time">{d:%d/%m/%Y %H:%M}</span></div>
<div class="m-sapo">{e(a['lead'])}</div>
<div class="m-body">
{chr(10).join(mbody)}
</div>
</div>
<footer class="footer"><div class="w1160">
<div class="footer-menu">{''.join('<a href="/%s.htm">%s</a>' % (slug(s), e(s)) for s in sections)}</div>
<p>© Bản quyền thuộc Báo điện tử Nhịp sống Thủ đô. Giấy phép số 245/GP-BTTTT cấp ngày 02/6/2022.</p>
<p>Tòa soạn: 27 phố Hàng Chuối, phường Hai Bà Trưng, Hà Nội. Điện thoại: 024 3 971 2048 – Email: toasoan@nhipsongthudo.vn</p>
<p>Không được sao chép nội dung khi chưa có sự đồng ý của Nhịp sống Thủ đô.</p>
</div></footer>
<script>{js_blob(rng, 260, 'NSTD')}</script>
<script src="https://media.nhipsongthudo.vn/js/detail.min.js?v=8.2.1" defer></script>
</body>
</html>
"""
    return html_, article_side(name, "custom-news", url, "utf-8")


# ---------------------------------------------------------------------------
# o03: news site with JSON-LD (UTC datePublished) and a YouTube iframe
# ---------------------------------------------------------------------------
def p_o03(name):
    a, rng = A[name], rng_for(name)
    d = D(a)
    utc = d - dt.timedelta(hours=7)
    url = "https://baophusa.vn/du-lich/%s-post96415.html" % slug(a["title"])
    img = "https://static.baophusa.vn/w800/2026/04/24/cho-noi-dem.jpg"
    body = []
    for k, v in a["blocks"]:
        if k == "p":
            body.append("<p>%s</p>" % e(v))
        elif k == "h":
            body.append("<p><strong>%s</strong></p>" % e(v))
        elif k == "vcap":
            body.append('<div class="cms-video" style="text-align:center"><iframe width="640" height="360" src="https://www.youtube.com/embed/Xk3pQm81TzA?rel=0" title="YouTube video player" frameborder="0" allow="accelerometer; autoplay; clipboard-write; encrypted-media; gyroscope; picture-in-picture; web-share" allowfullscreen></iframe></div>')
            body.append('<p class="video-caption" style="text-align:center"><em>%s</em></p>' % e(v))
    ld = json.dumps({
        "@context": "https://schema.org", "@type": "NewsArticle",
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "headline": a["title"], "description": a["lead"], "image": [img],
        "datePublished": utc.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "dateModified": (utc + dt.timedelta(minutes=85)).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "author": {"@type": "Person", "name": "Thanh Tâm"},
        "publisher": {"@type": "Organization", "name": "Báo Phù Sa", "logo": {"@type": "ImageObject", "url": "https://baophusa.vn/logo.png"}},
    }, ensure_ascii=False, indent=2)
    crumbs = json.dumps({"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": [
        {"@type": "ListItem", "position": 1, "name": "Trang chủ", "item": "https://baophusa.vn/"},
        {"@type": "ListItem", "position": 2, "name": "Du lịch", "item": "https://baophusa.vn/du-lich/"}]}, ensure_ascii=False)
    cats = ["Thời sự", "Kinh tế", "Nông nghiệp", "Du lịch", "Văn hóa - Giải trí", "Xã hội", "Pháp luật", "Thể thao", "Sông nước miền Tây", "Video", "E-magazine"]
    rel = side_items(rng, 4)
    latest = side_items(rng, 10)
    html_ = f"""<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>{e(a['title'])} | Báo Phù Sa</title>
<meta name="description" content="{ea(a['lead'])}">
<meta property="og:title" content="{ea(a['title'])}">
<meta property="og:description" content="{ea(a['lead'])}">
<meta property="og:image" content="{img}">
<meta property="og:url" content="{url}">
<meta property="og:type" content="article">
<meta name="twitter:card" content="summary_large_image">
<link rel="canonical" href="{url}">
<link rel="stylesheet" href="https://static.baophusa.vn/css/main.css?v=4.7">
<script type="application/ld+json">
{ld}
</script>
<script type="application/ld+json">{crumbs}</script>
<style>{css_blob(rng, 'bps', 90)}</style>
{ga_script('G-BPS9X')}
</head>
<body>
<div class="site">
<div class="topline"><div class="container"><time class="topline__date">{crawl_wd(0)}</time><ul class="topline__links"><li><a href="/video">Video</a></li><li><a href="/podcast">Podcast</a></li><li><a href="/bao-in">Báo in</a></li></ul></div></div>
<header class="header"><div class="container"><a class="header__logo" href="/"><img src="https://static.baophusa.vn/img/logo.svg" alt="Báo Phù Sa"></a>
<button class="header__search-btn" aria-label="Tìm kiếm"></button><form class="header__search" action="/search"><input name="q" type="search" placeholder="Tìm kiếm"></form></div>
<nav class="header__nav"><div class="container"><ul>{''.join('<li><a href="/%s/">%s</a></li>' % (slug(c), e(c)) for c in cats)}</ul></div></nav></header>
<main class="container layout">
<div class="layout__main">
<nav class="breadcrumbs"><a href="/">Trang chủ</a><span>/</span><a href="/du-lich/">Du lịch</a></nav>
<article class="article">
<h1 class="article__title">{e(a['title'])}</h1>
<div class="article__meta"><span class="article__time">{d:%d/%m/%Y} - {d:%H:%M}</span><span class="article__share"><a href="https://www.facebook.com/sharer/sharer.php?u={url}" target="_blank" rel="noopener">Facebook</a> <a href="https://zalo.me/share?u={url}" target="_blank" rel="noopener">Zalo</a></span></div>
<h2 class="article__sapo">{e(a['lead'])}</h2>
<div class="article__body cms-body">
{chr(10).join(body)}
<p class="article__author" style="text-align:right"><strong>Bài và video: {e(a['author'])}</strong></p>
</div>
<div class="article__tags"><span>Tags:</span> <a href="/tag/cho-noi-cai-rang">chợ nổi Cái Răng</a> <a href="/tag/du-lich-dem">du lịch đêm</a> <a href="/tag/can-tho">Cần Thơ</a></div>
<section class="article__related"><h3>Tin liên quan</h3><ul>{''.join('<li><a href="/%s.html">%s</a></li>' % (s, e(t)) for t, _, s in rel)}</ul></section>
</article>
</div>
<aside class="layout__side">
<section class="box-latest"><h3>Tin mới</h3><ol>{''.join('<li><a href="/%s.html">%s</a><time>%s</time></li>' % (s, e(t), d2.strftime('%H:%M %d/%m')) for t, d2, s in latest)}</ol></section>
<div class="ad ad--300"><ins class="adsbygoogle" data-ad-client="ca-pub-8800000000000001" data-ad-slot="3330001"></ins></div>
</aside>
</main>
<footer class="footer"><div class="container">
<p>BÁO PHÙ SA - Cơ quan của Hội Nông dân thành phố Cần Thơ</p>
<p>Giấy phép số 77/GP-BTTTT ngày 09/3/2024. Tổng Biên tập: Lâm Quốc Thái.</p>
<p>Địa chỉ: 12 Hòa Bình, phường Ninh Kiều, thành phố Cần Thơ. ĐT: 0292 3 820 456.</p>
</div></footer>
</div>
<script src="https://static.baophusa.vn/js/app.js?v=4.7" defer></script>
<script>{js_blob(rng, 20, 'BPS')}</script>
</body>
</html>
"""
    return html_, article_side(name, "custom-news-jsonld", url, "utf-8")


# ---------------------------------------------------------------------------
# o04: old PHP news site, editor output with every non-ASCII char as an entity
# ---------------------------------------------------------------------------
NAMED = {"“": "&ldquo;", "”": "&rdquo;", "‘": "&lsquo;", "’": "&rsquo;", "…": "&hellip;",
         "–": "&ndash;", "—": "&mdash;", "²": "&sup2;"}


def ent(s):
    out = []
    for ch in s:
        if ch in NAMED:
            out.append(NAMED[ch])
        elif ch == "&":
            out.append("&amp;")
        elif ch == "<":
            out.append("&lt;")
        elif ch == ">":
            out.append("&gt;")
        elif ord(ch) > 127:
            out.append("&#%d;" % ord(ch))
        else:
            out.append(ch)
    return "".join(out)


def p_o04(name):
    a, rng = A[name], rng_for(name)
    d = D(a)
    url = "https://biencuongonline.vn/index.php?mod=news&act=detail&id=48172&cat=12"
    body = []
    for k, v in a["blocks"]:
        if k == "p":
            body.append('<p style="text-align: justify;">%s</p>' % ent(v))
        elif k == "h":
            body.append('<p style="text-align: justify;"><strong>%s</strong></p>' % ent(v))
    menu = ["Trang chủ", "Thời sự", "Biên giới - Hải đảo", "Kinh tế cửa khẩu", "Văn hóa - Xã hội",
            "Quốc phòng - An ninh", "Pháp luật", "Xứ Lạng quê mình", "Ảnh - Video"]
    lst = side_items(rng, 10)
    html_ = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{e(a['title'])}</title>
<meta name="description" content="{ea(a['lead'])}" />
<meta name="keywords" content="cửa khẩu số, Lạng Sơn, xuất nhập khẩu" />
<meta property="og:title" content="{ea(a['title'])}" />
<meta property="og:image" content="https://biencuongonline.vn/uploads/news/2026_05/cua-khau-so.jpg" />
<meta property="og:url" content="{url}" />
<link href="/templates/bc2015/css/style.css" rel="stylesheet" type="text/css" />
<link href="/templates/bc2015/css/menu.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/js/jquery-1.7.2.min.js"></script>
<script type="text/javascript" src="/js/jquery.marquee.js"></script>
<script type="text/javascript">
function doPrint(){{window.open('/index.php?mod=news&act=print&id=48172','print','width=700,height=600,scrollbars=yes');}}
function setFont(s){{document.getElementById('news_content').style.fontSize=s+'px';}}
{js_blob(rng, 15, 'window')}
</script>
<style type="text/css">{css_blob(rng, 'bc', 60)}</style>
</head>
<body>
<div id="wrapper">
<div id="header"><div class="logo"><a href="/"><img src="/templates/bc2015/images/logo.png" alt="Biên Cương Online" /></a></div>
<div class="header_right"><div class="date_today">{crawl_wd(1)}</div>
<form name="frmSearch" action="/index.php" method="get"><input type="hidden" name="mod" value="search" /><input type="text" name="keyword" value="Tìm kiếm..." onfocus="this.value=''" /><input type="submit" value="Tìm" /></form></div></div>
<div id="menu"><ul>{''.join('<li><a href="/index.php?mod=cat&amp;id=%d">%s</a></li>' % (i + 1, e(m)) for i, m in enumerate(menu))}</ul></div>
<div id="marquee"><b>Tin nóng:</b> <marquee scrollamount="3">{' &nbsp; | &nbsp; '.join(e(t) for t, _, _ in lst[:5])}</marquee></div>
<div id="main">
<div id="left_col">
<div class="path"><a href="/">Trang chủ</a> &raquo; <a href="/index.php?mod=cat&amp;id=12">Kinh tế cửa khẩu</a></div>
<div class="news_detail">
<h1 class="title_news">{e(a['title'])}</h1>
<div class="date_news">{WD[d.weekday()]}, {d:%d/%m/%Y}, {d:%H:%M} (GMT+7)</div>
<div class="tools"><a href="javascript:doPrint()">In trang</a> | <a href="javascript:setFont(16)">A+</a> | <a href="javascript:setFont(13)">A-</a> | <a href="/index.php?mod=news&amp;act=send&amp;id=48172">Gửi bài</a></div>
<div class="summary_news"><strong>{ent(a['lead'])}</strong></div>
<div id="news_content" class="content_news">
{chr(10).join(body)}
<p style="text-align: right;"><strong>{ent(a['author'])}</strong></p>
</div>
<div class="other_news"><h3>C&aacute;c tin kh&aacute;c</h3><ul>{''.join('<li><a href="/index.php?mod=news&amp;act=detail&amp;id=%d">%s</a> <i>(%s)</i></li>' % (48100 + i, e(t), d2.strftime('%d/%m/%Y')) for i, (t, d2, _) in enumerate(lst))}</ul></div>
</div>
</div>
<div id="right_col">
<div class="box"><div class="box_title">Liên kết website</div><select onchange="window.open(this.value)"><option>-- Chọn liên kết --</option>{''.join('<option value="https://%s.gov.vn">Cổng TTĐT tỉnh %s</option>' % (slug(p).replace('-', ''), e(p)) for p in PROVINCES)}</select></div>
<div class="box"><div class="box_title">Quảng cáo</div><a href="#"><img src="/uploads/qc/qc1.gif" width="250" alt="" /></a><a href="#"><img src="/uploads/qc/qc2.jpg" width="250" alt="" /></a></div>
<div class="box"><div class="box_title">Thống kê truy cập</div><p>Đang online: 87</p><p>Hôm nay: 3.402</p><p>Tổng: 9.871.450</p></div>
</div>
</div>
<div id="footer">
<p>Cơ quan chủ quản: Hội Cựu chiến binh tỉnh Lạng Sơn &ndash; Giấy phép số 31/GP-TTĐT ngày 20/5/2015</p>
<p>Địa chỉ: Số 5 đường Trần Đăng Ninh, phường Lương Văn Tri, tỉnh Lạng Sơn. Điện thoại: 0205 3 812 006</p>
<p>Thiết kế bởi: Công ty TNHH Giải pháp Phần mềm Kỳ Lừa</p>
</div>
</div>
</body>
</html>
"""
    return html_, article_side(name, "custom-php-fckeditor", url, "utf-8")


# ---------------------------------------------------------------------------
# o05: WordPress magazine; &nbsp; everywhere, zero-width spaces, soft hyphens
# ---------------------------------------------------------------------------
ZW = "\u200b"


FORCED_SHY = {"Shopee": "Sho&shy;pee", "Lazada": "La&shy;za&shy;da", "TikTok": "Tik&shy;Tok",
              "livestream": "live&shy;stream", "logistics": "lo&shy;gis&shy;tics"}


def mess(text, rng):
    words = text.split(" ")
    out = []
    for i, w in enumerate(words):
        letters = sum(1 for c in w if c.isalpha())
        ew = e(w)
        core = w.rstrip(",.;:")
        if core in FORCED_SHY:
            ew = FORCED_SHY[core] + e(w[len(core):])
        elif letters >= 6 and rng.random() < 0.45 and w.isalpha():
            cut = len(w) // 2
            ew = e(w[:cut]) + "&shy;" + e(w[cut:])
        elif letters >= 4 and w.isalpha() and rng.random() < 0.06:
            cut = rng.randrange(1, len(w))
            ew = e(w[:cut]) + rng.choice([ZW, "&#8203;"]) + e(w[cut:])
        out.append(ew)
        if i < len(words) - 1:
            r = rng.random()
            if r < 0.16:
                out.append("&nbsp;")
            elif r < 0.20:
                out.append(" " + ZW)
            elif r < 0.22:
                out.append("&nbsp; ")
            else:
                out.append(" ")
    s = "".join(out)
    if rng.random() < 0.5:
        s = ZW + s
    if rng.random() < 0.4:
        s = s + "&nbsp;"
    return s


def p_o05(name):
    a, rng = A[name], rng_for(name)
    d = D(a)
    url = "https://kinhteso24h.vn/2026/08/19/%s/" % slug(a["title"])
    body = ['<p><strong>%s</strong></p>' % mess(a["lead"], rng), "<p>&nbsp;</p>"]
    for k, v in a["blocks"]:
        if k == "p":
            body.append("<p>%s</p>" % mess(v, rng))
            if rng.random() < 0.35:
                body.append("<p>&nbsp;</p>")
        elif k == "h":
            body.append("<h3><strong>%s</strong></h3>" % mess(v, rng))
        elif k == "cap":
            body.append('<figure id="attachment_55218" aria-describedby="caption-attachment-55218" style="width: 800px" class="wp-caption aligncenter"><img loading="lazy" decoding="async" class="size-full wp-image-55218" src="https://kinhteso24h.vn/wp-content/uploads/2026/08/livestream-che-shan.jpg" alt="" width="800" height="533" srcset="https://kinhteso24h.vn/wp-content/uploads/2026/08/livestream-che-shan.jpg 800w, https://kinhteso24h.vn/wp-content/uploads/2026/08/livestream-che-shan-300x200.jpg 300w" sizes="(max-width: 800px) 100vw, 800px" />'
                        '<figcaption id="caption-attachment-55218" class="wp-caption-text">%s</figcaption></figure>' % mess(v, rng))
    rel = side_items(rng, 6)
    pop = side_items(rng, 5)
    cats = ["Thời sự", "Kinh tế số", "Thương mại điện tử", "Khởi nghiệp", "Nông nghiệp số", "Fintech", "Chính sách", "Doanh nghiệp"]
    html_ = f"""<!doctype html >
<!--[if IE 8]>    <html class="ie8" lang="vi"> <![endif]-->
<!--[if IE 9]>    <html class="ie9" lang="vi"> <![endif]-->
<!--[if gt IE 8]><!--> <html lang="vi"> <!--<![endif]-->
<head>
<title>{e(a['title'])} - Kinh tế Số 24h</title>
<meta charset="UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="pingback" href="https://kinhteso24h.vn/xmlrpc.php" />
<meta name="robots" content="index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1" />
<meta name="description" content="{ea(a['lead'])}" />
<link rel="canonical" href="{url}" />
<meta property="og:locale" content="vi_VN" />
<meta property="og:type" content="article" />
<meta property="og:title" content="{ea(a['title'])}" />
<meta property="og:url" content="{url}" />
<meta property="og:site_name" content="Kinh tế Số 24h" />
<meta property="article:published_time" content="2026-08-19T03:05:33+00:00" />
<meta property="article:modified_time" content="2026-08-19T04:12:09+00:00" />
<meta property="og:image" content="https://kinhteso24h.vn/wp-content/uploads/2026/08/livestream-che-shan.jpg" />
<meta name="author" content="Phạm Quỳnh" />
<link rel='stylesheet' id='td-theme-css' href='https://kinhteso24h.vn/wp-content/themes/Newspaper/style.css?ver=12.6.5' type='text/css' media='all' />
<link rel='stylesheet' id='wp-block-library-css' href='https://kinhteso24h.vn/wp-includes/css/dist/block-library/style.min.css?ver=6.6.2' type='text/css' media='all' />
<style id='td-theme-inline-css'>{css_blob(rng, 'td', 180)}</style>
<script type="text/javascript" src="https://kinhteso24h.vn/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<script>var tdBlocksArray=[];var tds_general_modal_image="yes";var td_ajax_url="https:\\/\\/kinhteso24h.vn\\/wp-admin\\/admin-ajax.php?td_theme_name=Newspaper&v=12.6.5";</script>
{ga_script('G-KTS24H')}
</head>
<body class="post-template-default single single-post postid-55210 single-format-standard td-standard-pack global-block-template-1 single_template_2 td-full-layout" itemscope="itemscope" itemtype="https://schema.org/WebPage">
<div class="td-scroll-up"><i class="td-icon-menu-up"></i></div>
<div id="td-outer-wrap" class="td-theme-wrap">
<div class="td-header-wrap td-header-style-1">
<div class="td-header-top-menu-full td-container-wrap"><div class="td-container td-header-row td-header-top-menu"><div class="top-bar-style-1"><div class="td-header-sp-top-menu"><div class="td_data_time"><div>{crawl_wd(1)}</div></div><ul id="menu-top" class="top-header-menu"><li><a href="/gioi-thieu/">Giới thiệu</a></li><li><a href="/lien-he/">Liên hệ</a></li><li><a href="/quang-cao/">Quảng cáo</a></li></ul></div></div></div></div>
<div class="td-banner-wrap-full td-logo-wrap-full"><div class="td-container td-header-row td-header-header"><div class="td-header-sp-logo"><a class="td-main-logo" href="https://kinhteso24h.vn/"><img class="td-retina-data" src="https://kinhteso24h.vn/wp-content/uploads/2024/01/logo-kts.png" alt="Kinh tế Số 24h" /><span class="td-visual-hidden">Kinh tế Số 24h</span></a></div></div></div>
<div class="td-header-menu-wrap-full"><div class="td-header-menu-wrap td-header-gradient"><div class="td-container td-header-row td-header-main-menu"><div id="td-header-menu" role="navigation"><ul id="menu-main" class="sf-menu">{''.join('<li class="menu-item menu-item-type-taxonomy menu-item-object-category"><a href="https://kinhteso24h.vn/category/%s/">%s</a></li>' % (slug(c), e(c)) for c in cats)}</ul></div>
<div class="header-search-wrap"><div class="td-search-btns-wrap"><a id="td-header-search-button" href="#" aria-label="Search" role="button" class="dropdown-toggle"><i class="td-icon-search"></i></a></div><div class="td-drop-down-search"><form method="get" class="td-search-form" action="https://kinhteso24h.vn/"><input class="needsclick" id="td-header-search" type="text" value="" name="s" autocomplete="off" /><input class="wpb_button wpb_btn-inverse btn" type="submit" id="td-header-search-top" value="Tìm kiếm" /></form></div></div></div></div></div>
</div>
<div class="td-main-content-wrap td-container-wrap">
<div class="td-container td-post-template-2">
<article id="post-55210" class="post-55210 post type-post status-publish format-standard has-post-thumbnail category-thuong-mai-dien-tu" itemscope itemtype="https://schema.org/Article">
<div class="td-pb-row"><div class="td-pb-span12"><div class="td-post-header">
<div class="entry-crumbs"><span><a title="" class="entry-crumb" href="https://kinhteso24h.vn/">Trang chủ</a></span> <i class="td-icon-right td-bread-sep"></i> <span><a title="Xem tất cả bài viết trong Thương mại điện tử" class="entry-crumb" href="https://kinhteso24h.vn/category/thuong-mai-dien-tu/">Thương mại điện tử</a></span></div>
<ul class="td-category"><li class="entry-category"><a href="https://kinhteso24h.vn/category/thuong-mai-dien-tu/">Thương mại điện tử</a></li></ul>
<header class="td-post-title"><h1 class="entry-title">{e(a['title'])}</h1>
<div class="td-module-meta-info"><div class="td-post-author-name"><div class="td-author-by">Bởi</div> <a href="https://kinhteso24h.vn/author/phamquynh/">{e(a['author'])}</a><div class="td-author-line"> - </div> </div>
<span class="td-post-date"><time class="entry-date updated td-module-date" datetime="{d:%Y-%m-%dT%H:%M:%S}+07:00" >{d:%d/%m/%Y}</time></span>
<div class="td-post-views"><i class="td-icon-views"></i><span class="td-nr-views-55210">1.047</span></div></div>
</header></div></div></div>
<div class="td-pb-row"><div class="td-pb-span8 td-main-content" role="main"><div class="td-ss-main-content">
<div class="td-post-sharing-top"><div class="td-post-sharing-visible"><a class="td-social-sharing-button td-social-facebook" href="https://www.facebook.com/sharer.php?u={url}" title="Facebook"><span class="td-social-but-text">Facebook</span></a><a class="td-social-sharing-button td-social-twitter" href="https://twitter.com/intent/tweet?url={url}" title="Twitter"><span class="td-social-but-text">Twitter</span></a></div></div>
<div class="td-post-content tagdiv-type">
{chr(10).join(body)}
</div>
<footer><div class="td-post-source-tags"><ul class="td-tags td-post-small-box clearfix"><li><span>TAGS</span></li><li><a href="https://kinhteso24h.vn/tag/ocop/">OCOP</a></li><li><a href="https://kinhteso24h.vn/tag/tuyen-quang/">Tuyên Quang</a></li><li><a href="https://kinhteso24h.vn/tag/livestream/">livestream</a></li></ul></div>
<div class="td-block-row td-post-next-prev"><div class="td-block-span6 td-post-prev-post"><div class="td-post-next-prev-content"><span>Bài trước</span><a href="/2026/08/18/{rel[0][2]}/">{e(rel[0][0])}</a></div></div><div class="td-block-span6 td-post-next-post"><div class="td-post-next-prev-content"><span>Bài tiếp theo</span><a href="/2026/08/19/{rel[1][2]}/">{e(rel[1][0])}</a></div></div></div>
<div class="author-box-wrap"><a href="https://kinhteso24h.vn/author/phamquynh/"><img alt="" src="https://secure.gravatar.com/avatar/4a1b?s=96&d=mm&r=g" class="avatar avatar-96 photo" height="96" width="96" /></a><div class="desc"><div class="td-author-name vcard author"><span class="fn"><a href="https://kinhteso24h.vn/author/phamquynh/">{e(a['author'])}</a></span></div></div></div>
</footer>
<div class="td_block_wrap td_block_related_posts"><h4 class="td-related-title"><a class="td-related-left td-cur-simple-item" href="#">BÀI VIẾT LIÊN QUAN</a></h4><div class="td_block_inner">{''.join('<div class="td-related-span4"><div class="td_module_related_posts td-animation-stack td_mod_related_posts"><h3 class="entry-title td-module-title"><a href="/2026/08/%02d/%s/" rel="bookmark" title="%s">%s</a></h3></div></div>' % (d2.day, s, ea(t), e(t)) for t, d2, s in rel[2:])}</div></div>
<div class="comments" id="comments"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title"><div class="td-comments-title-wrap td_block_template_1"><h4 class="td-comments-title block-title"><span>Để lại bình luận</span></h4></div></h3><form action="https://kinhteso24h.vn/wp-comments-post.php" method="post" id="commentform" class="comment-form"><div class="clearfix"></div><div class="comment-form-input-wrap td-form-comment"><textarea placeholder="Bình luận:" id="comment" name="comment" cols="45" rows="8" aria-required="true"></textarea></div><div class="comment-form-input-wrap td-form-author"><input class="" id="author" name="author" placeholder="Tên:*" type="text" value="" size="30" aria-required='true' /></div><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Gửi bình luận" /></p></form></div></div>
</div></div>
<div class="td-pb-span4 td-main-sidebar" role="complementary"><div class="td-ss-main-sidebar">
<div class="td_block_wrap td_block_7"><h4 class="block-title"><span>Phổ biến</span></h4>{''.join('<div class="td_module_6 td_module_wrap"><h3 class="entry-title td-module-title"><a href="/2026/%02d/%02d/%s/">%s</a></h3><span class="td-post-date"><time class="entry-date updated td-module-date">%s</time></span></div>' % (d2.month, d2.day, s, e(t), d2.strftime('%d/%m/%Y')) for t, d2, s in pop)}</div>
<div class="td-a-rec td-a-rec-id-sidebar"><a href="#"><img src="https://kinhteso24h.vn/wp-content/uploads/2026/06/banner-300x250.jpg" alt="" /></a></div>
</div></div>
</div>
</article>
</div></div>
<div class="td-footer-wrap td-container-wrap"><div class="td-container"><div class="td-pb-row"><div class="td-pb-span12"><div class="footer-text-wrap">Tạp chí điện tử Kinh tế Số 24h. Giấy phép số 318/GP-BTTTT ngày 21/7/2023. Cơ quan chủ quản: Hội Tin học Việt Nam khu vực phía Bắc. Địa chỉ: Tầng 6, số 19 Nguyễn Chí Thanh, phường Láng, Hà Nội.</div></div></div></div></div>
<div class="td-sub-footer-container td-container-wrap"><div class="td-container"><div class="td-pb-row"><div class="td-pb-span td-sub-footer-copy">&copy; 2026 Kinh tế Số 24h. Bảo lưu mọi quyền.</div></div></div></div>
</div>
<script type="text/javascript" src="https://kinhteso24h.vn/wp-content/themes/Newspaper/js/tagdiv_theme.min.js?ver=12.6.5" id="td-site-min-js"></script>
<script>{js_blob(rng, 25, 'tdWp')}</script>
</body>
</html>
"""
    return html_, article_side(name, "wordpress", url, "utf-8")

# ---------------------------------------------------------------------------
# o06: news page whose article text was pasted in decomposed Unicode (NFD)
# ---------------------------------------------------------------------------
def nfd(s):
    return unicodedata.normalize("NFD", s)


def p_o06(name):
    a, rng = A[name], rng_for(name)
    d = D(a)
    url = "https://nhipsongcodo.vn/van-hoa/le-hoi/%s-71592.html" % slug(a["title"])
    body = []
    for k, v in a["blocks"]:
        if k == "p":
            body.append("<p>%s</p>" % e(nfd(v)))
        elif k == "h":
            body.append("<h2>%s</h2>" % e(nfd(v)))
        elif k == "cap":
            body.append('<table class="picture" align="center"><tbody><tr><td class="pic"><img src="https://nhipsongcodo.vn/Uploaded/2026_02_27/ba-trao-thuan-an.jpg" alt="%s" /></td></tr><tr><td class="caption">%s</td></tr></tbody></table>' % (ea(nfd(v)), e(nfd(v))))
    news = side_items(rng, 9)
    cats = ["Thời sự", "Chính trị", "Kinh tế", "Văn hóa", "Di sản Huế", "Du lịch", "Xã hội", "Thể thao", "Đời sống", "Phóng sự"]
    html_ = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>{e(nfd(a['title']))} - Nhịp sống Cố đô</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{ea(nfd(a['lead']))}">
<meta property="og:title" content="{ea(nfd(a['title']))}">
<meta property="og:description" content="{ea(nfd(a['lead']))}">
<meta property="og:type" content="article">
<meta property="og:url" content="{url}">
<meta property="og:image" content="https://nhipsongcodo.vn/Uploaded/2026_02_27/ba-trao-thuan-an.jpg">
<link rel="canonical" href="{url}">
<link rel="stylesheet" href="/Content/css/site.min.css?v=202602">
<style>{css_blob(rng, 'nscd', 110)}</style>
{ga_script('G-NSCD27')}
</head>
<body>
<div class="wrapper">
<div class="header">
<div class="header-top"><div class="container"><div class="left"><span class="ic-calendar"></span> {crawl_wd(0)}</div><div class="right"><a href="/dang-nhap">Đăng nhập</a> | <a href="/dang-ky">Đăng ký</a></div></div></div>
<div class="container logo-row"><a href="/" class="logo"><img src="/Content/images/logo.png" alt="Nhịp sống Cố đô"></a><div class="search"><form action="/tim-kiem" method="get"><input type="text" name="tu-khoa" placeholder="Tìm kiếm"><input type="submit" value=""></form></div></div>
<div class="menu"><div class="container"><ul class="menu-main"><li><a href="/"><span class="ic-home"></span></a></li>{''.join('<li><a href="/%s">%s</a></li>' % (slug(c), e(c)) for c in cats)}</ul></div></div>
</div>
<div class="container content">
<div class="col-left">
<div class="breadcrumb"><a href="/van-hoa">Văn hóa</a> <span>›</span> <a href="/van-hoa/le-hoi">Lễ hội</a></div>
<div class="article">
<h1 class="article-title">{e(nfd(a['title']))}</h1>
<div class="article-date">{d:%H:%M}, {d:%d/%m/%Y}</div>
<div class="article-lead"><strong>{e(nfd(a['lead']))}</strong></div>
<div class="article-body">
{chr(10).join(body)}
</div>
<div class="article-byline" style="text-align:right;font-weight:bold">{e(nfd(a['author']))}</div>
<div class="article-share"><a href="#" class="fb">Chia sẻ Facebook</a> <a href="#" class="zl">Chia sẻ Zalo</a> <a href="javascript:window.print()">In bài</a></div>
</div>
<div class="box-other"><div class="box-title">Tin khác</div><ul>{''.join('<li><a href="/%s.html">%s</a> <span class="time">%s</span></li>' % (s, e(t), d2.strftime('%d/%m/%Y %H:%M')) for t, d2, s in news[:5])}</ul></div>
</div>
<div class="col-right">
<div class="box-side"><div class="box-title">Tin mới</div><ul>{''.join('<li><a href="/%s.html">%s</a></li>' % (s, e(t)) for t, d2, s in news[5:])}</ul></div>
<div class="box-side"><div class="box-title">Thời tiết</div><p>Huế: 22°C – 27°C, mây thay đổi, có mưa rào.</p></div>
<div class="box-side adv"><img src="/Uploaded/qc/festival-hue.jpg" alt="Festival Huế"></div>
</div>
</div>
<div class="footer"><div class="container">
<p><b>NHỊP SỐNG CỐ ĐÔ</b> – Trang thông tin điện tử tổng hợp. Giấy phép số 06/GP-STTTT ngày 18/01/2024.</p>
<p>Địa chỉ: 09 Lê Lợi, phường Thuận Hóa, thành phố Huế. Điện thoại: 0234 3 823 555.</p>
<p>Lượt truy cập: 2.914.337</p>
</div></div>
</div>
<script src="/Scripts/jquery-3.6.0.min.js"></script>
<script>{js_blob(rng, 18, 'NSCD')}</script>
</body>
</html>
"""
    return html_, article_side(name, "custom-aspnet-mvc", url, "utf-8")


# ---------------------------------------------------------------------------
# o07: news page with <noscript> copies (lazy images, GTM, pixel, no-JS notice)
# ---------------------------------------------------------------------------
def p_o07(name):
    a, rng = A[name], rng_for(name)
    d = D(a)
    url = "https://songkhoe24h.vn/y-te/%s-d38817.html" % slug(a["title"])
    gif = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"
    body = []
    n = 0
    for k, v in a["blocks"]:
        if k == "p":
            body.append("<p>%s</p>" % e(v))
        elif k == "h":
            body.append("<h3>%s</h3>" % e(v))
        elif k == "cap":
            n += 1
            src = "https://cdn.songkhoe24h.vn/2025/10/09/kham-sang-loc-ca-mau-%d.jpg" % n
            body.append('<figure class="article-photo"><img class="lazyload" src="%s" data-src="%s" alt="Khám sàng lọc" width="760" height="507">'
                        '<noscript><img src="%s" alt="Khám sàng lọc" width="760" height="507"></noscript>'
                        '<figcaption>%s</figcaption></figure>' % (gif, src, src, e(v)))
    lst = side_items(rng, 12)
    cats = ["Thời sự y tế", "Sức khỏe", "Bệnh thường gặp", "Dinh dưỡng", "Mẹ và bé", "Y học cổ truyền", "Phòng mạch online", "Dược phẩm", "Giới tính"]
    def card(t, d2, s, i):
        src = "https://cdn.songkhoe24h.vn/thumb/%s.jpg" % s[:30]
        return ('<div class="card"><a href="/%s.html" class="card-thumb"><img class="lazyload" src="%s" data-src="%s" alt="%s"><noscript><img src="%s" alt="%s"></noscript></a>'
                '<h4 class="card-title"><a href="/%s.html">%s</a></h4><span class="card-time">%s</span></div>') % (s, gif, src, ea(t), src, ea(t), s, e(t), d2.strftime("%d/%m/%Y"))
    html_ = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(a['title'])} - Sống khỏe 24h</title>
<meta name="description" content="{ea(a['lead'])}">
<meta property="og:type" content="article">
<meta property="og:title" content="{ea(a['title'])}">
<meta property="og:description" content="{ea(a['lead'])}">
<meta property="og:image" content="https://cdn.songkhoe24h.vn/2025/10/09/kham-sang-loc-ca-mau-1.jpg">
<meta property="og:url" content="{url}">
<meta property="article:published_time" content="{d:%Y-%m-%dT%H:%M:%S}+07:00">
<meta property="article:author" content="https://songkhoe24h.vn/tac-gia/ngoc-mai">
<link rel="canonical" href="{url}">
<script>(function(w,d,s,l,i){{w[l]=w[l]||[];w[l].push({{'gtm.start':new Date().getTime(),event:'gtm.js'}});var f=d.getElementsByTagName(s)[0],j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;j.src='https://www.googletagmanager.com/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);}})(window,document,'script','dataLayer','GTM-SK24H7');</script>
<script>!function(f,b,e,v,n,t,s){{if(f.fbq)return;n=f.fbq=function(){{n.callMethod?n.callMethod.apply(n,arguments):n.queue.push(arguments)}};if(!f._fbq)f._fbq=n;n.push=n;n.loaded=!0;n.version='2.0';n.queue=[];t=b.createElement(e);t.async=!0;t.src=v;s=b.getElementsByTagName(e)[0];s.parentNode.insertBefore(t,s)}}(window,document,'script','https://connect.facebook.net/en_US/fbevents.js');fbq('init','301234567890123');fbq('track','PageView');</script>
<noscript><img height="1" width="1" style="display:none" src="https://www.facebook.com/tr?id=301234567890123&amp;ev=PageView&amp;noscript=1"></noscript>
<script src="https://cdn.songkhoe24h.vn/js/lazysizes.min.js" async></script>
<style>{css_blob(rng, 'sk', 130)}</style>
</head>
<body>
<noscript><iframe src="https://www.googletagmanager.com/ns.html?id=GTM-SK24H7" height="0" width="0" style="display:none;visibility:hidden"></iframe></noscript>
<noscript><div class="nojs-warning">Trình duyệt của bạn đã tắt JavaScript. Một số chức năng của trang có thể không hoạt động.</div></noscript>
<header class="sk-header">
<div class="sk-topbar"><div class="wrap"><span class="sk-date">{crawl_wd(0)}</span><a href="/hoi-dap">Hỏi đáp bác sĩ</a><a href="/video">Video</a></div></div>
<div class="wrap sk-brand"><a href="/" class="sk-logo"><img class="lazyload" src="{gif}" data-src="/img/logo-sk24h.png" alt="Sống khỏe 24h"><noscript><img src="/img/logo-sk24h.png" alt="Sống khỏe 24h"></noscript></a>
<form class="sk-search" action="/tim-kiem"><input type="search" name="q" placeholder="Tìm bệnh, thuốc, bác sĩ..."><button>Tìm</button></form></div>
<nav class="sk-nav"><div class="wrap"><ul>{''.join('<li><a href="/%s">%s</a></li>' % (slug(c), e(c)) for c in cats)}</ul></div></nav>
</header>
<div class="wrap sk-main">
<div class="sk-content">
<ul class="sk-breadcrumb"><li><a href="/">Trang chủ</a></li><li><a href="/thoi-su-y-te">Thời sự y tế</a></li></ul>
<article class="article">
<h1 class="article-title">{e(a['title'])}</h1>
<div class="article-author-box"><img class="lazyload" src="{gif}" data-src="https://cdn.songkhoe24h.vn/avatar/ngoc-mai.jpg" alt="{ea(a['author'])}"><noscript><img src="https://cdn.songkhoe24h.vn/avatar/ngoc-mai.jpg" alt="{ea(a['author'])}"></noscript><a class="author-name" href="/tac-gia/ngoc-mai">{e(a['author'])}</a><span class="article-time">{d:%d/%m/%Y}, {d:%H:%M}</span></div>
<div class="article-sapo">{e(a['lead'])}</div>
<div class="article-body" id="article-body">
{chr(10).join(body)}
</div>
<div class="article-source">Nguồn: Sở Y tế tỉnh Cà Mau</div>
<div class="article-tags"><a href="/tag/ung-thu-vu">ung thư vú</a><a href="/tag/ung-thu-co-tu-cung">ung thư cổ tử cung</a><a href="/tag/kham-sang-loc">khám sàng lọc</a></div>
<div class="article-comment"><h3>Ý kiến bạn đọc</h3><div id="comment-box" data-id="38817"></div><noscript>Vui lòng bật JavaScript để xem và gửi bình luận.</noscript></div>
</article>
<div class="box-related"><h3>Tin liên quan</h3>{''.join(card(t, d2, s, i) for i, (t, d2, s) in enumerate(lst[:4]))}</div>
</div>
<aside class="sk-side">
<div class="box-side"><h3>Tin mới</h3>{''.join(card(t, d2, s, i) for i, (t, d2, s) in enumerate(lst[4:]))}</div>
<div class="box-side qc"><a href="/qc/bv-tam-anh"><img class="lazyload" src="{gif}" data-src="/qc/300x250-kham-suc-khoe.jpg" alt="Quảng cáo"><noscript><img src="/qc/300x250-kham-suc-khoe.jpg" alt="Quảng cáo"></noscript></a></div>
</aside>
</div>
<footer class="sk-footer"><div class="wrap">
<p>Trang thông tin điện tử tổng hợp Sống khỏe 24h. Giấy phép số 58/GP-TTĐT do Sở Thông tin và Truyền thông TP Hồ Chí Minh cấp ngày 03/3/2024.</p>
<p>Địa chỉ: 211 Nguyễn Văn Cừ, phường Chợ Quán, TP Hồ Chí Minh. Email: lienhe@songkhoe24h.vn</p>
<p>Thông tin trên website chỉ mang tính tham khảo, không thay thế cho việc chẩn đoán hoặc điều trị.</p>
</div></footer>
<script>{js_blob(rng, 22, 'SK')}</script>
</body>
</html>
"""
    return html_, article_side(name, "custom-news-lazyload", url, "utf-8")


# ---------------------------------------------------------------------------
# o08: archived article with a "Bài viết cũ" notice above the body
# ---------------------------------------------------------------------------
def p_o08(name):
    a, rng = A[name], rng_for(name)
    d = D(a)
    url = "https://nongthonbacbo.vn/kinh-te-nong-thon/%s-7719.html" % slug(a["title"])
    body = []
    for k, v in a["blocks"]:
        if k == "p":
            body.append('<p class="Normal">%s</p>' % e(v))
        elif k == "h":
            body.append('<p class="Normal"><strong>%s</strong></p>' % e(v))
        elif k == "cap":
            body.append('<div class="image-box"><img src="https://nongthonbacbo.vn/media/2025/05/28/vai-som-luc-ngan.jpg" alt=""><p class="image-caption">%s</p></div>' % e(v))
    lst = side_items(rng, 10, start=dt.date(2026, 11, 20))
    old = [("Bắc Giang: Giá vải thiều đầu vụ tăng mạnh", dt.datetime(2025, 5, 30)),
           ("Hưng Yên: Nhãn lồng vào vụ thu hoạch", dt.datetime(2025, 7, 18)),
           ("Nông dân Thanh Hà tất bật thu hoạch vải", dt.datetime(2025, 6, 5))]
    html_ = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>{e(a['title'])} | Nông thôn Bắc Bộ</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{ea(a['lead'])}">
<meta property="og:title" content="{ea(a['title'])}">
<meta property="og:type" content="article">
<meta property="og:url" content="{url}">
<meta property="og:image" content="https://nongthonbacbo.vn/media/2025/05/28/vai-som-luc-ngan.jpg">
<meta itemprop="datePublished" content="{d:%Y-%m-%dT%H:%M}">
<link rel="canonical" href="{url}">
<link rel="stylesheet" href="/assets/css/app.css?v=3.1.0">
<style>{css_blob(rng, 'ntbb', 80)}
.archive-notice{{background:#fff8e1;border-left:4px solid #f0ad4e;padding:10px 14px;margin:12px 0;font-size:14px}}</style>
{ga_script('G-NTBB25')}
</head>
<body class="detail">
<div class="page">
<div class="head-top"><div class="container">{crawl_wd(1)} <span class="sep">|</span> <a href="/e-paper">Báo in</a> <span class="sep">|</span> <a href="/rss">RSS</a></div></div>
<header class="head"><div class="container"><a href="/" class="brand"><img src="/assets/img/logo-ntbb.png" alt="Nông thôn Bắc Bộ"></a><form class="head-search" action="/tim-kiem"><input name="q" placeholder="Nhập từ khóa"><button type="submit">Tìm</button></form></div>
<nav class="head-nav"><div class="container"><a href="/">Trang chủ</a><a href="/thoi-su">Thời sự</a><a href="/kinh-te-nong-thon">Kinh tế nông thôn</a><a href="/nong-thon-moi">Nông thôn mới</a><a href="/khuyen-nong">Khuyến nông</a><a href="/thi-truong">Thị trường</a><a href="/doi-song">Đời sống</a><a href="/ban-doc">Bạn đọc</a></div></nav></header>
<div class="container body">
<div class="main-col">
<div class="crumb"><a href="/">Trang chủ</a> / <a href="/kinh-te-nong-thon">Kinh tế nông thôn</a></div>
<div class="detail-head">
<h1 class="detail-title">{e(a['title'])}</h1>
<div class="detail-meta"><span class="author">{e(a['author'])}</span> <span class="dot">•</span> <span class="time">{WD[d.weekday()]}, {d.day}/{d.month}/{d.year} - {d:%H:%M}</span></div>
</div>
<div class="archive-notice" role="note"><strong>Bài viết cũ</strong> – Bài viết này được đăng cách đây hơn một năm. Một số thông tin, đặc biệt là tên gọi và địa giới đơn vị hành chính, có thể đã thay đổi sau ngày 1/7/2025.</div>
<div class="detail-sapo">{e(a['lead'])}</div>
<div class="detail-body fck_detail">
{chr(10).join(body)}
</div>
<div class="detail-tags">Tags: <a href="/tag/vai-thieu">vải thiều</a>, <a href="/tag/luc-ngan">Lục Ngạn</a></div>
<div class="box-old-related"><h3>Tin liên quan</h3><ul>{''.join('<li><a href="/%s.html">%s</a> <em>(%s)</em></li>' % (slug(t), e(t), d2.strftime('%d/%m/%Y')) for t, d2 in old)}</ul></div>
</div>
<div class="side-col">
<div class="side-box"><h3>Tin mới nhất</h3><ul>{''.join('<li><a href="/%s.html">%s</a></li>' % (s, e(t)) for t, d2, s in lst[:6])}</ul></div>
<div class="side-box"><h3>Đọc nhiều</h3><ul>{''.join('<li><a href="/%s.html">%s</a></li>' % (s, e(t)) for t, d2, s in lst[6:])}</ul></div>
<div class="side-box qc"><img src="/media/qc/phan-bon-300x250.jpg" alt=""></div>
</div>
</div>
<footer class="foot"><div class="container">
<p>Báo điện tử Nông thôn Bắc Bộ – Giấy phép số 129/GP-BTTTT ngày 07/5/2021.</p>
<p>Tòa soạn: 61 Nguyễn Văn Cừ, phường Bồ Đề, Hà Nội. Điện thoại: 024 3 872 1133.</p>
</div></footer>
</div>
<script src="/assets/js/app.js?v=3.1.0"></script>
<script>{js_blob(rng, 12, 'NTBB')}</script>
</body>
</html>
"""
    return html_, article_side(name, "custom-news", url, "utf-8")


# ---------------------------------------------------------------------------
# o09: whole article in one <p>, paragraphs separated by <br /><br />
# ---------------------------------------------------------------------------
def p_o09(name):
    a, rng = A[name], rng_for(name)
    d = D(a)
    url = "https://phocang24h.vn/tin-tuc/xa-hoi/%s.html" % slug(a["title"])
    parts = []
    for k, v in a["blocks"]:
        if k == "p":
            parts.append(e(v) + "<br />\n<br />\n")
        elif k == "cap":
            parts.append('<img src="/uploads/news/2026/06/20/pho-di-bo-tam-bac.jpg" width="600" border="0" alt="" /><br />\n<i>%s</i><br />\n<br />\n' % e(v))
    parts.append("<b>%s</b>" % e(a["author"]))
    lst = side_items(rng, 14)
    html_ = f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>Phố Cảng 24h - {e(a['title'])}</title>
<meta name="description" content="{ea(a['lead'])}">
<meta property="og:title" content="{ea(a['title'])}">
<meta property="og:url" content="{url}">
<meta property="og:image" content="https://phocang24h.vn/uploads/news/2026/06/20/pho-di-bo-tam-bac.jpg">
<link rel="stylesheet" type="text/css" href="/css/phocang.css">
<script type="text/javascript" src="/js/jquery.js"></script>
<script type="text/javascript">{js_blob(rng, 10, 'window')}</script>
<style type="text/css">{css_blob(rng, 'pc', 70)}</style>
</head>
<body topmargin="0" leftmargin="0">
<div id="container">
<div id="top"><div class="ngay">{crawl_wd(0)}</div><a href="/"><img src="/images/banner-phocang.jpg" alt="Phố Cảng 24h" border="0"></a></div>
<div id="menu"><a href="/">TRANG CHỦ</a> | <a href="/tin-tuc/thoi-su">THỜI SỰ</a> | <a href="/tin-tuc/kinh-te">KINH TẾ</a> | <a href="/tin-tuc/xa-hoi">XÃ HỘI</a> | <a href="/tin-tuc/van-hoa">VĂN HÓA</a> | <a href="/tin-tuc/the-thao">THỂ THAO</a> | <a href="/tin-tuc/du-lich">DU LỊCH</a> | <a href="/lien-he">LIÊN HỆ</a></div>
<div id="search"><form action="/tim-kiem" method="get">Tìm kiếm: <input type="text" name="q" size="25"> <input type="submit" value="Tìm"></form></div>
<div id="content">
<div id="left">
<div class="duongdan"><a href="/">Trang chủ</a> &gt; <a href="/tin-tuc/xa-hoi">Xã hội</a></div>
<div class="ndtin">
<div class="tieude">{e(a['title'])}</div>
<div class="ngaydang">Đăng ngày {d:%d/%m/%Y} lúc {d:%H:%M}</div>
<div class="tomtat"><b>{e(a['lead'])}</b></div>
<p style="text-align: justify;">
{''.join(parts)}
</p>
<div class="congcu"><a href="javascript:window.print()">[In bài]</a> <a href="mailto:?subject=Phố Cảng 24h">[Gửi email]</a> <a href="javascript:history.back()">[Quay lại]</a></div>
</div>
<div class="tinkhac"><b>Các tin khác:</b><ul>{''.join('<li><a href="/tin-tuc/%s.html">%s</a> (%s)</li>' % (s, e(t), d2.strftime('%d/%m/%Y')) for t, d2, s in lst[:8])}</ul></div>
</div>
<div id="right">
<div class="boxphai"><div class="tieudebox">TIN ĐỌC NHIỀU</div><ul>{''.join('<li><a href="/tin-tuc/%s.html">%s</a></li>' % (s, e(t)) for t, d2, s in lst[8:])}</ul></div>
<div class="boxphai"><div class="tieudebox">QUẢNG CÁO</div><img src="/images/qc/qc-khach-san.gif" width="220" alt=""></div>
<div class="boxphai"><div class="tieudebox">THỐNG KÊ</div>Đang xem: 42<br>Tổng lượt: 1.905.226</div>
</div>
</div>
<div id="footer">Trang thông tin điện tử tổng hợp Phố Cảng 24h. Giấy phép số 14/GP-STTTT do Sở Thông tin và Truyền thông Hải Phòng cấp.<br>Địa chỉ: 18 Điện Biên Phủ, phường Hồng Bàng, thành phố Hải Phòng. ĐT: 0225 3 745 901</div>
</div>
</body>
</html>
"""
    return html_, article_side(name, "custom-php-legacy", url, "utf-8")


# ---------------------------------------------------------------------------
# o10: lead in the header container, body text in a sibling container below
#      a "Tin liên quan" box and the share column
# ---------------------------------------------------------------------------
def p_o10(name):
    a, rng = A[name], rng_for(name)
    d = D(a)
    url = "https://dongbangonline.vn/nong-nghiep/%s-p142257.html" % slug(a["title"])
    body = []
    for k, v in a["blocks"]:
        if k == "p":
            body.append('<p class="body-text">%s</p>' % e(v))
        elif k == "h":
            body.append('<h2 class="body-heading">%s</h2>' % e(v))
        elif k == "cap":
            body.append('<figure class="body-image"><picture><source srcset="https://img.dongbangonline.vn/webp/2026/07/03/dua-huu-co.webp" type="image/webp"><img src="https://img.dongbangonline.vn/2026/07/03/dua-huu-co.jpg" alt="Dừa hữu cơ"></picture><figcaption class="body-caption">%s</figcaption></figure>' % e(v))
    rel = side_items(rng, 3)
    lst = side_items(rng, 10)
    html_ = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>{e(a['title'])}</title>
<meta name="description" content="{ea(a['lead'])}">
<meta property="og:site_name" content="Đồng Bằng Online">
<meta property="og:type" content="article">
<meta property="og:title" content="{ea(a['title'])}">
<meta property="og:description" content="{ea(a['lead'])}">
<meta property="og:url" content="{url}">
<meta property="og:image" content="https://img.dongbangonline.vn/2026/07/03/dua-huu-co.jpg">
<link rel="canonical" href="{url}">
<link rel="stylesheet" href="https://static.dongbangonline.vn/css/detail.css?v=2026.6">
<style>{css_blob(rng, 'dbo', 100)}</style>
{ga_script('G-DBO703')}
</head>
<body>
<div class="page-wrap">
<header class="site-head">
<div class="site-head__top"><div class="grid"><span class="site-head__date">{crawl_wd(0)}</span><span class="site-head__hotline">Đường dây nóng: 0270 3 822 555</span></div></div>
<div class="grid site-head__main"><a class="site-head__logo" href="/"><img src="https://static.dongbangonline.vn/img/logo.png" alt="Đồng Bằng Online"></a><form class="site-head__search" action="/tim-kiem"><input name="q" placeholder="Tìm kiếm"><button type="submit">Tìm</button></form></div>
<nav class="site-nav"><div class="grid"><a href="/">Trang chủ</a><a href="/thoi-su">Thời sự</a><a href="/nong-nghiep" class="active">Nông nghiệp</a><a href="/kinh-te">Kinh tế</a><a href="/xa-hoi">Xã hội</a><a href="/van-hoa">Văn hóa</a><a href="/the-thao">Thể thao</a><a href="/phong-su">Phóng sự</a><a href="/video">Video</a></div></nav>
</header>
<main class="grid">
<section class="detail">
<div class="detail__header">
<div class="detail__cate"><a href="/nong-nghiep">Nông nghiệp</a></div>
<h1 class="detail__title">{e(a['title'])}</h1>
<div class="detail__meta"><span class="detail__author">{e(a['author'])}</span><span class="detail__time">{d:%H:%M} {d:%d/%m/%Y}</span></div>
<h2 class="detail__sapo">{e(a['lead'])}</h2>
</div>
<div class="detail__relate"><div class="relate-title">Tin liên quan</div><ul>{''.join('<li><a href="/%s.html">%s</a></li>' % (s, e(t)) for t, d2, s in rel)}</ul></div>
<div class="detail__row">
<div class="detail__aside"><div class="share-vertical"><a class="share-fb" href="#" title="Facebook">f</a><a class="share-zalo" href="#" title="Zalo">Z</a><a class="share-mail" href="#" title="Email">@</a><a class="share-print" href="#" title="In">⎙</a></div></div>
<div class="detail__content">
{chr(10).join(body)}
</div>
</div>
<div class="detail__tags"><a href="/tag/dua">dừa</a><a href="/tag/huu-co">hữu cơ</a><a href="/tag/vinh-long">Vĩnh Long</a></div>
<div class="detail__rating">Bạn thấy bài viết này thế nào? <button>Hữu ích</button> <button>Chưa hữu ích</button></div>
</section>
<aside class="sidebar">
<div class="sidebar__box"><h3>Tin mới</h3><ul>{''.join('<li><a href="/%s.html">%s</a><span>%s</span></li>' % (s, e(t), d2.strftime('%d/%m')) for t, d2, s in lst[:6])}</ul></div>
<div class="sidebar__box"><h3>Xem nhiều</h3><ol>{''.join('<li><a href="/%s.html">%s</a></li>' % (s, e(t)) for t, d2, s in lst[6:])}</ol></div>
</aside>
</main>
<footer class="site-foot"><div class="grid">
<p>Báo Đồng Bằng Online – Cơ quan của Liên minh Hợp tác xã tỉnh Vĩnh Long. Giấy phép số 204/GP-BTTTT ngày 15/8/2024.</p>
<p>Địa chỉ: 28 đường 30/4, phường Phước Hậu, tỉnh Vĩnh Long. Điện thoại: 0270 3 822 555.</p>
</div></footer>
</div>
<script src="https://static.dongbangonline.vn/js/detail.js?v=2026.6" defer></script>
</body>
</html>
"""
    return html_, article_side(name, "custom-news", url, "utf-8")

# ---------------------------------------------------------------------------
# o11: Liferay (VNPT ePortal) page, content pasted from Microsoft Word
# ---------------------------------------------------------------------------
LSD = ["Normal", "heading 1", "heading 2", "heading 3", "heading 4", "heading 5", "heading 6",
       "heading 7", "heading 8", "heading 9", "index 1", "index 2", "index 3", "toc 1", "toc 2",
       "toc 3", "toc 4", "toc 5", "toc 6", "toc 7", "toc 8", "toc 9", "Normal Indent",
       "footnote text", "annotation text", "header", "footer", "caption", "table of figures",
       "envelope address", "footnote reference", "line number", "page number", "endnote text",
       "List", "List Bullet", "List Number", "List 2", "List 3", "Title", "Signature",
       "Default Paragraph Font", "Body Text", "Body Text Indent", "List Continue", "Subtitle",
       "Salutation", "Date", "Body Text First Indent", "Note Heading", "Block Text", "Hyperlink",
       "FollowedHyperlink", "Strong", "Emphasis", "Document Map", "Plain Text", "Normal (Web)",
       "HTML Acronym", "HTML Address", "HTML Cite", "HTML Code", "Normal Table", "No List",
       "Table Grid", "Placeholder Text", "No Spacing", "Light Shading", "Light List", "Light Grid",
       "Medium Shading 1", "Medium Shading 2", "Medium List 1", "Medium List 2", "Medium Grid 1",
       "Medium Grid 2", "Medium Grid 3", "Dark List", "Colorful Shading", "Colorful List",
       "Colorful Grid", "Revision", "List Paragraph", "Quote", "Intense Quote", "Subtle Emphasis",
       "Intense Emphasis", "Subtle Reference", "Intense Reference", "Book Title", "Bibliography",
       "TOC Heading", "Plain Table 1", "Plain Table 2", "Grid Table 1 Light", "Grid Table 2",
       "Grid Table 3", "Grid Table 4", "Grid Table 5 Dark", "Grid Table 6 Colorful",
       "List Table 1 Light", "List Table 2", "List Table 3", "List Table 4", "Mention",
       "Smart Hyperlink", "Hashtag", "Unresolved Mention", "Smart Link"]

SPAN = 'lang="VI" style="font-size:14.0pt;line-height:115%;font-family:&quot;Times New Roman&quot;,serif;mso-fareast-font-family:&quot;Times New Roman&quot;;mso-ansi-language:VI"'


def word_text(s, rng):
    words = s.split(" ")
    out = []
    for i, w in enumerate(words):
        out.append(e(w))
        if i < len(words) - 1:
            out.append('<span style="mso-spacerun:yes">&nbsp;</span>' if rng.random() < 0.04 else " ")
    return "".join(out)


def p_o11(name):
    a, rng = A[name], rng_for(name)
    d = D(a)
    url = "https://sonoivu.thanhhoa.gov.vn/web/trang-chu/tin-tuc-su-kien/tap-huan-nghiep-vu-van-thu-luu-tru-cho-cong-chuc-cap-xa-nam-2026.html"
    lsd = "\n".join(' <w:LsdException Locked="false" Priority="%d" %sName="%s"/>' % (rng.randrange(1, 99), 'SemiHidden="true" UnhideWhenUsed="true" ' if rng.random() < 0.6 else 'QFormat="true" ', n)
                    for n in LSD * 3)
    word_head = f"""<!--[if gte mso 9]><xml>
 <o:OfficeDocumentSettings>
  <o:AllowPNG/>
 </o:OfficeDocumentSettings>
</xml><![endif]--><!--[if gte mso 9]><xml>
 <w:WordDocument>
  <w:View>Normal</w:View>
  <w:Zoom>0</w:Zoom>
  <w:TrackMoves/>
  <w:TrackFormatting/>
  <w:PunctuationKerning/>
  <w:ValidateAgainstSchemas/>
  <w:SaveIfXMLInvalid>false</w:SaveIfXMLInvalid>
  <w:IgnoreMixedContent>false</w:IgnoreMixedContent>
  <w:AlwaysShowPlaceholderText>false</w:AlwaysShowPlaceholderText>
  <w:DoNotPromoteQF/>
  <w:LidThemeOther>EN-US</w:LidThemeOther>
  <w:LidThemeAsian>X-NONE</w:LidThemeAsian>
  <w:LidThemeComplexScript>X-NONE</w:LidThemeComplexScript>
  <w:Compatibility>
   <w:BreakWrappedTables/>
   <w:SnapToGridInCell/>
   <w:WrapTextWithPunct/>
   <w:UseAsianBreakRules/>
   <w:DontGrowAutofit/>
  </w:Compatibility>
  <m:mathPr>
   <m:mathFont m:val="Cambria Math"/>
   <m:brkBin m:val="before"/>
   <m:defJc m:val="centerGroup"/>
  </m:mathPr></w:WordDocument>
</xml><![endif]--><!--[if gte mso 9]><xml>
 <w:LatentStyles DefLockedState="false" DefUnhideWhenUsed="false"
  DefSemiHidden="false" DefQFormat="false" DefPriority="99"
  LatentStyleCount="376">
{lsd}
 </w:LatentStyles>
</xml><![endif]--><!--[if gte mso 10]>
<style>
 /* Style Definitions */
 table.MsoNormalTable
	{{mso-style-name:"Table Normal";
	mso-tstyle-rowband-size:0;
	mso-tstyle-colband-size:0;
	mso-style-noshow:yes;
	mso-style-priority:99;
	mso-style-parent:"";
	mso-padding-alt:0cm 5.4pt 0cm 5.4pt;
	mso-para-margin-top:0cm;
	mso-para-margin-bottom:8.0pt;
	line-height:107%;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;}}
 table.MsoTableGrid
	{{mso-style-name:"Table Grid";
	mso-style-priority:39;
	border:solid windowtext 1.0pt;
	mso-border-alt:solid windowtext .5pt;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;}}
</style>
<![endif]-->"""
    body = [word_head]
    pind = 'style="margin-top:6.0pt;margin-right:0cm;margin-bottom:6.0pt;margin-left:0cm;text-align:justify;text-indent:36.0pt;line-height:115%"'
    blocks = a["blocks"]
    li_idx = [i for i, (k, _) in enumerate(blocks) if k == "li"]
    for i, (k, v) in enumerate(blocks):
        if k == "p":
            body.append('<p class="MsoNormal" %s><span %s>%s<o:p></o:p></span></p>' % (pind, SPAN, word_text(v, rng)))
        elif k == "h":
            body.append('<p class="MsoNormal" %s><b style="mso-bidi-font-weight:normal"><span %s>%s<o:p></o:p></span></b></p>' % (pind, SPAN, e(v)))
        elif k == "li":
            cls = "MsoListParagraphCxSpFirst" if i == li_idx[0] else ("MsoListParagraphCxSpLast" if i == li_idx[-1] else "MsoListParagraphCxSpMiddle")
            body.append('<p class="%s" style="margin-left:36.0pt;mso-add-space:auto;text-align:justify;text-indent:-18.0pt;line-height:115%%;mso-list:l0 level1 lfo1">'
                        '<![if !supportLists]><span %s><span style="mso-list:Ignore">-<span style="font:7.0pt &quot;Times New Roman&quot;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><![endif]>'
                        '<span %s>%s<o:p></o:p></span></p>' % (cls, SPAN, SPAN, word_text(v, rng)))
        elif k == "table":
            rows = []
            widths = [(123, "92.15pt"), (302, "226.8pt"), (213, "159.95pt")]
            for ri, row in enumerate(v):
                cells = []
                for ci, c in enumerate(row):
                    bd = "border:solid windowtext 1.0pt" if ri == 0 and ci == 0 else ("border:solid windowtext 1.0pt;border-left:none" if ri == 0 else ("border:solid windowtext 1.0pt;border-top:none" if ci == 0 else "border-top:none;border-left:none;border-bottom:solid windowtext 1.0pt;border-right:solid windowtext 1.0pt"))
                    txt = ('<b><span lang="VI" style="font-size:13.0pt;font-family:&quot;Times New Roman&quot;,serif">%s<o:p></o:p></span></b>' % e(c)) if ri == 0 else ('<span lang="VI" style="font-size:13.0pt;font-family:&quot;Times New Roman&quot;,serif">%s<o:p></o:p></span>' % e(c))
                    cells.append('<td width="%d" valign="top" style="width:%s;%s;mso-border-alt:solid windowtext .5pt;padding:0cm 5.4pt 0cm 5.4pt"><p class="MsoNormal" align="%s" style="margin-bottom:0cm;text-align:%s;line-height:normal">%s</p></td>'
                                 % (widths[ci][0], widths[ci][1], bd, "center" if ri == 0 else "left", "center" if ri == 0 else "left", txt))
                rows.append('<tr style="mso-yfti-irow:%d%s">%s</tr>' % (ri, ";mso-yfti-firstrow:yes" if ri == 0 else (";mso-yfti-lastrow:yes" if ri == len(v) - 1 else ""), "".join(cells)))
            body.append('<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt;mso-yfti-tbllook:1184;mso-padding-alt:0cm 5.4pt 0cm 5.4pt"><tbody>%s</tbody></table>' % "".join(rows))
            body.append('<p class="MsoNormal" style="margin-bottom:0cm;line-height:normal"><span lang="VI" style="font-size:14.0pt;font-family:&quot;Times New Roman&quot;,serif"><o:p>&nbsp;</o:p></span></p>')
    body.append('<p class="MsoNormal"><span lang="VI"><o:p>&nbsp;</o:p></span></p>')
    body.append('<p class="MsoNormal" align="right" style="margin-top:6.0pt;margin-right:0cm;margin-bottom:6.0pt;margin-left:0cm;text-align:right;line-height:115%%"><b style="mso-bidi-font-weight:normal"><i style="mso-bidi-font-style:normal"><span %s>%s<o:p></o:p></span></i></b></p>' % (SPAN, e(a["author"])))
    menu_top = ["Trang chủ", "Giới thiệu", "Tin tức - Sự kiện", "Chỉ đạo điều hành", "Văn bản", "Cải cách hành chính", "Thi đua - Khen thưởng", "Văn thư - Lưu trữ", "Tôn giáo", "Thủ tục hành chính", "Hỏi đáp", "Liên hệ"]
    left = ["Tổ chức bộ máy", "Công chức, viên chức", "Chính quyền địa phương", "Cải cách hành chính", "Văn thư - Lưu trữ", "Thi đua - Khen thưởng", "Thanh niên", "Lao động - Tiền lương", "Người có công", "Tôn giáo", "Đào tạo, bồi dưỡng"]
    news = side_items(rng, 12)
    liferay = ("var Liferay={Browser:{acceptsGzip:function(){return true},getMajorVersion:function(){return 131},getRevision:function(){return '537.36'},getVersion:function(){return '131.0'},isAir:function(){return false},isChrome:function(){return true},isFirefox:function(){return false},isGecko:function(){return true},isIe:function(){return false},isIphone:function(){return false},isLinux:function(){return false},isMac:function(){return false},isMobile:function(){return false},isMozilla:function(){return false},isOpera:function(){return false},isRtf:function(){return true},isSafari:function(){return true},isSun:function(){return false},isWap:function(){return false},isWapXhtml:function(){return false},isWebKit:function(){return true},isWindows:function(){return true},isWml:function(){return false}},"
               "Data:{NAV_SELECTOR:'#navigation',isCustomizationView:function(){return false},notices:[null]},ThemeDisplay:{getLayoutId:function(){return '112'},getLayoutURL:function(){return 'https://sonoivu.thanhhoa.gov.vn/web/trang-chu/tin-tuc-su-kien'},getParentLayoutId:function(){return '0'},isPrivateLayout:function(){return 'false'},isVirtualHost:function(){return true},getBCP47LanguageId:function(){return 'vi-VN'},getCDNBaseURL:function(){return 'https://sonoivu.thanhhoa.gov.vn'},getCompanyId:function(){return '10154'},getCompanyGroupId:function(){return '10194'},getDefaultLanguageId:function(){return 'vi_VN'},getDoAsUserIdEncoded:function(){return ''},getLanguageId:function(){return 'vi_VN'},getParentGroupId:function(){return '3021458'},getPathContext:function(){return ''},getPathImage:function(){return '/image'},getPathJavaScript:function(){return '/html/js'},getPathMain:function(){return '/c'},getPathThemeImages:function(){return 'https://sonoivu.thanhhoa.gov.vn/vnpt-portal-theme/images'},getPathThemeRoot:function(){return '/vnpt-portal-theme'},getPlid:function(){return '3021590'},getPortalURL:function(){return 'https://sonoivu.thanhhoa.gov.vn'},getScopeGroupId:function(){return '3021458'},getSessionId:function(){return ''},getSiteGroupId:function(){return '3021458'},getURLControlPanel:function(){return '/group/control_panel?refererPlid=3021590'},getURLHome:function(){return 'https://sonoivu.thanhhoa.gov.vn/web/guest'},getUserId:function(){return '10158'},getUserName:function(){return ''},isAddSessionIdToURL:function(){return false},isFreeformLayout:function(){return false},isImpersonated:function(){return false},isSignedIn:function(){return false},isStateExclusive:function(){return false},isStateMaximized:function(){return false},isStatePopUp:function(){return false}},PropsValues:{NTLM_AUTH_ENABLED:false,UPLOAD_SERVLET_REQUEST_IMPL_MAX_SIZE:104857600}};"
               "var themeDisplay=Liferay.ThemeDisplay;Liferay.AUI={getAvailableLangPath:function(){return 'available_languages.jsp?browserId=other&themeId=vnptportal_WAR_vnptportaltheme&colorSchemeId=01&minifierType=js&languageId=vi_VN&b=6205&t=1700000000000'},getCombine:function(){return true},getComboPath:function(){return '/combo/?browserId=other&minifierType=&languageId=vi_VN&b=6205&t=1700000000000&'},getFilter:function(){return 'min'},getJavaScriptRootPath:function(){return '/html/js'},getLangPath:function(){return 'aui_lang.jsp?browserId=other&themeId=vnptportal_WAR_vnptportaltheme&colorSchemeId=01&minifierType=js&languageId=vi_VN&b=6205&t=1700000000000'}};Liferay.authToken='Xh3kP0aZ';Liferay.currentURL='\\u002fweb\\u002ftrang-chu\\u002ftin-tuc-su-kien';Liferay.currentURLEncoded='%2Fweb%2Ftrang-chu%2Ftin-tuc-su-kien';")
    html_ = f"""<!DOCTYPE html>
<html class="ltr" dir="ltr" lang="vi-VN">
<head>
<title>{e(a['title'])} - Sở Nội vụ tỉnh Thanh Hóa</title>
<meta content="initial-scale=1.0, width=device-width" name="viewport" />
<meta content="text/html; charset=UTF-8" http-equiv="content-type" />
<meta property="og:title" content="{ea(a['title'])}" />
<meta property="og:type" content="article" />
<meta property="og:url" content="{url}" />
<meta property="og:image" content="https://sonoivu.thanhhoa.gov.vn/vnpt-portal-theme/images/logo.png" />
<link href="https://sonoivu.thanhhoa.gov.vn/vnpt-portal-theme/images/favicon.ico" rel="Shortcut Icon" />
<link href="{url}" rel="canonical" />
<link href="/html/css/main.css?browserId=other&amp;themeId=vnptportal_WAR_vnptportaltheme&amp;minifierType=css&amp;languageId=vi_VN&amp;b=6205&amp;t=1700000000000" rel="stylesheet" type="text/css" />
<link href="/html/portlet/journal_content/css/main.css?browserId=other&amp;themeId=vnptportal_WAR_vnptportaltheme&amp;minifierType=css&amp;languageId=vi_VN&amp;b=6205&amp;t=1700000000000" rel="stylesheet" type="text/css" />
<script type="text/javascript">
// <![CDATA[
{liferay}
// ]]>
</script>
<script src="/html/js/barebone.jsp?browserId=other&amp;themeId=vnptportal_WAR_vnptportaltheme&amp;colorSchemeId=01&amp;minifierType=js&amp;minifierBundleId=javascript.barebone.files&amp;languageId=vi_VN&amp;b=6205&amp;t=1700000000000" type="text/javascript"></script>
<link class="lfr-css-file" href="https://sonoivu.thanhhoa.gov.vn/vnpt-portal-theme/css/main.css?browserId=other&amp;themeId=vnptportal_WAR_vnptportaltheme&amp;minifierType=css&amp;languageId=vi_VN&amp;b=6205&amp;t=1700000000000" rel="stylesheet" type="text/css" />
<style type="text/css">{css_blob(rng, 'vnpt', 380)}</style>
</head>
<body class="yui3-skin-sam controls-visible guest-site signed-out public-page site">
<a href="#main-content" id="skip-to-content">Chuyển đến nội dung chính</a>
<div id="wrapper" class="container-fluid">
<header id="banner" role="banner">
<div class="top-header"><div class="date-now">{crawl_wd(0)}</div><div class="top-links"><a href="/web/trang-chu/so-do-cong">Sơ đồ cổng</a> | <a href="/web/trang-chu/lien-he">Liên hệ</a> | <a href="/c/portal/login">Đăng nhập</a></div></div>
<div class="banner-image"><a href="/web/trang-chu"><img alt="Sở Nội vụ tỉnh Thanh Hóa" src="/vnpt-portal-theme/images/banner-sonoivu.png" /></a></div>
<nav class="sort-pages modify-pages" id="navigation" role="navigation"><ul aria-label="Trang web" role="menubar">{''.join('<li class="%s" role="presentation"><a aria-labelledby="layout_%d" href="/web/trang-chu/%s" role="menuitem"><span>%s</span></a></li>' % ("selected" if m == "Tin tức - Sự kiện" else "", i + 1, slug(m), e(m)) for i, m in enumerate(menu_top))}</ul></nav>
<div class="search-bar"><form action="/web/trang-chu/tim-kiem" method="get" name="_3_fm"><input name="_3_keywords" size="30" title="Tìm kiếm" type="text" value="" /><input type="submit" value="Tìm kiếm" /></form></div>
</header>
<div id="content">
<div class="columns-3" id="main-content" role="main">
<div class="portlet-layout row-fluid">
<div class="portlet-column portlet-column-first span3" id="column-1">
<div class="portlet-boundary portlet-boundary_vnptmenu_WAR_vnptportlet_" id="p_p_id_vnptmenu_WAR_vnptportlet_INSTANCE_aK2m_"><div class="portlet-body"><div class="menu-left"><div class="title-menu">CHUYÊN MỤC</div><ul>{''.join('<li><a href="/web/trang-chu/%s">%s</a></li>' % (slug(x), e(x)) for x in left)}</ul></div></div></div>
<div class="portlet-boundary portlet-boundary_56_" id="p_p_id_56_INSTANCE_lk01_"><div class="portlet-body"><div class="journal-content-article"><p><a href="https://dichvucong.gov.vn"><img src="/documents/3021458/0/dvc.png" alt="Dịch vụ công" /></a></p><p><a href="https://thanhhoa.gov.vn"><img src="/documents/3021458/0/cong-tinh.png" alt="Cổng TTĐT tỉnh" /></a></p></div></div></div>
</div>
<div class="portlet-column span6" id="column-2">
<div class="portlet-boundary portlet-boundary_vnptnewsdetail_WAR_vnptportlet_ portlet-news-detail" id="p_p_id_vnptnewsdetail_WAR_vnptportlet_INSTANCE_Nd7q_">
<span id="p_vnptnewsdetail_WAR_vnptportlet_INSTANCE_Nd7q"></span>
<div class="portlet-body">
<div class="breadcrumb-news"><a href="/web/trang-chu">Trang chủ</a> &gt; <a href="/web/trang-chu/tin-tuc-su-kien">Tin tức - Sự kiện</a></div>
<div class="news-detail">
<div class="header-title-detail"><span class="title-content">{e(a['title'])}</span></div>
<div class="info-detail"><span class="date-detail">Ngày đăng {d:%d/%m/%Y} {d:%H:%M}</span> <span class="view-detail">Lượt xem: 412</span></div>
<div class="journal-content-article" id="article_10154_3021458_4417829_1.2">
{chr(10).join(body)}
</div>
<div class="tools-detail"><a href="javascript:window.print();">In trang</a> | <a href="/web/trang-chu/gui-email">Gửi email</a> | <a href="javascript:history.back();">Quay lại</a></div>
</div>
<div class="other-news"><div class="title-other">Tin cùng chuyên mục</div><ul>{''.join('<li><a href="/web/trang-chu/tin-tuc-su-kien/%s.html">%s</a> <span>(%s)</span></li>' % (s, e(t), d2.strftime('%d/%m/%Y')) for t, d2, s in news[:7])}</ul></div>
</div>
</div>
</div>
<div class="portlet-column portlet-column-last span3" id="column-3">
<div class="portlet-boundary"><div class="portlet-body"><div class="box-right"><div class="title-box">TIN NỔI BẬT</div><ul>{''.join('<li><a href="/web/trang-chu/tin-tuc-su-kien/%s.html">%s</a></li>' % (s, e(t)) for t, d2, s in news[7:])}</ul></div></div></div>
<div class="portlet-boundary"><div class="portlet-body"><div class="box-right"><div class="title-box">LIÊN KẾT WEBSITE</div><select onchange="window.open(this.value)"><option>--- Các sở, ban, ngành ---</option>{''.join('<option value="https://%s.thanhhoa.gov.vn">%s</option>' % (slug(x).replace('-', ''), e(x)) for x in DEPTS)}</select><select onchange="window.open(this.value)"><option>--- UBND xã, phường ---</option>{''.join('<option value="https://%s.thanhhoa.gov.vn">UBND xã %s</option>' % (slug(x).replace('-', ''), e(x)) for x in XA)}</select></div></div></div>
<div class="portlet-boundary"><div class="portlet-body"><div class="box-right"><div class="title-box">THỐNG KÊ TRUY CẬP</div><p>Đang truy cập: 35</p><p>Hôm nay: 1.208</p><p>Tổng lượt truy cập: 2.774.150</p></div></div></div>
</div>
</div>
</div>
</div>
<footer id="footer" role="contentinfo">
<p><strong>CỔNG THÔNG TIN ĐIỆN TỬ SỞ NỘI VỤ TỈNH THANH HÓA</strong></p>
<p>Cơ quan chủ quản: Sở Nội vụ tỉnh Thanh Hóa. Chịu trách nhiệm chính: Giám đốc Sở Nội vụ.</p>
<p>Địa chỉ: 28 Đại lộ Lê Lợi, phường Hạc Thành, tỉnh Thanh Hóa. Điện thoại: 0237 3 852 414. Email: snv@thanhhoa.gov.vn</p>
<p>Ghi rõ nguồn "Cổng thông tin điện tử Sở Nội vụ tỉnh Thanh Hóa" khi phát hành lại thông tin từ website này.</p>
</footer>
</div>
<script type="text/javascript">
// <![CDATA[
Liferay.Util.addInputFocus();
Liferay.Portlet.runtimePortletIds=["vnptmenu_WAR_vnptportlet_INSTANCE_aK2m","56_INSTANCE_lk01","vnptnewsdetail_WAR_vnptportlet_INSTANCE_Nd7q"];
{js_blob(rng, 260, 'Liferay')}
AUI().use('aui-base','liferay-menu','liferay-notice','liferay-poller',function(A){{(function(){{Liferay.Util.addInputType();Liferay.Portlet.ready(function(portletId,node){{Liferay.Util.addInputType(node);}});}})();(function(){{new Liferay.Menu();var liferayNotices=Liferay.Data.notices;for(var i=1;i<liferayNotices.length;i++){{new Liferay.Notice(liferayNotices[i]);}}}})();}});
// ]]>
</script>
<script src="https://sonoivu.thanhhoa.gov.vn/vnpt-portal-theme/js/main.js?browserId=other&amp;minifierType=js&amp;languageId=vi_VN&amp;b=6205&amp;t=1700000000000" type="text/javascript"></script>
</body>
</html>
"""
    return html_, article_side(name, "liferay-vnpt-eportal", url, "utf-8")


# ---------------------------------------------------------------------------
# o12: ASP.NET WebForms site, layout tables nested three deep, <font>, <center>,
#      captions in a table row under the image, huge view state
# ---------------------------------------------------------------------------
def p_o12(name):
    a, rng = A[name], rng_for(name)
    d = D(a)
    url = "http://chuthapdoquangngai.org.vn/ChiTietTin.aspx?ID=2387&CatID=4"
    body = []
    ncap = 0
    for k, v in a["blocks"]:
        if k == "p":
            body.append('<p align="justify">%s</p>' % e(v))
        elif k == "cap":
            ncap += 1
            body.append('<center><table border="0" cellpadding="2" cellspacing="0" width="500"><tr><td align="center"><img src="/Upload/TinTuc/2025/11/traoqua_sonha_%d.jpg" width="480" border="0" alt=""></td></tr>'
                        '<tr><td align="center" bgcolor="#F2F2F2"><font face="Arial" size="1" color="#333333"><i>%s</i></font></td></tr></table></center>' % (ncap, e(v)))
    vs = "/wEPDwUKMTM0NTY3ODkwMg9kFgJmD2QWAgIDD2QWBgIBD2QWAmYPFgIeBFRleHQF" + b64(rng, 88000)
    ev = "/wEdAA" + b64(rng, 600)
    menu = ["TRANG CHỦ", "GIỚI THIỆU", "TIN HOẠT ĐỘNG", "CÔNG TÁC XÃ HỘI", "SƠ CẤP CỨU", "HIẾN MÁU TÌNH NGUYỆN", "VĂN BẢN", "THƯ VIỆN ẢNH", "LIÊN HỆ"]
    left = ["Tin hoạt động", "Nhân đạo - Từ thiện", "Chăm sóc sức khỏe", "Phòng ngừa thảm họa", "Truyền thông", "Tìm kiếm thân nhân", "Gương người tốt việc tốt", "Văn bản chỉ đạo", "Hỏi đáp", "Ủng hộ trực tuyến"]
    lst = side_items(rng, 10, start=dt.date(2026, 11, 19))
    leftrows = "".join('<tr><td height="24" style="border-bottom:1px dotted #CCCCCC"><img src="/images/bullet_red.gif" width="7" height="7" border="0"> <a href="/DanhMuc.aspx?CatID=%d"><font face="Arial" size="2" color="#333333">%s</font></a></td></tr>' % (i + 1, e(x)) for i, x in enumerate(left))
    html_ = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head id="ctl00_Head1"><title>
	Hội Chữ thập đỏ tỉnh Quảng Ngãi - {e(a['title'])}
</title><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><meta name="keywords" content="chữ thập đỏ, nhân đạo, Quảng Ngãi" /><meta name="description" content="{ea(a['lead'])}" /><meta property="og:title" content="{ea(a['title'])}" /><meta property="og:url" content="{ea(url)}" /><meta property="og:image" content="http://chuthapdoquangngai.org.vn/Upload/TinTuc/2025/11/traoqua_sonha_1.jpg" /><link href="/css/style.css" rel="stylesheet" type="text/css" />
<style type="text/css">{css_blob(rng, 'ctd', 40)}</style>
<script language="javascript" type="text/javascript" src="/js/menu.js"></script>
</head>
<body leftmargin="0" topmargin="0" marginwidth="0" marginheight="0" bgcolor="#E8E8E8">
<form name="aspnetForm" method="post" action="./ChiTietTin.aspx?ID=2387&amp;CatID=4" id="aspnetForm">
<div>
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{vs}" />
</div>
<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['aspnetForm'];
if (!theForm) {{
    theForm = document.aspnetForm;
}}
function __doPostBack(eventTarget, eventArgument) {{
    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {{
        theForm.__EVENTTARGET.value = eventTarget;
        theForm.__EVENTARGUMENT.value = eventArgument;
        theForm.submit();
    }}
}}
//]]>
</script>
<script src="/WebResource.axd?d=pynGkmcFUV13He1Qd6_TZBk1Xq8m5Yc0&amp;t=638250000000000000" type="text/javascript"></script>
<center>
<table width="1000" border="0" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
<tr><td colspan="3"><img src="/images/banner_chuthapdo.jpg" width="1000" height="150" border="0" alt="Hội Chữ thập đỏ tỉnh Quảng Ngãi" /></td></tr>
<tr><td colspan="3" bgcolor="#CC0000" height="30" align="center">{' <font color="#FFFFFF">|</font> '.join('<a href="/DanhMuc.aspx?m=%d"><font face="Arial" size="2" color="#FFFFFF"><b>%s</b></font></a>' % (i, e(m)) for i, m in enumerate(menu))}</td></tr>
<tr><td colspan="3" bgcolor="#F5F5F5" height="26"><table width="100%" border="0" cellpadding="0" cellspacing="0"><tr><td>&nbsp;<font face="Tahoma" size="1" color="#666666">{crawl_wd(1)}</font></td><td align="right"><input name="ctl00$txtSearch" type="text" id="ctl00_txtSearch" size="20" /> <input type="submit" name="ctl00$btnSearch" value="Tìm kiếm" id="ctl00_btnSearch" />&nbsp;</td></tr></table></td></tr>
<tr>
<td width="200" valign="top" bgcolor="#FAFAFA">
<table width="100%" border="0" cellpadding="4" cellspacing="0"><tr><td bgcolor="#CC0000"><font face="Arial" size="2" color="#FFFFFF"><b>DANH MỤC</b></font></td></tr>{leftrows}</table>
<br /><center><a href="/UngHo.aspx"><img src="/images/ung_ho_truc_tuyen.gif" width="180" border="0" alt="Ủng hộ trực tuyến" /></a></center><br />
<table width="100%" border="0" cellpadding="4" cellspacing="0"><tr><td bgcolor="#CC0000"><font face="Arial" size="2" color="#FFFFFF"><b>HỖ TRỢ TRỰC TUYẾN</b></font></td></tr><tr><td><font face="Arial" size="2">Văn phòng Hội: 0255 3 822 417<br />Email: chuthapdo@quangngai.gov.vn</font></td></tr></table>
</td>
<td width="600" valign="top">
<table width="100%" border="0" cellpadding="0" cellspacing="0">
<tr><td height="26" background="/images/bg_path.gif">&nbsp;<font face="Arial" size="1" color="#666666"><a href="/">Trang chủ</a> &raquo; <a href="/DanhMuc.aspx?CatID=4">Tin hoạt động</a></font></td></tr>
<tr><td valign="top">
<table width="100%" border="0" cellpadding="6" cellspacing="0">
<tr><td><font face="Arial" size="3" color="#0066CC"><b><span id="ctl00_ContentPlaceHolder1_lblTieuDe">{e(a['title'])}</span></b></font></td></tr>
<tr><td><font face="Arial" size="1" color="#808080"><i>Ngày đăng: <span id="ctl00_ContentPlaceHolder1_lblNgayDang">{d:%d/%m/%Y}</span></i></font></td></tr>
<tr><td><font face="Arial" size="2"><b><span id="ctl00_ContentPlaceHolder1_lblTomTat">{e(a['lead'])}</span></b></font></td></tr>
<tr><td><font face="Arial" size="2"><span id="ctl00_ContentPlaceHolder1_lblNoiDung">
{chr(10).join(body)}
<p align="right"><b><i>{e(a['author'])}</i></b></p>
</span></font></td></tr>
<tr><td align="right"><a href="javascript:window.print()"><img src="/images/print.gif" border="0" alt="In" /></a> <a href="javascript:history.back()"><font face="Arial" size="1">[Trở về]</font></a></td></tr>
<tr><td><font face="Arial" size="2" color="#CC0000"><b>CÁC TIN KHÁC:</b></font><br />{''.join('<img src="/images/arrow.gif" border="0" /> <a href="/ChiTietTin.aspx?ID=%d&amp;CatID=4"><font face="Arial" size="2">%s</font></a> <font size="1" color="#999999">(%s)</font><br />' % (2380 - i, e(t), d2.strftime('%d/%m/%Y')) for i, (t, d2, s) in enumerate(lst[:7]))}</td></tr>
</table>
</td></tr>
</table>
</td>
<td width="200" valign="top" bgcolor="#FAFAFA">
<table width="100%" border="0" cellpadding="4" cellspacing="0"><tr><td bgcolor="#CC0000"><font face="Arial" size="2" color="#FFFFFF"><b>LIÊN KẾT</b></font></td></tr><tr><td align="center"><a href="https://redcross.org.vn"><img src="/images/lk_tw.jpg" width="180" border="0" alt="Trung ương Hội" /></a><br /><br /><a href="https://quangngai.gov.vn"><img src="/images/lk_tinh.jpg" width="180" border="0" alt="Cổng TTĐT tỉnh" /></a></td></tr></table>
<table width="100%" border="0" cellpadding="4" cellspacing="0"><tr><td bgcolor="#CC0000"><font face="Arial" size="2" color="#FFFFFF"><b>THỐNG KÊ TRUY CẬP</b></font></td></tr><tr><td><font face="Arial" size="2">Đang online: <span id="ctl00_lblOnline">12</span><br />Lượt truy cập: <span id="ctl00_lblTong">1.402.996</span></font></td></tr></table>
</td>
</tr>
<tr><td colspan="3" bgcolor="#CC0000" height="60"><center><font face="Arial" size="1" color="#FFFFFF">BẢN QUYỀN THUỘC HỘI CHỮ THẬP ĐỎ TỈNH QUẢNG NGÃI<br />Địa chỉ: 145 Hùng Vương, phường Cẩm Thành, tỉnh Quảng Ngãi - Điện thoại: 0255 3 822 417<br />Thiết kế và phát triển: Trung tâm CNTT&amp;TT Quảng Ngãi</font></center></td></tr>
</table>
</center>
<div>
<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="A0B1C2D3" />
<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="{ev}" />
</div></form>
</body>
</html>
"""
    return html_, article_side(name, "aspnet-webforms-tables", url, "utf-8")


# ---------------------------------------------------------------------------
# o13: HTML 4 school site, upper-case tags, unclosed <P> and <LI>
# ---------------------------------------------------------------------------
def p_o13(name):
    a, rng = A[name], rng_for(name)
    d = D(a)
    url = "http://www.cdktcnhungvuong.edu.vn/tintuc/chitiet.php?id=1874"
    out = []
    inlist = False
    for k, v in a["blocks"]:
        if k == "li":
            if not inlist:
                out.append("<UL>")
                inlist = True
            out.append("<LI>%s" % e(v))
            continue
        if inlist:
            out.append("</UL>")
            inlist = False
        if k == "p":
            out.append("<P align=justify>%s" % e(v))
    first = out[0].replace("<P align=justify>", "<P align=justify><B>", 1) + "</B>"
    out[0] = first
    lst = side_items(rng, 8)
    html_ = f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<HTML>
<HEAD>
<META http-equiv=Content-Type content="text/html; charset=utf-8">
<TITLE>Trường Cao đẳng Kỹ thuật Công nghiệp Hùng Vương :: Tin tức</TITLE>
<META name=description content="{ea(a['title'])}">
<META property=og:title content="{ea(a['title'])}">
<META property=og:url content="{url}">
<LINK href="../css/style.css" type=text/css rel=stylesheet>
<SCRIPT language=JavaScript src="../js/menu.js" type=text/javascript></SCRIPT>
<SCRIPT language=JavaScript type=text/javascript>
function MM_swapImgRestore(){{var i,x,a=document.MM_sr;for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++)x.src=x.oSrc;}}
function MM_preloadImages(){{var d=document;if(d.images){{if(!d.MM_p)d.MM_p=new Array();var i,j=d.MM_p.length,a=MM_preloadImages.arguments;for(i=0;i<a.length;i++)if(a[i].indexOf("#")!=0){{d.MM_p[j]=new Image;d.MM_p[j++].src=a[i];}}}}}}
{js_blob(rng, 12, 'document')}
</SCRIPT>
<STYLE type=text/css>{css_blob(rng, 'hv', 50)}</STYLE>
</HEAD>
<BODY bgColor=#ffffff leftMargin=0 topMargin=0 onload="MM_preloadImages('../images/menu_on.gif')">
<DIV id=wrapper>
<DIV id=header><IMG height=160 src="../images/banner_hv.jpg" width=980 border=0></DIV>
<DIV id=topmenu>
<A href="../index.php">Trang chủ</A> | <A href="../gioithieu.php">Giới thiệu</A> | <A href="../tintuc/">Tin tức - Sự kiện</A> | <A href="../tuyensinh/">Tuyển sinh</A> | <A href="../daotao/">Đào tạo</A> | <A href="../hssv/">Học sinh - Sinh viên</A> | <A href="../vieclam/">Việc làm</A> | <A href="../lienhe.php">Liên hệ</A>
</DIV>
<DIV id=datebar><FONT face=Tahoma size=1>Hôm nay: {crawl_wd(0)}</FONT></DIV>
<TABLE cellSpacing=0 cellPadding=0 width=980 border=0>
<TR>
<TD vAlign=top width=200 class=leftcol>
<DIV class=boxtitle>THÔNG BÁO</DIV>
<UL class=thongbao>
<LI><A href="../thongbao/tb112.php">Thông báo lịch thi học kỳ II</A>
<LI><A href="../thongbao/tb111.php">Kế hoạch thực tập tốt nghiệp khóa 17</A>
<LI><A href="../thongbao/tb110.php">Danh sách sinh viên nhận học bổng</A>
<LI><A href="../thongbao/tb109.php">Lịch tiếp sinh viên của Ban Giám hiệu</A>
</UL>
<DIV class=boxtitle>LIÊN KẾT</DIV>
<P><A href="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</A>
<P><A href="https://molisa.gov.vn">Giáo dục nghề nghiệp</A>
<P><A href="https://phutho.gov.vn">Cổng TTĐT tỉnh Phú Thọ</A>
</TD>
<TD vAlign=top width=580 class=maincol>
<DIV class=path><A href="../index.php">Trang chủ</A> &gt;&gt; <A href="../tintuc/">Tin tức - Sự kiện</A></DIV>
<DIV class=newstitle><FONT color=#003399 size=4><B>{e(a['title'])}</B></FONT></DIV>
<DIV class=newsdate><FONT color=#888888 size=1>Ngày đăng: {d:%d-%m-%Y %H:%M}</FONT></DIV>
<DIV class=newscontent>
{chr(10).join(out)}
<P align=right><B>Tác giả: {e(a['author'])}</B>
</DIV>
<DIV class=othernews><B>Các tin khác:</B>
<UL>
{''.join('<LI><A href="chitiet.php?id=%d">%s</A> <FONT size=1>(%s)</FONT>' % (1870 - i, e(t), d2.strftime('%d-%m-%Y')) for i, (t, d2, s) in enumerate(lst))}
</UL>
</DIV>
</TD>
<TD vAlign=top width=200 class=rightcol>
<DIV class=boxtitle>TÌM KIẾM</DIV>
<FORM action=../timkiem.php method=get><INPUT size=18 name=tukhoa> <INPUT type=submit value=Tìm></FORM>
<DIV class=boxtitle>HỖ TRỢ TUYỂN SINH</DIV>
<P>Hotline: 0210 3 846 275
<P>Email: tuyensinh@cdktcnhungvuong.edu.vn
<DIV class=boxtitle>THỐNG KÊ</DIV>
<P>Online: 9
<P>Lượt truy cập: 611.049
</TD>
</TR>
</TABLE>
<DIV id=footer>TRƯỜNG CAO ĐẲNG KỸ THUẬT CÔNG NGHIỆP HÙNG VƯƠNG<BR>Địa chỉ: Đường Nguyễn Tất Thành, phường Thanh Miếu, tỉnh Phú Thọ<BR>Điện thoại: 0210 3 846 275 - Fax: 0210 3 846 276</DIV>
</DIV>
</BODY>
</HTML>
"""
    return html_, article_side(name, "static-php-html4", url, "utf-8")


# ---------------------------------------------------------------------------
# o14: department portal; the only date is in the URL and a "Ngày" line
#      printed after the body
# ---------------------------------------------------------------------------
def p_o14(name):
    a, rng = A[name], rng_for(name)
    d = D(a)
    url = "https://stp.quangtri.gov.vn/tin-tuc/%04d/%02d/%02d/%s" % (d.year, d.month, d.day, slug(a["title"]))
    body = []
    for k, v in a["blocks"]:
        if k == "p":
            body.append("<p>%s</p>" % e(v))
    side = rng.sample(HEADLINES, 8)
    menu = ["Trang chủ", "Giới thiệu", "Tin tức - Sự kiện", "Phổ biến giáo dục pháp luật", "Hành chính tư pháp", "Bổ trợ tư pháp", "Văn bản pháp luật", "Thủ tục hành chính", "Hỏi đáp pháp luật", "Liên hệ"]
    html_ = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(a['title'])} | Sở Tư pháp tỉnh Quảng Trị</title>
<meta name="description" content="{ea(a['blocks'][0][1])}">
<meta property="og:title" content="{ea(a['title'])}">
<meta property="og:type" content="article">
<meta property="og:url" content="{url}">
<meta property="og:site_name" content="Sở Tư pháp tỉnh Quảng Trị">
<link rel="stylesheet" href="/themes/stp/assets/css/bootstrap.min.css">
<link rel="stylesheet" href="/themes/stp/assets/css/style.css">
<style>{css_blob(rng, 'stp', 90)}</style>
{ga_script('G-STPQT1')}
</head>
<body>
<div class="header-top"><div class="container"><div class="row"><div class="col-md-6"><i class="fa fa-calendar"></i> {crawl_wd(0)}</div><div class="col-md-6 text-right"><a href="/site-map">Sơ đồ trang</a> | <a href="/rss">RSS</a> | <a href="/en">English</a></div></div></div></div>
<div class="banner"><div class="container"><a href="/"><img src="/themes/stp/assets/img/banner-stp.png" alt="Sở Tư pháp tỉnh Quảng Trị" class="img-fluid"></a></div></div>
<nav class="navbar navbar-expand-lg main-menu"><div class="container"><ul class="navbar-nav">{''.join('<li class="nav-item"><a class="nav-link" href="/%s">%s</a></li>' % (slug(m), e(m)) for m in menu)}</ul><form class="form-inline search" action="/tim-kiem"><input class="form-control" type="search" name="keyword" placeholder="Tìm kiếm"><button class="btn" type="submit"><i class="fa fa-search"></i></button></form></div></nav>
<div class="container page-content">
<div class="row">
<div class="col-lg-8">
<ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">Trang chủ</a></li><li class="breadcrumb-item"><a href="/tin-tuc">Tin tức - Sự kiện</a></li><li class="breadcrumb-item active">Phổ biến giáo dục pháp luật</li></ol>
<div class="news-detail">
<h2 class="news-detail-title">{e(a['title'])}</h2>
<div class="news-detail-tool"><a href="javascript:window.print()"><i class="fa fa-print"></i> In bài viết</a> <a href="#" class="btn-share-fb"><i class="fa fa-facebook"></i> Chia sẻ</a></div>
<div class="news-detail-content">
{chr(10).join(body)}
</div>
<p class="news-detail-author" style="text-align:right"><strong>{e(a['author'])}</strong></p>
<div class="news-detail-date" style="text-align:right"><em>Ngày {d:%d/%m/%Y}</em></div>
</div>
<div class="news-other"><h4>Các tin khác</h4><ul>{''.join('<li><a href="/tin-tuc/%s">%s</a></li>' % (slug(t), e(t)) for t in side[:5])}</ul></div>
</div>
<div class="col-lg-4 sidebar">
<div class="widget"><h4 class="widget-title">Tin nổi bật</h4><ul>{''.join('<li><a href="/tin-tuc/%s">%s</a></li>' % (slug(t), e(t)) for t in side[5:])}</ul></div>
<div class="widget"><h4 class="widget-title">Dịch vụ công trực tuyến</h4><a href="https://dichvucong.quangtri.gov.vn"><img src="/themes/stp/assets/img/dvc.png" alt="Dịch vụ công" class="img-fluid"></a></div>
<div class="widget"><h4 class="widget-title">Hỏi đáp pháp luật</h4><p>Người dân có thể gửi câu hỏi về các vấn đề pháp luật, thủ tục hành chính để được giải đáp.</p><a class="btn btn-primary" href="/hoi-dap/gui-cau-hoi">Gửi câu hỏi</a></div>
<div class="widget"><h4 class="widget-title">Thống kê truy cập</h4><p>Đang truy cập: 18<br>Tổng lượt truy cập: 873.215</p></div>
</div>
</div>
</div>
<footer class="footer"><div class="container">
<p><strong>SỞ TƯ PHÁP TỈNH QUẢNG TRỊ</strong></p>
<p>Địa chỉ: 12 Trần Hưng Đạo, phường Đồng Hới, tỉnh Quảng Trị. Điện thoại: 0232 3 822 144. Email: stp@quangtri.gov.vn</p>
<p>Chịu trách nhiệm nội dung: Giám đốc Sở Tư pháp tỉnh Quảng Trị.</p>
</div></footer>
<script src="/themes/stp/assets/js/jquery.min.js"></script>
<script src="/themes/stp/assets/js/bootstrap.bundle.min.js"></script>
</body>
</html>
"""
    return html_, article_side(name, "custom-php", url, "utf-8")


# ---------------------------------------------------------------------------
# o15: CKEditor output with an inline style on every element; captions in
#      a table row under the image
# ---------------------------------------------------------------------------
def p_o15(name):
    a, rng = A[name], rng_for(name)
    d = D(a)
    url = "https://thudaumot.hochiminhcity.gov.vn/tin-tuc-su-kien/-/asset_publisher/tdm01/content/phuong-thu-dau-mot-ra-mat-mo-hinh-to-dan-pho-so"
    P = 'style="text-align:justify; margin:0cm 0cm 6pt; line-height:1.5;"'
    S1 = 'style="font-size:14pt;"'
    S2 = "style=\"font-family:'Times New Roman',Times,serif;\""
    S3 = 'style="color:#000000;"'
    def para(t, strong=False):
        inner = e(t)
        if strong:
            inner = '<strong style="font-weight:bold;">%s</strong>' % inner
        return '<p %s><span %s><span %s><span %s>%s</span></span></span></p>' % (P, S1, S2, S3, inner)
    body = [para(a["lead"], True)]
    n = 0
    for k, v in a["blocks"]:
        if k == "p":
            body.append(para(v))
        elif k == "cap":
            n += 1
            body.append('<table align="center" border="0" cellpadding="3" cellspacing="0" style="width:600px; margin:6pt auto; border-collapse:collapse;"><tbody style="border:none;">'
                        '<tr style="border:none;"><td style="text-align:center; padding:3px;"><img alt="" src="/documents/20126/tdm/2026/09/to-dan-pho-so-%d.jpg" style="width:600px; height:400px; border:0;" /></td></tr>'
                        '<tr style="border:none;"><td style="text-align:center; padding:3px; background-color:#f2f2f2;"><span style="font-size:12pt;"><em style="font-style:italic;"><span style="font-family:\'Times New Roman\',Times,serif;">%s</span></em></span></td></tr>'
                        '</tbody></table>' % (n, e(v)))
    body.append('<p style="text-align:right; margin:0cm 0cm 6pt;"><strong style="font-weight:bold;"><span style="font-size:14pt;"><span style="font-family:\'Times New Roman\',Times,serif;">Tin, ảnh: %s</span></span></strong></p>' % e(a["author"]))
    news = side_items(rng, 10)
    html_ = f"""<!DOCTYPE html>
<html lang="vi" style="font-size:16px;">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(a['title'])} - Cổng thông tin điện tử phường Thủ Dầu Một</title>
<meta name="description" content="{ea(a['lead'])}">
<meta property="og:title" content="{ea(a['title'])}">
<meta property="og:description" content="{ea(a['lead'])}">
<meta property="og:type" content="article">
<meta property="og:url" content="{url}">
<meta property="og:image" content="https://thudaumot.hochiminhcity.gov.vn/documents/20126/tdm/2026/09/to-dan-pho-so-1.jpg">
<link rel="stylesheet" href="/o/tdm-theme/css/main.css?t=1757000000000">
<style>{css_blob(rng, 'tdm', 120)}</style>
{ga_script('G-TDM0915')}
</head>
<body style="margin:0; padding:0; background:#f4f6f9; font-family:Roboto,Arial,sans-serif;">
<div style="background:#0b4d8c; color:#ffffff; font-size:13px; padding:6px 0;"><div style="max-width:1170px; margin:0 auto; padding:0 15px;"><span style="float:left;">{crawl_wd(1)}</span><span style="float:right;"><a href="/lien-he" style="color:#ffffff;">Liên hệ</a> | <a href="/so-do-trang" style="color:#ffffff;">Sơ đồ trang</a></span><div style="clear:both;"></div></div></div>
<div style="background:#ffffff;"><div style="max-width:1170px; margin:0 auto; padding:10px 15px;"><a href="/" style="display:inline-block;"><img src="/o/tdm-theme/images/logo-tdm.png" alt="Phường Thủ Dầu Một" style="height:80px;"></a><span style="display:inline-block; margin-left:15px; vertical-align:middle; color:#c00000; font-size:22px; font-weight:bold;">CỔNG THÔNG TIN ĐIỆN TỬ PHƯỜNG THỦ DẦU MỘT</span></div></div>
<div style="background:#c00000;"><ul style="max-width:1170px; margin:0 auto; padding:0 15px; list-style:none;">{''.join('<li style="display:inline-block;"><a href="/%s" style="display:block; padding:10px 14px; color:#ffffff; text-decoration:none;">%s</a></li>' % (slug(m), e(m)) for m in ["Trang chủ", "Giới thiệu", "Tin tức - Sự kiện", "Chính quyền số", "Thủ tục hành chính", "Văn bản", "Quy hoạch", "Khu phố", "Hỏi đáp"])}<li style="display:inline-block; float:right;"><form action="/tim-kiem" style="margin:6px 0;"><input type="text" name="q" placeholder="Tìm kiếm" style="padding:4px 8px; border:0;"></form></li></ul></div>
<div style="max-width:1170px; margin:15px auto; padding:0 15px; overflow:hidden;">
<div style="float:left; width:68%; background:#ffffff; padding:15px; box-sizing:border-box;">
<div style="font-size:13px; color:#777777; margin-bottom:10px;"><a href="/" style="color:#777777;">Trang chủ</a> › <a href="/tin-tuc-su-kien" style="color:#777777;">Tin tức - Sự kiện</a></div>
<h3 style="font-size:24px; color:#0b4d8c; margin:0 0 8px; line-height:1.35;">{e(a['title'])}</h3>
<div style="font-size:13px; color:#999999; margin-bottom:12px;"><span style="margin-right:12px;">{d:%d/%m/%Y %H:%M}</span><span style="margin-right:12px;">Lượt xem: 268</span><a href="javascript:window.print()" style="color:#999999;">In bài</a></div>
<div class="journal-content-article" style="font-size:16px; color:#222222;">
{chr(10).join(body)}
</div>
<div style="margin-top:15px; border-top:1px solid #e5e5e5; padding-top:10px;"><h4 style="font-size:16px; color:#c00000; margin:0 0 8px;">Tin cùng chuyên mục</h4><ul style="margin:0; padding-left:18px;">{''.join('<li style="margin-bottom:6px;"><a href="/tin-tuc-su-kien/%s" style="color:#333333;">%s</a> <span style="color:#999999; font-size:12px;">(%s)</span></li>' % (s, e(t), d2.strftime('%d/%m/%Y')) for t, d2, s in news[:6])}</ul></div>
</div>
<div style="float:right; width:30%;">
<div style="background:#ffffff; padding:12px; margin-bottom:15px;"><h4 style="margin:0 0 8px; color:#0b4d8c; font-size:16px; border-bottom:2px solid #0b4d8c; padding-bottom:5px;">Tin mới</h4><ul style="margin:0; padding-left:18px;">{''.join('<li style="margin-bottom:6px;"><a href="/tin-tuc-su-kien/%s" style="color:#333333;">%s</a></li>' % (s, e(t)) for t, d2, s in news[6:])}</ul></div>
<div style="background:#ffffff; padding:12px; margin-bottom:15px;"><a href="https://dichvucong.gov.vn" style="display:block;"><img src="/o/tdm-theme/images/dvc-quoc-gia.png" alt="Dịch vụ công quốc gia" style="width:100%;"></a></div>
<div style="background:#ffffff; padding:12px;"><h4 style="margin:0 0 8px; color:#0b4d8c; font-size:16px;">Thống kê truy cập</h4><p style="margin:0;">Đang truy cập: 27</p><p style="margin:0;">Tổng: 415.882</p></div>
</div>
</div>
<div style="background:#0b4d8c; color:#ffffff; font-size:13px; padding:15px 0;"><div style="max-width:1170px; margin:0 auto; padding:0 15px;">
<p style="margin:0 0 4px; font-weight:bold;">ỦY BAN NHÂN DÂN PHƯỜNG THỦ DẦU MỘT</p>
<p style="margin:0 0 4px;">Địa chỉ: 01 Quang Trung, phường Thủ Dầu Một, Thành phố Hồ Chí Minh. Điện thoại: 0274 3 822 651</p>
<p style="margin:0;">Chịu trách nhiệm chính: Chủ tịch UBND phường Thủ Dầu Một.</p>
</div></div>
<script src="/o/tdm-theme/js/main.js?t=1757000000000"></script>
</body>
</html>
"""
    return html_, article_side(name, "liferay-dxp-ckeditor", url, "utf-8")

# ---------------------------------------------------------------------------
# o16: Drupal portal; Google Maps iframe and YouTube iframe inside the body
# ---------------------------------------------------------------------------
def p_o16(name):
    a, rng = A[name], rng_for(name)
    d = D(a)
    url = "https://hcc.lamdong.gov.vn/tin-tuc/thong-bao/trung-tam-phuc-vu-hanh-chinh-cong-tinh-chuyen-den-tru-so-moi"
    body = []
    for k, v in a["blocks"]:
        if k == "p":
            body.append("<p>%s</p>" % e(v))
        elif k == "h":
            body.append("<h3>%s</h3>" % e(v))
        elif k == "mcap":
            body.append('<p><iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3903.6!2d108.4418!3d11.9404!2m3!1f0!2f0!3f0!3m2!1i1024!2i768!4f13.1!3m3!1m2!1s0x317112d959f88991%3A0x9c66baf1767356fa!2zVHLhuqduIFBow7osIMSQw6AgTOG6oXQ!5e0!3m2!1svi!2s!4v1764030000000" width="100%" height="420" style="border:0;" allowfullscreen="" loading="lazy" referrerpolicy="no-referrer-when-downgrade"></iframe></p>')
            body.append('<p class="text-align-center"><em>%s</em></p>' % e(v))
        elif k == "vcap":
            body.append('<div class="video-embed-field-provider-youtube video-embed-field-responsive-video"><iframe width="854" height="480" frameborder="0" allowfullscreen="allowfullscreen" src="https://www.youtube.com/embed/pV7nHq2cRzE?autoplay=0&amp;start=0&amp;rel=0"></iframe></div>')
            body.append('<p class="text-align-center"><em>%s</em></p>' % e(v))
    lst = side_items(rng, 9, start=dt.date(2026, 11, 20))
    drupal = json.dumps({"path": {"baseUrl": "/", "pathPrefix": "", "currentPath": "node/4127", "currentPathIsAdmin": False, "isFront": False, "currentLanguage": "vi"},
                         "pluralDelimiter": "\u0003", "suppressDeprecationErrors": True,
                         "ajaxPageState": {"libraries": ",".join("core/%s" % w for w in WORDS), "theme": "hcc_theme", "theme_token": None},
                         "ajaxTrustedUrl": {"/tim-kiem": True}, "user": {"uid": 0, "permissionsHash": b64(rng, 32)}}, ensure_ascii=False)
    html_ = f"""<!DOCTYPE html>
<html lang="vi" dir="ltr" prefix="og: https://ogp.me/ns#">
<head>
<meta charset="utf-8" />
<meta name="description" content="{ea(a['lead'])}" />
<link rel="canonical" href="{url}" />
<meta property="og:site_name" content="Trung tâm Phục vụ hành chính công tỉnh Lâm Đồng" />
<meta property="og:type" content="article" />
<meta property="og:url" content="{url}" />
<meta property="og:title" content="{ea(a['title'])}" />
<meta property="og:description" content="{ea(a['lead'])}" />
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)" />
<meta name="MobileOptimized" content="width" />
<meta name="HandheldFriendly" content="true" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<script type="application/ld+json">{json.dumps({"@context": "https://schema.org", "@graph": [{"@type": "Article", "headline": a["title"], "datePublished": d.strftime("%Y-%m-%dT%H:%M:%S+07:00"), "author": {"@type": "Person", "name": a["author"]}, "publisher": {"@type": "GovernmentOrganization", "name": "Trung tâm Phục vụ hành chính công tỉnh Lâm Đồng"}}]}, ensure_ascii=False)}</script>
<title>{e(a['title'])} | Trung tâm Phục vụ hành chính công tỉnh Lâm Đồng</title>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Qm3x1.css?delta=0&amp;language=vi&amp;theme=hcc_theme&amp;include=eJxLz" />
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_7Hk2p.css?delta=1&amp;language=vi&amp;theme=hcc_theme&amp;include=eJxLz" />
<style>{css_blob(rng, 'hcc', 100)}</style>
</head>
<body class="path-node page-node-type-article">
<a href="#main-content" class="visually-hidden focusable skip-link">Chuyển đến nội dung chính</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<div class="layout-container">
<header role="banner">
<div class="region region-top-bar"><div class="block-date">{crawl_wd(1)}</div><div class="block-hotline">Tổng đài hỗ trợ: 1900 8198</div></div>
<div class="region region-header"><div id="block-hcc-theme-branding" class="block block-system block-system-branding-block"><a href="/" rel="home" class="site-logo"><img src="/themes/custom/hcc_theme/logo.svg" alt="Trang chủ" /></a><div class="site-name"><a href="/" rel="home">Trung tâm Phục vụ hành chính công tỉnh Lâm Đồng</a></div></div>
<div class="search-block-form block block-search" role="search"><form action="/tim-kiem" method="get" accept-charset="UTF-8"><div class="js-form-item form-item"><label for="edit-keys" class="visually-hidden">Tìm kiếm</label><input title="Nhập từ khóa cần tìm." type="search" id="edit-keys" name="keys" value="" size="15" maxlength="128" class="form-search" /></div><div class="form-actions js-form-wrapper form-wrapper"><input type="submit" value="Tìm kiếm" class="button js-form-submit form-submit" /></div></form></div></div>
<div class="region region-primary-menu"><nav role="navigation" aria-labelledby="block-mainnavigation-menu" id="block-mainnavigation"><h2 class="visually-hidden" id="block-mainnavigation-menu">Main navigation</h2><ul class="menu menu--main nav">{''.join('<li class="menu-item"><a href="/%s">%s</a></li>' % (slug(m), e(m)) for m in ["Trang chủ", "Giới thiệu", "Tin tức", "Thông báo", "Thủ tục hành chính", "Tra cứu hồ sơ", "Đánh giá chất lượng", "Hỏi đáp", "Liên hệ"])}</ul></nav></div>
</header>
<div class="region region-breadcrumb"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><ol><li><a href="/">Trang chủ</a></li><li><a href="/tin-tuc">Tin tức</a></li><li><a href="/tin-tuc/thong-bao">Thông báo</a></li></ol></nav></div>
<main role="main"><a id="main-content" tabindex="-1"></a>
<div class="layout-content">
<div class="region region-content">
<div data-drupal-messages-fallback class="hidden"></div>
<div id="block-hcc-theme-content" class="block block-system block-system-main-block">
<article role="article" about="/node/4127" class="node node--type-article node--promoted node--view-mode-full">
<h1 class="page-title"><span class="field field--name-title field--type-string field--label-hidden">{e(a['title'])}</span></h1>
<div class="node__meta"><span class="field field--name-created field--type-created field--label-hidden">{WD[d.weekday()]}, {d:%d/%m/%Y - %H:%M}</span> <span class="node__author">Tác giả: <span class="field field--name-field-tac-gia">{e(a['author'])}</span></span></div>
<div class="node__content">
<div class="clearfix text-formatted field field--name-field-sapo field--type-text-long field--label-hidden field__item"><p><strong>{e(a['lead'])}</strong></p></div>
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">
{chr(10).join(body)}
</div>
<div class="field field--name-field-tags field--type-entity-reference field--label-inline clearfix"><div class="field__label">Từ khóa</div><div class="field__items"><div class="field__item"><a href="/taxonomy/term/31" hreflang="vi">trụ sở mới</a></div><div class="field__item"><a href="/taxonomy/term/12" hreflang="vi">dịch vụ công trực tuyến</a></div></div></div>
</div>
</article>
</div>
</div>
</div>
<aside class="layout-sidebar-second" role="complementary">
<div class="region region-sidebar-second">
<div class="views-element-container block block-views"><h2>Tin mới</h2><div class="view view-tin-moi"><div class="view-content">{''.join('<div class="views-row"><span class="views-field views-field-title"><a href="/tin-tuc/%s" hreflang="vi">%s</a></span> <span class="views-field views-field-created">%s</span></div>' % (s, e(t), d2.strftime('%d/%m/%Y')) for t, d2, s in lst)}</div></div></div>
<div class="block block-block-content"><h2>Thống kê hồ sơ</h2><p>Tiếp nhận trong tháng: 24.115</p><p>Đã giải quyết: 23.780</p><p>Đúng hạn: 99,2%</p></div>
<div class="block block-poll"><h2>Khảo sát</h2><form><p>Ông/bà đánh giá thế nào về thái độ phục vụ của công chức tại Trung tâm?</p><label><input type="radio" name="c" /> Hài lòng</label><label><input type="radio" name="c" /> Bình thường</label><label><input type="radio" name="c" /> Chưa hài lòng</label><input type="submit" value="Gửi" /></form></div>
</div>
</aside>
</main>
<footer role="contentinfo"><div class="region region-footer">
<p>TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG TỈNH LÂM ĐỒNG</p>
<p>Địa chỉ: Số 36 đường Trần Phú, phường Xuân Hương - Đà Lạt, tỉnh Lâm Đồng.</p>
<p>Email: hcc@lamdong.gov.vn – Lượt truy cập: 1.118.402</p>
</div></footer>
</div>
</div>
<script type="application/json" data-drupal-selector="drupal-settings-json">{drupal}</script>
<script src="/sites/default/files/js/js_aX91k.js?scope=footer&amp;delta=0&amp;language=vi&amp;theme=hcc_theme&amp;include=eJxLz"></script>
</body>
</html>
"""
    return html_, article_side(name, "drupal", url, "utf-8")


# ---------------------------------------------------------------------------
# o17: DNN portal; subheadings are <b> followed by <br /> inside the paragraph
# ---------------------------------------------------------------------------
def p_o17(name):
    a, rng = A[name], rng_for(name)
    d = D(a)
    url = "https://bandanvan.ninhbinh.dcs.vn/tin-tuc/tin-hoat-dong/articleid/5582/phong-trao-thi-dua-dan-van-kheo-9-thang-nam-2026"
    out = []
    blocks = a["blocks"]
    i = 0
    while i < len(blocks):
        k, v = blocks[i]
        if k == "h" and i + 1 < len(blocks) and blocks[i + 1][0] == "p":
            out.append('<p style="text-align: justify;"><b>%s</b><br />\n%s</p>' % (e(v), e(blocks[i + 1][1])))
            i += 2
            continue
        out.append('<p style="text-align: justify;">%s</p>' % e(v))
        i += 1
    vs = b64(rng, 9000)
    lst = side_items(rng, 10)
    html_ = f"""<!DOCTYPE html>
<html lang="vi-VN">
<head id="Head"><meta content="text/html; charset=UTF-8" http-equiv="Content-Type" />
<title>
	{e(a['title'])} &gt; Ban Dân vận Tỉnh ủy Ninh Bình
</title><meta id="MetaDescription" name="DESCRIPTION" content="{ea(blocks[0][1])}" /><meta id="MetaKeywords" name="KEYWORDS" content="dân vận khéo, Ninh Bình, Ban Dân vận" /><meta id="MetaGenerator" name="GENERATOR" content="DotNetNuke " /><meta id="MetaRobots" name="ROBOTS" content="INDEX, FOLLOW" />
<meta property="og:title" content="{ea(a['title'])}" /><meta property="og:url" content="{url}" /><meta property="og:type" content="article" />
<link href="/Portals/_default/default.css?cdv=312" type="text/css" rel="stylesheet"/><link href="/DesktopModules/DnnForge - NewsArticles/module.css?cdv=312" type="text/css" rel="stylesheet"/><link href="/Portals/0/Skins/BanDanVan/skin.css?cdv=312" type="text/css" rel="stylesheet"/><link href="/Portals/0/portal.css?cdv=312" type="text/css" rel="stylesheet"/>
<script src="/Resources/libraries/jQuery/03_05_01/jquery.js?cdv=312" type="text/javascript"></script><script src="/Resources/libraries/jQuery-Migrate/03_02_00/jquery-migrate.js?cdv=312" type="text/javascript"></script>
<style>{css_blob(rng, 'bdv', 70)}</style>
</head>
<body id="Body">
<form method="post" action="/tin-tuc/tin-hoat-dong/articleid/5582/phong-trao-thi-dua-dan-van-kheo-9-thang-nam-2026" id="Form" enctype="multipart/form-data">
<div class="aspNetHidden">
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{vs}" />
</div>
<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['Form'];
if (!theForm) {{ theForm = document.Form; }}
function __doPostBack(eventTarget, eventArgument) {{ if (!theForm.onsubmit || (theForm.onsubmit() != false)) {{ theForm.__EVENTTARGET.value = eventTarget; theForm.__EVENTARGUMENT.value = eventArgument; theForm.submit(); }} }}
//]]>
</script>
<div id="siteWrapper">
<div class="topbar"><div class="container"><span class="date">{crawl_wd(0)}</span><div class="search"><span id="dnn_dnnSearch_ClassicSearch"><input name="dnn$dnnSearch$txtSearch" type="text" maxlength="255" size="20" id="dnn_dnnSearch_txtSearch" class="NormalTextBox" aria-label="Search" autocomplete="off" placeholder="Tìm kiếm..." /><a id="dnn_dnnSearch_cmdSearch" class="SearchButton" href="javascript:__doPostBack('dnn$dnnSearch$cmdSearch','')">Tìm</a></span></div></div></div>
<div class="banner"><a id="dnn_dnnLOGO_hypLogo" title="Ban Dân vận Tỉnh ủy Ninh Bình" href="https://bandanvan.ninhbinh.dcs.vn/"><img id="dnn_dnnLOGO_imgLogo" src="/Portals/0/banner-bdv-ninhbinh.png" alt="Ban Dân vận Tỉnh ủy Ninh Bình" /></a></div>
<div class="mainmenu"><ul class="topLevel">{''.join('<li class="item"><a href="https://bandanvan.ninhbinh.dcs.vn/%s"><div><span>%s</span></div></a></li>' % (slug(m), e(m)) for m in ["Trang chủ", "Giới thiệu", "Tin tức", "Dân vận khéo", "Công tác tôn giáo", "Công tác dân tộc", "Quy chế dân chủ", "Văn bản", "Thư viện ảnh", "Liên hệ"])}</ul></div>
<div class="container content">
<div class="row">
<div id="dnn_LeftPane" class="col-md-3 LeftPane"><div class="DnnModule DnnModule-DNN_HTML"><div class="box-left"><h3>Chuyên mục</h3><ul>{''.join('<li><a href="/tin-tuc/%s">%s</a></li>' % (slug(x), e(x)) for x in ["Tin hoạt động", "Dân vận chính quyền", "Mặt trận và đoàn thể", "Gương điển hình", "Nghiên cứu - Trao đổi", "Tư liệu"])}</ul></div></div></div>
<div id="dnn_ContentPane" class="col-md-6 ContentPane">
<div class="DnnModule DnnModule-DnnForge-NewsArticles DnnModule-1234"><a name="1234"></a>
<div class="c_container"><div id="dnn_ctr1234_ContentPane" class="c_content">
<div id="dnn_ctr1234_ModuleContent" class="DNNModuleContent ModDnnForgeNewsArticlesC">
<div class="article">
<div class="breadcrumb"><a href="/tin-tuc">Tin tức</a> &gt; <a href="/tin-tuc/tin-hoat-dong">Tin hoạt động</a></div>
<h1 class="articleTitle"><span id="dnn_ctr1234_ViewArticle_lblTitle">{e(a['title'])}</span></h1>
<div class="articleInfo"><span id="dnn_ctr1234_ViewArticle_lblDate" class="articleDate">Ngày xuất bản: {d:%d/%m/%Y}</span> <span class="articleViews">Lượt xem: 287</span></div>
<div class="articleBody" id="dnn_ctr1234_ViewArticle_articleBody">
{chr(10).join(out)}
<p style="text-align: right;"><b>{e(a['author'])}</b></p>
</div>
<div class="articleTools"><a href="javascript:window.print()">In bài</a> | <a href="#" onclick="history.back();return false;">Quay lại</a></div>
</div>
<div class="relatedArticles"><h3>Các tin đã đưa</h3><ul>{''.join('<li><a href="/tin-tuc/tin-hoat-dong/articleid/%d/%s">%s</a> <span class="date">(%s)</span></li>' % (5580 - j, s, e(t), d2.strftime('%d/%m/%Y')) for j, (t, d2, s) in enumerate(lst[:6]))}</ul></div>
</div></div></div></div>
</div>
<div id="dnn_RightPane" class="col-md-3 RightPane">
<div class="DnnModule"><div class="box-right"><h3>Tin nổi bật</h3><ul>{''.join('<li><a href="/tin-tuc/%s">%s</a></li>' % (s, e(t)) for t, d2, s in lst[6:])}</ul></div></div>
<div class="DnnModule"><div class="box-right"><h3>Liên kết</h3><ul><li><a href="https://dangcongsan.vn">Báo điện tử Đảng Cộng sản Việt Nam</a></li><li><a href="https://danvan.vn">Ban Dân vận Trung ương</a></li><li><a href="https://ninhbinh.gov.vn">Cổng TTĐT tỉnh Ninh Bình</a></li></ul></div></div>
<div class="DnnModule"><div class="box-right"><h3>Thống kê truy cập</h3><p>Trực tuyến: 14</p><p>Tổng: 654.901</p></div></div>
</div>
</div>
</div>
<div class="footer"><div class="container"><p><b>BAN DÂN VẬN TỈNH ỦY NINH BÌNH</b></p><p>Địa chỉ: Đường Lê Hồng Phong, phường Hoa Lư, tỉnh Ninh Bình. Điện thoại: 0229 3 871 204</p><p>Chịu trách nhiệm: Trưởng Ban Dân vận Tỉnh ủy</p></div></div>
</div>
<input name="ScrollTop" type="hidden" id="ScrollTop" />
<input name="__dnnVariable" type="hidden" id="__dnnVariable" autocomplete="off" value="`{{`__scdoff`:`1`,`sf_siteRoot`:`/`,`sf_tabId`:`57`}}" />
</form>
<script>{js_blob(rng, 15, 'dnn')}</script>
</body>
</html>
"""
    return html_, article_side(name, "dnn", url, "utf-8")


# ---------------------------------------------------------------------------
# o18: classic ASP commune site; body text sits directly in a <td>,
#      paragraphs separated by <br><br>
# ---------------------------------------------------------------------------
def p_o18(name):
    a, rng = A[name], rng_for(name)
    d = D(a)
    url = "http://tanphu.dongnai.gov.vn/tintuc/chitiet.asp?id=3316&cat=2"
    parts = []
    for k, v in a["blocks"]:
        if k == "p":
            parts.append("&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;%s<br><br>\n" % e(v))
        elif k == "cap":
            parts.append('<div align="center"><img src="/upload/tintuc/2025/ngayhoi_ap3.jpg" width="450" border="0"><br><i>%s</i></div><br>\n' % e(v))
    lst = side_items(rng, 8, start=dt.date(2026, 11, 18))
    html_ = f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta http-equiv="Content-Language" content="vi">
<title>UBND xã Tân Phú - {e(a['title'])}</title>
<meta name="description" content="{ea(a['lead'])}">
<meta property="og:title" content="{ea(a['title'])}">
<meta property="og:url" content="{url}">
<link rel="stylesheet" type="text/css" href="/style.css">
<script language="JavaScript" src="/js/common.js"></script>
<script language="JavaScript">
var d=new Date();
function openWin(u){{window.open(u,'_blank','width=640,height=480,scrollbars=yes');}}
{js_blob(rng, 8, 'window')}
</script>
<style>{css_blob(rng, 'tp', 40)}</style>
</head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0">
<table width="960" border="0" cellspacing="0" cellpadding="0" align="center">
<tr><td><img src="/images/banner_tanphu.jpg" width="960" height="140"></td></tr>
<tr><td bgcolor="#006699" height="28">&nbsp;&nbsp;<a href="/"><font color="#FFFFFF"><b>Trang chủ</b></font></a> &nbsp;|&nbsp; <a href="/gioithieu.asp"><font color="#FFFFFF"><b>Giới thiệu</b></font></a> &nbsp;|&nbsp; <a href="/tintuc/"><font color="#FFFFFF"><b>Tin tức</b></font></a> &nbsp;|&nbsp; <a href="/vanban/"><font color="#FFFFFF"><b>Văn bản</b></font></a> &nbsp;|&nbsp; <a href="/tthc/"><font color="#FFFFFF"><b>Thủ tục hành chính</b></font></a> &nbsp;|&nbsp; <a href="/lienhe.asp"><font color="#FFFFFF"><b>Liên hệ</b></font></a></td></tr>
<tr><td bgcolor="#E6F2F8" height="22"><font size="1" face="Verdana">&nbsp;&nbsp;{crawl_wd(1)}</font></td></tr>
<tr><td>
<table width="100%" border="0" cellspacing="0" cellpadding="0">
<tr>
<td width="210" valign="top" bgcolor="#F7F7F7">
<table width="100%" border="0" cellspacing="0" cellpadding="5"><tr><td bgcolor="#006699"><font color="#FFFFFF"><b>DANH MỤC</b></font></td></tr>
<tr><td><a href="/tintuc/?cat=1">Tin hoạt động</a></td></tr><tr><td><a href="/tintuc/?cat=2">Mặt trận - Đoàn thể</a></td></tr><tr><td><a href="/tintuc/?cat=3">Kinh tế - Xã hội</a></td></tr><tr><td><a href="/tintuc/?cat=4">Quốc phòng - An ninh</a></td></tr><tr><td><a href="/tintuc/?cat=5">Tuyên truyền pháp luật</a></td></tr></table>
<br><center><a href="https://dichvucong.dongnai.gov.vn"><img src="/images/dichvucong.jpg" width="190" border="0"></a></center>
</td>
<td width="540" valign="top">
<table width="100%" border="0" cellspacing="0" cellpadding="8">
<tr><td class="tieude"><font face="Arial" size="4" color="#CC3300"><b>{e(a['title'])}</b></font></td></tr>
<tr><td class="ngay"><font size="1" color="#999999">Ngày đăng: {d:%d/%m/%Y %H:%M}</font></td></tr>
<tr><td class="sapo"><b>{e(a['lead'])}</b></td></tr>
<tr><td class="noidung" valign="top" align="justify">
{''.join(parts)}</td></tr>
<tr><td align="right"><b>{e(a['author'])}</b></td></tr>
<tr><td><a href="javascript:window.print()">[In trang]</a> <a href="javascript:history.back()">[Quay lại]</a></td></tr>
<tr><td><font color="#006699"><b>Tin đã đăng:</b></font><br>{''.join('&raquo; <a href="/tintuc/chitiet.asp?id=%d">%s</a> <font size="1" color="#999999">(%s)</font><br>' % (3310 - j, e(t), d2.strftime('%d/%m/%Y')) for j, (t, d2, s) in enumerate(lst))}</td></tr>
</table>
</td>
<td width="210" valign="top" bgcolor="#F7F7F7">
<table width="100%" border="0" cellspacing="0" cellpadding="5"><tr><td bgcolor="#006699"><font color="#FFFFFF"><b>TÌM KIẾM</b></font></td></tr><tr><td><form action="/timkiem.asp" method="post"><input type="text" name="tukhoa" size="18"><input type="submit" value="Tìm"></form></td></tr></table>
<table width="100%" border="0" cellspacing="0" cellpadding="5"><tr><td bgcolor="#006699"><font color="#FFFFFF"><b>LIÊN KẾT</b></font></td></tr><tr><td><select onchange="openWin(this.value)"><option>-- Chọn --</option><option value="https://dongnai.gov.vn">Cổng TTĐT tỉnh Đồng Nai</option><option value="https://mattran.dongnai.gov.vn">Ủy ban MTTQ tỉnh</option></select></td></tr></table>
<table width="100%" border="0" cellspacing="0" cellpadding="5"><tr><td bgcolor="#006699"><font color="#FFFFFF"><b>THỐNG KÊ</b></font></td></tr><tr><td>Đang online: 6<br>Lượt truy cập: 204.118</td></tr></table>
</td>
</tr>
</table>
</td></tr>
<tr><td bgcolor="#006699" align="center" height="60"><font color="#FFFFFF" size="1">ỦY BAN NHÂN DÂN XÃ TÂN PHÚ - TỈNH ĐỒNG NAI<br>Địa chỉ: Ấp 1, xã Tân Phú, tỉnh Đồng Nai - Điện thoại: 0251 3 856 120</font></td></tr>
</table>
</body>
</html>
"""
    return html_, article_side(name, "classic-asp", url, "utf-8")


# ---------------------------------------------------------------------------
# o19: HTTP header says iso-8859-1, bytes and <meta> are UTF-8
# ---------------------------------------------------------------------------
def p_o19(name):
    a, rng = A[name], rng_for(name)
    d = D(a)
    url = "https://skhcn.caobang.gov.vn/index.php/tin-tuc/nghiem-thu-de-tai-bao-ton-va-phat-trien-giong-lua-nep-pi-pat"
    body = []
    for k, v in a["blocks"]:
        if k == "p":
            body.append("<p>%s</p>" % e(v))
        elif k == "cap":
            body.append('<p style="text-align:center"><img src="/images/2026/06/nghiem-thu-pi-pat.jpg" alt="" width="640" /><br /><em>%s</em></p>' % e(v))
    lst = side_items(rng, 10)
    html_ = f"""<!DOCTYPE html>
<html lang="vi-vn" dir="ltr">
<head>
<meta http-equiv="content-type" content="text/html; charset=utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<meta name="description" content="{ea(a['lead'])}" />
<meta property="og:title" content="{ea(a['title'])}" />
<meta property="og:type" content="article" />
<meta property="og:url" content="{url}" />
<title>{e(a['title'])} - Sở Khoa học và Công nghệ tỉnh Cao Bằng</title>
<link href="/templates/skhcn/css/template.css?v=2.4" rel="stylesheet" />
<style>{css_blob(rng, 'kh', 90)}</style>
<script src="/media/jui/js/jquery.min.js?v=2.4"></script>
<script>{js_blob(rng, 14, 'window')}</script>
</head>
<body class="site com_content view-article itemid-118">
<div class="top-strip"><div class="wrap"><span class="today">{WDL[CRAWL.weekday()]}, {CRAWL:%d/%m/%Y}</span><span class="lang"><a href="/index.php/vi/">Tiếng Việt</a></span></div></div>
<div class="header"><div class="wrap"><a href="/" class="logo"><img src="/images/banner-skhcn.png" alt="Sở Khoa học và Công nghệ tỉnh Cao Bằng" /></a></div></div>
<div class="navigation"><div class="wrap"><ul class="nav menu">{''.join('<li><a href="/index.php/%s">%s</a></li>' % (slug(m), e(m)) for m in ["Trang chủ", "Giới thiệu", "Tin tức", "Hoạt động KH&CN", "Đề tài, dự án", "Tiêu chuẩn - Đo lường - Chất lượng", "Sở hữu trí tuệ", "Văn bản", "Thủ tục hành chính"])}</ul>
<form action="/index.php/tim-kiem" method="post" class="form-search"><input name="searchword" maxlength="200" class="inputbox search-query" type="search" placeholder="Tìm kiếm..." /></form></div></div>
<div class="body"><div class="wrap">
<div class="main">
<ul class="breadcrumb"><li><a href="/" class="pathway">Trang chủ</a></li><li><a href="/index.php/tin-tuc" class="pathway">Tin tức</a></li></ul>
<div class="item-page">
<div class="page-header"><h2 class="item-title">{e(a['title'])}</h2></div>
<div class="article-info"><span class="published">{WDL[d.weekday()]}, {d:%d/%m/%Y %H:%M}</span> <span class="hits">Lượt xem: 193</span></div>
<div class="item-intro"><strong>{e(a['lead'])}</strong></div>
<div class="item-body">
{chr(10).join(body)}
</div>
<div class="item-author" style="text-align:right"><strong>Tác giả: {e(a['author'])}</strong></div>
<ul class="pager pagenav"><li class="previous"><a href="/index.php/tin-tuc/{lst[0][2]}" rel="prev">&lt; Trước</a></li><li class="next"><a href="/index.php/tin-tuc/{lst[1][2]}" rel="next">Tiếp theo &gt;</a></li></ul>
</div>
</div>
<div class="sidebar">
<div class="moduletable"><h3>Tin mới</h3><ul class="latestnews">{''.join('<li><a href="/index.php/tin-tuc/%s">%s</a></li>' % (s, e(t)) for t, d2, s in lst[2:8])}</ul></div>
<div class="moduletable"><h3>Liên kết</h3><ul><li><a href="https://most.gov.vn">Bộ Khoa học và Công nghệ</a></li><li><a href="https://caobang.gov.vn">Cổng TTĐT tỉnh Cao Bằng</a></li></ul></div>
<div class="moduletable"><h3>Thống kê truy cập</h3><p>Hôm nay: 214</p><p>Tổng: 388.540</p></div>
</div>
</div></div>
<div class="footer"><div class="wrap"><p>SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH CAO BẰNG</p><p>Địa chỉ: 042 Hoàng Đình Giong, phường Thục Phán, tỉnh Cao Bằng. Điện thoại: 0206 3 852 216</p></div></div>
</body>
</html>
"""
    return html_, article_side(name, "joomla", url, "iso-8859-1")


# ---------------------------------------------------------------------------
# o20: hospital site; <h1> is the logo, title in a <div>, div-per-paragraph
# ---------------------------------------------------------------------------
def p_o20(name):
    a, rng = A[name], rng_for(name)
    d = D(a)
    url = "https://bvdkhatinh.vn/tin-tuc/phau-thuat-noi-soi-thanh-cong-cho-benh-nhan-92-tuoi-bi-thung-da-day-1429.html"
    body = []
    first = True
    for k, v in a["blocks"]:
        if k == "p":
            body.append("<div>%s</div>" % (("<b>%s</b>" % e(v)) if first else e(v)))
            body.append("<div><br></div>")
            first = False
        elif k == "cap":
            body.append('<div style="text-align: center;"><img src="/uploads/news/2026/08/pt-noi-soi-92t.jpg" style="max-width:100%%"></div><div style="text-align: center;"><i>%s</i></div><div><br></div>' % e(v))
    lst = side_items(rng, 10)
    html_ = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Bệnh viện Đa khoa tỉnh Hà Tĩnh | {e(a['title'])}</title>
<meta name="description" content="{ea(a['blocks'][0][1])}">
<meta property="og:title" content="{ea(a['title'])}">
<meta property="og:url" content="{url}">
<meta property="og:type" content="article">
<meta property="og:image" content="https://bvdkhatinh.vn/uploads/news/2026/08/pt-noi-soi-92t.jpg">
<link rel="stylesheet" href="/public/css/bootstrap.min.css">
<link rel="stylesheet" href="/public/css/style.css?v=1.9">
<style>{css_blob(rng, 'bv', 80)}</style>
{ga_script('G-BVDKHT')}
</head>
<body>
<div class="topbar"><div class="container"><span><i class="fa fa-calendar"></i> {crawl_wd(0)}</span><span class="hotline">Cấp cứu 24/7: 0239 3 855 115</span><span class="hotline">Đặt lịch khám: 0239 3 856 999</span></div></div>
<header class="header"><div class="container"><h1 class="logo"><a href="/"><img src="/public/images/logo-bvdk.png" alt="">BỆNH VIỆN ĐA KHOA TỈNH HÀ TĨNH</a></h1><form class="search" action="/tim-kiem"><input type="text" name="q" placeholder="Tìm kiếm..."></form></div>
<nav class="menu"><div class="container"><ul>{''.join('<li><a href="/%s">%s</a></li>' % (slug(m), e(m)) for m in ["Trang chủ", "Giới thiệu", "Tin tức - Sự kiện", "Hoạt động chuyên môn", "Khoa - Phòng", "Hướng dẫn khách hàng", "Bảng giá dịch vụ", "Tuyển dụng", "Liên hệ"])}</ul></div></nav></header>
<div class="container main">
<div class="row">
<div class="col-md-8">
<div class="breadcrumbs"><a href="/">Trang chủ</a> / <a href="/tin-tuc">Tin tức - Sự kiện</a> / <a href="/hoat-dong-chuyen-mon">Hoạt động chuyên môn</a></div>
<div class="news-detail-title">{e(a['title'])}</div>
<div class="news-detail-meta"><span class="date">{d:%d.%m.%Y} | {d:%H:%M}</span> <span class="views"><i class="fa fa-eye"></i> 1.406</span></div>
<div class="news-detail-content">
{chr(10).join(body)}
<div style="text-align: right;"><b>{e(a['author'])}</b></div>
</div>
<div class="news-detail-share"><a href="#" class="btn-fb">Chia sẻ</a> <a href="#" class="btn-zalo">Zalo</a></div>
<div class="news-related"><h3 class="title-block">Bài viết liên quan</h3><div class="row">{''.join('<div class="col-md-4"><a href="/tin-tuc/%s.html"><img src="/uploads/thumb/%s.jpg" alt=""><h4>%s</h4></a><span>%s</span></div>' % (s, s[:20], e(t), d2.strftime('%d.%m.%Y')) for t, d2, s in lst[:3])}</div></div>
</div>
<div class="col-md-4 sidebar">
<div class="box"><h3 class="title-block">Tin mới</h3><ul>{''.join('<li><a href="/tin-tuc/%s.html">%s</a></li>' % (s, e(t)) for t, d2, s in lst[3:])}</ul></div>
<div class="box"><h3 class="title-block">Đặt lịch khám</h3><form action="/dat-lich"><input type="text" name="ho_ten" placeholder="Họ và tên"><input type="tel" name="sdt" placeholder="Số điện thoại"><select name="khoa"><option>Chọn chuyên khoa</option><option>Nội tổng hợp</option><option>Ngoại tổng hợp</option><option>Sản phụ khoa</option><option>Nhi</option></select><button type="submit">Đăng ký</button></form></div>
<div class="box"><h3 class="title-block">Video</h3><iframe width="100%" height="200" src="https://www.youtube.com/embed/Lr0bq8QwS3k" title="Giới thiệu Bệnh viện" frameborder="0" allowfullscreen></iframe></div>
</div>
</div>
</div>
<footer class="footer"><div class="container"><p><b>BỆNH VIỆN ĐA KHOA TỈNH HÀ TĨNH</b></p><p>Địa chỉ: 75 Hải Thượng Lãn Ông, phường Thành Sen, tỉnh Hà Tĩnh</p><p>Điện thoại: 0239 3 855 115 – Email: bvdk@hatinh.gov.vn</p><p>Giấy phép thiết lập trang TTĐT số 21/GP-STTTT. Lượt truy cập: 3.271.004</p></div></footer>
<script src="/public/js/jquery.min.js"></script>
<script>{js_blob(rng, 10, 'BV')}</script>
</body>
</html>
"""
    return html_, article_side(name, "custom-php", url, "utf-8")

# ---------------------------------------------------------------------------
# Non-article pages
# ---------------------------------------------------------------------------
def p_n01(name):
    """Joomla commune portal: category listing with intro texts."""
    rng = rng_for(name)
    url = "https://phuloc.hatinh.gov.vn/index.php/tin-tuc-su-kien?start=10"
    items = side_items(rng, 12, start=dt.date(2026, 11, 20), span=50)
    rows = []
    for t, d2, s in items:
        rows.append('<div class="items-row cols-1 row-fluid clearfix"><div class="span12"><div class="item column-1" itemprop="blogPost" itemscope itemtype="https://schema.org/BlogPosting">'
                    '<div class="page-header"><h2 itemprop="name"><a href="/index.php/tin-tuc-su-kien/%s" itemprop="url">%s</a></h2></div>'
                    '<dl class="article-info muted"><dt class="article-info-term">Chi tiết</dt><dd class="published"><span class="icon-calendar" aria-hidden="true"></span><time datetime="%s" itemprop="datePublished">Ngày đăng: %s</time></dd><dd class="hits"><span class="icon-eye-open" aria-hidden="true"></span><meta itemprop="interactionCount" content="UserPageVisits:%d" />Lượt xem: %d</dd></dl>'
                    '<p><img src="/images/tintuc/2026/%s.jpg" alt="" width="180" style="float:left;margin-right:10px" />%s</p>'
                    '<p class="readmore"><a class="btn" href="/index.php/tin-tuc-su-kien/%s" itemprop="url"><span class="icon-chevron-right" aria-hidden="true"></span> Xem tiếp: %s</a></p>'
                    '</div></div></div>' % (s, e(t), d2.strftime("%Y-%m-%dT%H:%M:%S+07:00"), d2.strftime("%d/%m/%Y"), n := rng.randrange(40, 900), n, s[:20], e(rng.choice(SAPOS)), s, e(t)))
    html_ = f"""<!DOCTYPE html>
<html lang="vi-vn" dir="ltr">
<head>
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<meta charset="utf-8" />
<base href="https://phuloc.hatinh.gov.vn/index.php/tin-tuc-su-kien" />
<meta name="description" content="Trang thông tin điện tử xã Phú Lộc, tỉnh Hà Tĩnh" />
<meta name="generator" content="Joomla! - Open Source Content Management" />
<meta property="og:title" content="Tin tức - Sự kiện" />
<meta property="og:type" content="website" />
<title>Tin tức - Sự kiện - Trang thông tin điện tử xã Phú Lộc</title>
<link href="/index.php/tin-tuc-su-kien?format=feed&amp;type=rss" rel="alternate" type="application/rss+xml" title="RSS 2.0" />
<link href="/templates/protostar/css/template.css?3f9d2c" rel="stylesheet" />
<style>{css_blob(rng, 'jm', 90)}</style>
<script src="/media/jui/js/jquery.min.js?3f9d2c"></script>
<script src="/media/system/js/caption.js?3f9d2c"></script>
<script>jQuery(window).on('load',function(){{new JCaption('img.caption');}});</script>
</head>
<body class="site com_content view-category layout-blog no-task itemid-102">
<div class="body" id="top"><div class="container">
<header class="header" role="banner"><div class="header-inner clearfix"><a class="brand pull-left" href="/"><img src="https://phuloc.hatinh.gov.vn/images/banner-phuloc.png" alt="Trang thông tin điện tử xã Phú Lộc" /></a><div class="header-search pull-right"><div class="search"><form action="/index.php/tin-tuc-su-kien" method="post" class="form-inline" role="search"><label for="mod-search-searchword93" class="element-invisible">Tìm kiếm...</label> <input name="searchword" id="mod-search-searchword93" maxlength="200" class="inputbox search-query input-medium" type="search" placeholder="Tìm kiếm..." /><input type="hidden" name="task" value="search" /><input type="hidden" name="option" value="com_search" /><input type="hidden" name="Itemid" value="102" /></form></div></div></div></header>
<nav class="navigation" role="navigation"><div class="navbar pull-left"><a class="btn btn-navbar collapsed" data-toggle="collapse" data-target=".nav-collapse"><span class="element-invisible">Toggle Navigation</span><span class="icon-bar"></span></a></div><div class="nav-collapse"><ul class="nav menu nav-pills mod-list">{''.join('<li class="item-%d"><a href="/index.php/%s">%s</a></li>' % (101 + i, slug(m), e(m)) for i, m in enumerate(["Trang chủ", "Giới thiệu", "Tin tức - Sự kiện", "Văn bản", "Thủ tục hành chính", "Công khai ngân sách", "Hỏi đáp", "Liên hệ"]))}</ul></div></nav>
<div class="moduletable"><div class="custom"><p>{crawl_wd(0)}</p></div></div>
<div class="row-fluid">
<main id="content" role="main" class="span9">
<div id="system-message-container"></div>
<div class="blog" itemscope itemtype="https://schema.org/Blog">
<div class="page-header"><h1>Tin tức - Sự kiện</h1></div>
{chr(10).join(rows)}
<div class="pagination"><p class="counter pull-right">Trang 2 của 14</p><ul><li class="pagination-start"><a title="Đầu" href="/index.php/tin-tuc-su-kien" class="pagenav">Đầu</a></li><li class="pagination-prev"><a title="Lùi" href="/index.php/tin-tuc-su-kien" class="pagenav">Lùi</a></li><li><a href="/index.php/tin-tuc-su-kien" class="pagenav">1</a></li><li><span class="pagenav">2</span></li><li><a href="/index.php/tin-tuc-su-kien?start=20" class="pagenav">3</a></li><li><a href="/index.php/tin-tuc-su-kien?start=30" class="pagenav">4</a></li><li class="pagination-next"><a title="Tiếp" href="/index.php/tin-tuc-su-kien?start=20" class="pagenav">Tiếp</a></li><li class="pagination-end"><a title="Cuối" href="/index.php/tin-tuc-su-kien?start=130" class="pagenav">Cuối</a></li></ul></div>
</div>
</main>
<div id="aside" class="span3">
<div class="well"><h3 class="page-header">Liên kết</h3><ul><li><a href="https://hatinh.gov.vn">Cổng TTĐT tỉnh Hà Tĩnh</a></li><li><a href="https://dichvucong.hatinh.gov.vn">Dịch vụ công tỉnh</a></li></ul></div>
<div class="well"><h3 class="page-header">Thống kê</h3><p>Đang truy cập: 5</p><p>Tổng lượt: 91.206</p></div>
</div>
</div>
</div></div>
<footer class="footer" role="contentinfo"><div class="container"><hr /><p>UBND XÃ PHÚ LỘC - TỈNH HÀ TĨNH. Địa chỉ: Thôn Trung Tiến, xã Phú Lộc, tỉnh Hà Tĩnh.</p><p class="pull-right"><a href="#top" id="back-top">Lên đầu trang</a></p></div></footer>
</body>
</html>
"""
    return html_, {"kind": "listing", "platform": "joomla", "url": url, "charset": "utf-8"}


def p_n02(name):
    """News site search results page."""
    rng = rng_for(name)
    url = "https://tinnhanhmiennui.vn/tim-kiem?q=n%C3%B4ng+th%C3%B4n+m%E1%BB%9Bi&page=1"
    items = side_items(rng, 10, start=dt.date(2026, 11, 21), span=200)
    rows = "".join('<li class="search-item"><a class="search-thumb" href="/%s-%d.html"><img src="https://cdn.tinnhanhmiennui.vn/thumb/%s.jpg" alt=""></a><div class="search-info"><h3><a href="/%s-%d.html">%s</a></h3><div class="search-meta"><span class="cate">%s</span> · <time>%s</time></div><p class="search-sapo">%s</p></div></li>'
                   % (s, 60000 + i, s[:18], s, 60000 + i, e(t), e(rng.choice(["Kinh tế", "Xã hội", "Nông nghiệp", "Thời sự"])), d2.strftime("%d/%m/%Y %H:%M"), e(rng.choice(SAPOS))) for i, (t, d2, s) in enumerate(items))
    html_ = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Kết quả tìm kiếm: nông thôn mới | Tin nhanh Miền núi</title>
<meta name="robots" content="noindex, follow">
<meta property="og:title" content="Tìm kiếm - Tin nhanh Miền núi">
<meta property="og:type" content="website">
<link rel="stylesheet" href="https://cdn.tinnhanhmiennui.vn/css/site.css?v=5.1">
<style>{css_blob(rng, 'tnmn', 110)}</style>
{ga_script('G-TNMN01')}
</head>
<body class="page-search">
<header class="hdr"><div class="hdr-top"><div class="wrap"><span class="hdr-date">{crawl_wd(0)}</span></div></div>
<div class="wrap hdr-main"><a class="hdr-logo" href="/"><img src="https://cdn.tinnhanhmiennui.vn/img/logo.png" alt="Tin nhanh Miền núi"></a></div>
<nav class="hdr-nav"><div class="wrap"><ul>{''.join('<li><a href="/%s">%s</a></li>' % (slug(c), e(c)) for c, _ in NEWS_CATS)}</ul></div></nav></header>
<main class="wrap">
<section class="search-page">
<form class="search-form-big" action="/tim-kiem" method="get"><input type="search" name="q" value="nông thôn mới"><select name="time"><option value="">Mọi thời gian</option><option value="7d">7 ngày qua</option><option value="30d">30 ngày qua</option><option value="1y">1 năm qua</option></select><button type="submit">Tìm kiếm</button></form>
<p class="search-count">Tìm thấy khoảng <b>1.274</b> kết quả cho từ khóa “<b>nông thôn mới</b>”</p>
<ul class="search-list">{rows}</ul>
<div class="paging"><span class="current">1</span><a href="/tim-kiem?q=n%C3%B4ng+th%C3%B4n+m%E1%BB%9Bi&amp;page=2">2</a><a href="/tim-kiem?q=n%C3%B4ng+th%C3%B4n+m%E1%BB%9Bi&amp;page=3">3</a><a href="/tim-kiem?q=n%C3%B4ng+th%C3%B4n+m%E1%BB%9Bi&amp;page=2">Trang sau ›</a></div>
</section>
<aside class="side"><div class="side-box"><h3>Từ khóa nổi bật</h3><p><a href="/tim-kiem?q=OCOP">OCOP</a> <a href="/tim-kiem?q=chuy%E1%BB%83n+%C4%91%E1%BB%95i+s%E1%BB%91">chuyển đổi số</a> <a href="/tim-kiem?q=du+l%E1%BB%8Bch">du lịch</a></p></div></aside>
</main>
<footer class="ftr"><div class="wrap"><p>Tin nhanh Miền núi – Trang thông tin điện tử tổng hợp. Giấy phép số 19/GP-TTĐT ngày 08/10/2024.</p><p>Địa chỉ: 15 Hoàng Văn Thụ, phường Phan Đình Phùng, tỉnh Thái Nguyên.</p></div></footer>
<script src="https://cdn.tinnhanhmiennui.vn/js/site.js?v=5.1" defer></script>
</body>
</html>
"""
    return html_, {"kind": "search", "platform": "custom-news", "url": url, "charset": "utf-8"}


def p_n03(name):
    """ASP.NET portal 'not found' page served with the full template."""
    rng = rng_for(name)
    url = "https://sotaichinh.tayninh.gov.vn/Pages/chi-tiet-tin.aspx?ItemID=99817"
    vs = b64(rng, 5200)
    news = side_items(rng, 8)
    html_ = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html dir="ltr" lang="vi-VN">
<head><meta name="GENERATOR" content="Microsoft SharePoint" /><meta http-equiv="Content-type" content="text/html; charset=utf-8" /><meta http-equiv="X-UA-Compatible" content="IE=10" /><meta http-equiv="Expires" content="0" />
<title>
	Chi tiết tin
</title>
<link rel="stylesheet" type="text/css" href="/_layouts/15/1066/styles/Themable/corev15.css?rev=2ePS4KxdD4A" />
<link rel="stylesheet" type="text/css" href="/Style%20Library/tayninh/css/style.css" />
<style>{css_blob(rng, 'stc', 70)}</style>
<script type="text/javascript" src="/_layouts/15/init.js?rev=ZBLLbHW6a"></script>
</head>
<body>
<form method="post" action="./chi-tiet-tin.aspx?ItemID=99817" id="aspnetForm">
<div class="aspNetHidden"><input type="hidden" name="_wpcmWpid" id="_wpcmWpid" value="" /><input type="hidden" name="wpcmVal" id="wpcmVal" value="" /><input type="hidden" name="MSOWebPartPage_PostbackSource" id="MSOWebPartPage_PostbackSource" value="" /><input type="hidden" name="__REQUESTDIGEST" id="__REQUESTDIGEST" value="0x5A1C{b64(rng, 40)}" /><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{vs}" /></div>
<div id="s4-workspace"><div id="s4-bodyContainer">
<div class="header"><div class="top-date">{crawl_wd(1)}</div><a href="/"><img src="/Style%20Library/tayninh/images/banner-stc.png" alt="Sở Tài chính tỉnh Tây Ninh" /></a></div>
<div class="menu-top"><ul>{''.join('<li><a href="/Pages/%s.aspx">%s</a></li>' % (slug(m), e(m)) for m in ["Trang chủ", "Giới thiệu", "Tin tức", "Giá cả thị trường", "Ngân sách nhà nước", "Công khai tài chính", "Văn bản", "Thủ tục hành chính", "Liên hệ"])}</ul></div>
<div class="content-wrap">
<div class="col-main">
<div class="ms-webpart-zone ms-fullWidth"><div class="ms-webpartzone-cell"><div class="ms-WPBody">
<div class="news-detail empty-detail">
<div class="alert-notfound" style="padding:30px;text-align:center">
<img src="/Style%20Library/tayninh/images/icon-404.png" alt="" />
<h3>Không tìm thấy nội dung</h3>
<p>Tin bài bạn yêu cầu không tồn tại, đã bị gỡ bỏ hoặc đường dẫn không chính xác.</p>
<p>Vui lòng quay lại <a href="/">Trang chủ</a> hoặc sử dụng chức năng tìm kiếm.</p>
</div>
</div>
</div></div></div>
</div>
<div class="col-right">
<div class="box-right"><div class="title">Tin mới cập nhật</div><ul>{''.join('<li><a href="/Pages/chi-tiet-tin.aspx?ItemID=%d">%s</a> <span>%s</span></li>' % (99700 + i, e(t), d2.strftime('%d/%m/%Y')) for i, (t, d2, s) in enumerate(news))}</ul></div>
<div class="box-right"><div class="title">Liên kết website</div><select><option>-- Chọn --</option>{''.join('<option>%s</option>' % e(x) for x in DEPTS)}</select></div>
</div>
</div>
<div class="footer"><p>SỞ TÀI CHÍNH TỈNH TÂY NINH</p><p>Địa chỉ: 300 Cách Mạng Tháng Tám, phường Tân Ninh, tỉnh Tây Ninh. Điện thoại: 0276 3 822 302</p></div>
</div></div>
</form>
<script type="text/javascript">{js_blob(rng, 20, 'window')}</script>
</body>
</html>
"""
    return html_, {"kind": "not_found", "platform": "sharepoint", "url": url, "charset": "utf-8"}


def p_n04(name):
    """ASP.NET MVC news template rendered with an empty record."""
    rng = rng_for(name)
    url = "https://baoquangngai24h.vn/tin-tuc/chi-tiet/0"
    news = side_items(rng, 12)
    html_ = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<title> - Quảng Ngãi 24h</title>
<meta name="description" content="" />
<meta property="og:title" content="" />
<meta property="og:description" content="" />
<meta property="og:image" content="https://baoquangngai24h.vn/Uploads/" />
<meta property="og:url" content="{url}" />
<link href="/Content/bootstrap.css" rel="stylesheet"/>
<link href="/Content/site.css?v=2026" rel="stylesheet"/>
<style>{css_blob(rng, 'qn', 130)}</style>
<script src="/Scripts/modernizr-2.8.3.js"></script>
{ga_script('G-QN24H0')}
</head>
<body>
<div class="top-header"><div class="container"><span class="date">{crawl_wd(0)}</span><span class="weather">Quảng Ngãi 24°C</span></div></div>
<header class="site-header"><div class="container"><a class="logo" href="/"><img src="/Content/images/logo-qn24h.png" alt="Quảng Ngãi 24h" /></a><form action="/tim-kiem" class="search"><input name="q" placeholder="Tìm kiếm..." /></form></div>
<nav class="main-menu"><div class="container"><ul>{''.join('<li><a href="/chuyen-muc/%s">%s</a></li>' % (slug(c), e(c)) for c, _ in NEWS_CATS)}</ul></div></nav></header>
<div class="container body-content">
<div class="row">
<div class="col-md-8">
<ol class="breadcrumb"><li><a href="/">Trang chủ</a></li><li><a href="/chuyen-muc/"></a></li></ol>
<article class="news-detail">
<h1 class="news-title"></h1>
<div class="news-meta"><span class="news-date">01/01/0001 00:00</span> <span class="news-author"></span></div>
<div class="news-sapo"></div>
<div class="news-content">
</div>
<div class="news-tags">Từ khóa: </div>
</article>
<div class="box-same"><h3>Tin cùng chuyên mục</h3><ul>{''.join('<li><a href="/tin-tuc/chi-tiet/%d">%s</a> <span>%s</span></li>' % (41000 + i, e(t), d2.strftime('%d/%m/%Y')) for i, (t, d2, s) in enumerate(news[:6]))}</ul></div>
</div>
<div class="col-md-4">
<div class="side-box"><h3>Tin mới</h3><ul>{''.join('<li><a href="/tin-tuc/chi-tiet/%d">%s</a></li>' % (41100 + i, e(t)) for i, (t, d2, s) in enumerate(news[6:]))}</ul></div>
<div class="side-box"><h3>Quảng cáo</h3><img src="/Uploads/qc/300x250-resort.jpg" alt="" /></div>
</div>
</div>
</div>
<footer class="footer"><div class="container"><p>Quảng Ngãi 24h – Trang thông tin điện tử tổng hợp. Giấy phép số 08/GP-STTTT ngày 12/4/2024.</p><p>Địa chỉ: 59 Phan Đình Phùng, phường Cẩm Thành, tỉnh Quảng Ngãi.</p></div></footer>
<script src="/Scripts/jquery-3.7.1.min.js"></script>
<script src="/Scripts/bootstrap.min.js"></script>
<script>{js_blob(rng, 30, 'QN')}</script>
</body>
</html>
"""
    return html_, {"kind": "empty", "platform": "aspnet-mvc", "url": url, "charset": "utf-8"}


PAGES = [("o%02d" % i, globals()["p_o%02d" % i]) for i in range(1, 21)] + \
        [("n%02d" % i, globals()["p_n%02d" % i]) for i in range(1, 5)]


def main():
    os.makedirs(OUT, exist_ok=True)
    for name, fn in PAGES:
        html_text, side = fn(name)
        write_page(name, html_text, side)


if __name__ == "__main__":
    main()
