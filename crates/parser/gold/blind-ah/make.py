#!/usr/bin/env python3
"""Build the blind-ah gold set: pages h01..h20 (articles) and n01..n04 (non-articles).

Usage: python3 make.py [OUTDIR]   (default: this file's folder)
Stdlib only, deterministic: one random.Random("blind-ah:NAME") per page.
Article texts are written by hand below; the gold body is derived from the same
block list the page is rendered from. Only chrome is generated.
"""
import base64
import html
import json
import os
import random
import sys
import unicodedata

SET = "blind-ah"
CRAWL = "2026-11-22"
TEXTS = {}

# ---------------------------------------------------------------- article texts
# Line prefixes: L lead, P paragraph, H subheading, LI list item, C image caption,
# Q block quotation, R table row (cells split by " | "), T live-update time label,
# V caption under an embedded video.
TEXTS["h01"] = """
L:Từ ngày 1/12, Hà Nội đưa vào khai thác thêm 12 tuyến xe buýt điện, nối trung tâm với các phường ven đô và các xã phía tây, nâng tổng số tuyến buýt điện của thành phố lên 61.
P:Theo Sở Xây dựng Hà Nội, 12 tuyến mới sử dụng 214 xe điện cỡ trung và cỡ lớn, giá vé lượt từ 7.000 đến 9.000 đồng, áp dụng vé tháng liên tuyến như các tuyến hiện hữu. Thời gian hoạt động từ 5h đến 22h30, giãn cách trung bình 12-20 phút tùy khung giờ.
P:Các tuyến tập trung vào những hành lang đang thiếu phương tiện công cộng như phường Tây Mỗ, phường Xuân Phương, xã Hòa Lạc, xã Sóc Sơn và khu vực quanh sân bay Nội Bài. Một số tuyến kết nối trực tiếp với ga Cát Linh - Hà Đông và ga Nhổn - Ga Hà Nội để hành khách chuyển sang đường sắt đô thị.
C:Xe buýt điện chạy thử trên tuyến E12 qua phường Tây Mỗ, sáng 20/11. Ảnh: Ngọc Thành
P:Ông Trần Đức Khải, Phó giám đốc Trung tâm Quản lý và Điều hành giao thông đô thị, cho biết trước khi mở tuyến, đơn vị đã khảo sát nhu cầu đi lại tại 47 khu dân cư, trường học và khu công nghiệp. "Nhiều người dân ở các xã phía tây phải đi xe máy hơn 20 km mỗi ngày để vào trung tâm. Khi có tuyến buýt ổn định, chúng tôi kỳ vọng một phần lượng này sẽ chuyển sang phương tiện công cộng", ông Khải nói.
P:Cùng với việc mở tuyến, thành phố lắp mới 38 nhà chờ có mái che, bảng thông tin điện tử và 6 điểm sạc tại các bãi đỗ đầu cuối. Đơn vị vận hành cam kết bố trí nhân viên hỗ trợ tại các điểm trung chuyển lớn trong hai tuần đầu.
H:Chuyển dần sang xe sạch
P:Hà Nội đặt mục tiêu đến năm 2030 toàn bộ xe buýt mới đầu tư là xe điện hoặc dùng năng lượng xanh. Hiện thành phố có khoảng 2.100 xe buýt, trong đó hơn 900 xe dùng điện hoặc khí tự nhiên nén.
P:Theo các chuyên gia giao thông, việc mở rộng mạng lưới ra vùng ven cần đi kèm làn ưu tiên trên các trục hướng tâm, nếu không xe buýt vẫn bị kẹt chung với dòng xe cá nhân vào giờ cao điểm. Sở Xây dựng cho biết đang nghiên cứu thí điểm làn ưu tiên trên đường Lê Văn Lương và đại lộ Thăng Long trong năm 2027.
P:Hành khách có thể tra cứu lộ trình, vị trí xe theo thời gian thực trên ứng dụng Tìm buýt hoặc tổng đài 1900 1296.
"""
TEXTS["h02"] = """
L:Hơn 2.400 chỉ tiêu giáo viên sẽ được TP.HCM tuyển dụng trong đợt bổ sung cuối năm, tập trung cho các phường, xã mới thiếu giáo viên mầm non, tiếng Anh và tin học.
P:Sở Giáo dục và Đào tạo TP.HCM vừa ban hành kế hoạch tuyển dụng viên chức ngành giáo dục đợt 2 năm học 2026-2027. Theo kế hoạch, thành phố cần tuyển 2.418 giáo viên, trong đó mầm non 912 người, tiểu học 806 người, THCS 472 người và THPT 228 người.
P:Ông Trần Minh Đức, phó giám đốc Sở Giáo dục và Đào tạo, cho biết sau khi sắp xếp đơn vị hành chính, nhiều trường ở khu vực phường Bình Dương, phường Thủ Dầu Một và các xã thuộc huyện Củ Chi (cũ), huyện Cần Giờ (cũ) thiếu giáo viên cục bộ. Một số trường phải ghép lớp hoặc mời giáo viên thỉnh giảng để bảo đảm đủ tiết.
H:Ưu tiên người có chứng chỉ ngoại ngữ, tin học quốc tế
P:Ứng viên nộp hồ sơ trực tuyến trên cổng dịch vụ công của thành phố từ ngày 25/11 đến hết ngày 15/12. Vòng 1 kiểm tra điều kiện, tiêu chuẩn; vòng 2 thực hành giảng dạy một tiết học trước hội đồng. Người có chứng chỉ tiếng Anh IELTS từ 6.5 hoặc chứng chỉ tin học quốc tế được cộng điểm ưu tiên khi xét tuyển môn chuyên ngành.
P:Năm nay, sở cho phép các trường ở đặc khu Côn Đảo và xã Thạnh An tuyển giáo viên theo hình thức xét tuyển đặc cách nếu ứng viên cam kết công tác tối thiểu 5 năm. Ngoài lương theo quy định, giáo viên tại đây được hưởng phụ cấp thu hút và hỗ trợ nhà ở công vụ.
C:Giờ học tiếng Anh của học sinh lớp 4 tại một trường tiểu học ở phường Thủ Dầu Một. Ảnh: NHƯ HÙNG
P:Cô Lê Thị Thanh Tâm, hiệu trưởng một trường mầm non ở phường Bình Dương, cho biết trường có 18 nhóm lớp nhưng chỉ có 31 giáo viên, thiếu 5 người so với định mức. "Mỗi cô phải kiêm thêm việc, cuối ngày rất mệt. Đợt tuyển này nếu đủ người thì chúng tôi mới mở thêm được hai lớp nhà trẻ theo nhu cầu của phụ huynh", cô Tâm nói.
P:Theo sở, kết quả tuyển dụng sẽ được công bố trước ngày 20/1/2027 để giáo viên trúng tuyển nhận việc từ học kỳ 2.
"""
TEXTS["h03"] = """
L:Sau gần 17 tháng vận hành chính quyền địa phương hai cấp, nhiều xã, phường đã chuyển mạnh từ xử lý hồ sơ giấy sang môi trường số. Tuy nhiên, hạ tầng, nhân lực và dữ liệu vẫn là những điểm nghẽn cần sớm được tháo gỡ.
P:Tại xã Tân Hòa, tỉnh Phú Thọ, mỗi buổi sáng cán bộ Trung tâm phục vụ hành chính công tiếp nhận trung bình 60 hồ sơ, trong đó gần 80% được nộp trực tuyến hoặc số hóa ngay tại quầy. Chủ tịch Ủy ban nhân dân xã Hà Văn Thịnh cho biết, từ đầu năm 2026, toàn bộ văn bản đi, đến của xã đều được ký số và luân chuyển trên hệ thống quản lý văn bản dùng chung của tỉnh.
P:"Trước kia, một bộ hồ sơ đất đai phải đi qua huyện mất hàng tuần. Nay xã trực tiếp giải quyết, người dân theo dõi được từng bước xử lý trên điện thoại nên phản ánh giảm hẳn", ông Thịnh nói.
H:Từ mô hình điểm đến diện rộng
P:Theo Bộ Nội vụ, đến cuối tháng 10/2026, cả nước có 3.321 đơn vị hành chính cấp xã, trong đó hơn 2.900 đơn vị đã kết nối hệ thống thông tin giải quyết thủ tục hành chính với Cổng Dịch vụ công quốc gia. Tỷ lệ hồ sơ trực tuyến toàn trình ở cấp xã đạt bình quân 61%, cao hơn gần 20 điểm phần trăm so với cuối năm 2025.
P:Nhiều địa phương đã có cách làm riêng. Tỉnh Bắc Ninh lập tổ công nghệ số cộng đồng ở tất cả thôn, khu phố để hướng dẫn người cao tuổi nộp hồ sơ. Thành phố Đà Nẵng thí điểm trợ lý ảo trả lời câu hỏi về thủ tục hành chính trên ứng dụng của thành phố. Tỉnh An Giang đưa dữ liệu hộ tịch, đất đai của các xã, đặc khu vào một kho dữ liệu dùng chung.
C:Cán bộ Trung tâm phục vụ hành chính công xã Tân Hòa (Phú Thọ) hướng dẫn người dân nộp hồ sơ trực tuyến. Ảnh: THANH GIANG
H:Những điểm nghẽn cần tháo gỡ
P:Dù vậy, tại nhiều xã miền núi, đường truyền còn chập chờn, thiết bị đã cũ. Một số cán bộ được điều động từ cấp huyện (cũ) về xã phải kiêm nhiệm nhiều lĩnh vực, chưa được đào tạo bài bản về kỹ năng số. Dữ liệu dân cư, đất đai ở không ít nơi chưa được làm sạch, dẫn tới tình trạng người dân vẫn phải nộp lại giấy tờ đã có trong hệ thống.
P:Phó Giáo sư, Tiến sĩ Nguyễn Minh Phương, Học viện Hành chính và Quản trị công, cho rằng chuyển đổi số ở cấp xã không chỉ là mua sắm thiết bị. "Cần chuẩn hóa quy trình trước, số hóa sau; đồng thời có cơ chế đãi ngộ để giữ chân cán bộ công nghệ thông tin ở cơ sở", bà Phương nhấn mạnh.
P:Các địa phương đề xuất một số giải pháp trọng tâm trong năm 2027:
LI:Ưu tiên vốn đầu tư nâng cấp hạ tầng mạng và thiết bị cho các xã vùng sâu, vùng xa, biên giới, hải đảo.
LI:Tổ chức đào tạo, bồi dưỡng kỹ năng số cho 100% cán bộ, công chức cấp xã.
LI:Hoàn thành làm sạch dữ liệu dân cư, hộ tịch, đất đai và kết nối liên thông giữa các ngành.
LI:Lấy mức độ hài lòng của người dân làm thước đo kết quả chuyển đổi số ở cơ sở.
P:Theo kế hoạch của Chính phủ, đến hết năm 2027, ít nhất 80% thủ tục hành chính thuộc thẩm quyền cấp xã được cung cấp trực tuyến toàn trình, và mỗi người dân có thể tra cứu, khai thác dữ liệu của mình mà không phải cung cấp lại giấy tờ.
"""
TEXTS["h04"] = """
L:Tận dụng chân đất sau thu hoạch lúa hè thu, nông dân nhiều xã ở Hà Tĩnh đang khẩn trương xuống giống cây vụ đông, phấn đấu đạt hơn 12.000 ha trong năm nay.
P:Những ngày này, trên cánh đồng thôn Trung Lương, xã Đức Thịnh, hàng chục hộ dân tất bật làm đất, lên luống trồng ngô, khoai lang và rau màu. Bà Nguyễn Thị Huệ, một hộ trồng ngô lâu năm, cho biết năm nay gia đình gieo 6 sào ngô sinh khối bán cho trang trại bò sữa, đã ký hợp đồng bao tiêu từ trước nên yên tâm đầu ra.
P:Theo Sở Nông nghiệp và Môi trường Hà Tĩnh, đến ngày 18/11, toàn tỉnh đã gieo trồng được 8.650 ha cây vụ đông, đạt khoảng 71% kế hoạch. Trong đó, ngô 3.120 ha, khoai lang 1.480 ha, rau các loại 2.940 ha, còn lại là lạc, đậu và cây thức ăn chăn nuôi.
C:Nông dân xã Đức Thịnh làm đất, gieo ngô vụ đông trên chân ruộng hai lúa.
P:Điểm mới của vụ đông năm nay là nhiều xã chủ động tích tụ ruộng đất, hình thành vùng sản xuất tập trung. Xã Thạch Hà đã quy hoạch 120 ha trồng bí xanh, dưa chuột theo tiêu chuẩn VietGAP, liên kết với hai hợp tác xã tiêu thụ tại Nghệ An và Hà Nội. Xã Cẩm Xuyên thí điểm 40 ha khoai tây giống mới, năng suất dự kiến đạt 22 tấn/ha.
P:Ông Lê Văn Sơn, Phó Giám đốc Sở Nông nghiệp và Môi trường, cho biết tỉnh hỗ trợ 50% giá giống ngô, khoai tây cho các vùng sản xuất tập trung từ 5 ha trở lên; đồng thời chỉ đạo các trạm khuyến nông bám đồng, hướng dẫn nông dân phòng trừ sâu keo mùa thu và chuột hại.
P:Thời tiết tháng 11 tương đối thuận lợi, tuy nhiên cơ quan chuyên môn khuyến cáo bà con cần khơi thông hệ thống tiêu úng, không gieo trồng trên chân ruộng trũng để tránh thiệt hại nếu có mưa lớn cuối mùa. Các địa phương cần hoàn thành gieo trồng cây ưa ấm trước ngày 30/11 và cây ưa lạnh trước ngày 15/12.
P:Vụ đông năm 2025, Hà Tĩnh gieo trồng gần 11.800 ha, tổng giá trị sản xuất ước đạt 870 tỷ đồng, giúp nhiều hộ có thêm thu nhập vào dịp cuối năm.
"""
TEXTS["h05"] = """
L:Đà Nẵng dự kiến đón khoảng 1,3 triệu lượt khách trong tháng cao điểm cuối năm, với chuỗi sự kiện lễ hội, ẩm thực và du lịch biển đêm lần đầu được tổ chức.
P:Theo Sở Văn hóa, Thể thao và Du lịch Đà Nẵng, chương trình "Mùa đông rực rỡ" sẽ diễn ra từ ngày 5/12/2026 đến 4/1/2027 tại bãi biển Mỹ Khê, phố đi bộ Bạch Đằng và bán đảo Sơn Trà. Điểm nhấn là đêm nhạc đếm ngược, phiên chợ Giáng sinh và tour du thuyền ngắm pháo hoa trên sông Hàn.
P:Năm nay, thành phố mở thêm tuyến du lịch đường thủy từ trung tâm ra cù lao Chàm và phường Hội An, thời gian di chuyển khoảng 55 phút. Các hãng lữ hành đã đăng ký 42 tour mới khai thác sản phẩm này.
C:Du khách đi thuyền trên sông Hàn vào buổi tối. Ảnh: Hoài Thu
P:Bà Nguyễn Thị Thu Hoài, Giám đốc Sở Văn hóa, Thể thao và Du lịch, cho biết công suất phòng khách sạn 4-5 sao dịp cuối năm đã đạt trên 75%. Thị trường khách Hàn Quốc, Nhật Bản và Ấn Độ tăng mạnh nhờ các đường bay thẳng mới khai trương trong quý III.
P:"Chúng tôi yêu cầu các cơ sở lưu trú niêm yết giá công khai, không tăng giá đột biến. Đường dây nóng du lịch sẽ hoạt động 24/7 để tiếp nhận phản ánh của du khách", bà Hoài nói.
P:Để giảm ùn tắc, thành phố bố trí thêm 4 bãi đỗ xe tạm tại khu vực ven biển và tăng cường xe buýt miễn phí kết nối các điểm tổ chức sự kiện vào buổi tối. Lực lượng công an, trật tự đô thị được huy động để bảo đảm an ninh tại các khu vực tập trung đông người.
P:Mười tháng năm 2026, Đà Nẵng đón hơn 10,4 triệu lượt khách, tăng 14% so với cùng kỳ, tổng thu từ du lịch ước đạt 41.000 tỷ đồng.
"""
TEXTS["h06"] = """
L:Khi thị trường xuất khẩu đồ gỗ có dấu hiệu phục hồi, doanh nghiệp trong ngành đang đứng trước yêu cầu chứng minh nguồn gốc gỗ hợp pháp và giảm phát thải. Chúng tôi trao đổi với ông Lê Quang Vinh, Phó chủ tịch Hiệp hội Gỗ và Lâm sản Đông Nam Bộ.
P:PV: Thưa ông, bức tranh xuất khẩu đồ gỗ năm 2026 đang như thế nào?
P:Ông Lê Quang Vinh: Mười tháng qua, kim ngạch xuất khẩu gỗ và sản phẩm gỗ của cả nước ước đạt khoảng 15,2 tỷ USD, tăng gần 9% so với cùng kỳ. Đơn hàng từ Mỹ và Nhật Bản ổn định trở lại, thị trường châu Âu tăng chậm hơn nhưng yêu cầu khắt khe hơn. Nhiều doanh nghiệp ở Đồng Nai và TP.HCM đã kín đơn hàng đến hết quý I/2027.
P:PV: Quy định chống phá rừng của Liên minh châu Âu có hiệu lực với doanh nghiệp lớn từ cuối năm nay. Doanh nghiệp Việt đã sẵn sàng chưa?
P:Ông Lê Quang Vinh: Các doanh nghiệp lớn cơ bản đã chuẩn bị, họ có hệ thống truy xuất nguồn gốc đến từng lô gỗ, có tọa độ vùng trồng. Khó khăn nằm ở các cơ sở nhỏ và hộ trồng rừng. Một lô hàng có thể lấy nguyên liệu từ hàng trăm hộ, mỗi hộ vài ha rừng keo, việc lập bản đồ và lưu hồ sơ rất tốn công.
P:Hiệp hội đang phối hợp với các địa phương như Tây Ninh, Đắk Lắk, Gia Lai để hỗ trợ hộ trồng rừng đo đạc, số hóa ranh giới lô rừng. Chúng tôi cũng đề xuất cơ quan quản lý sớm hoàn thiện cơ sở dữ liệu quốc gia về rừng trồng để doanh nghiệp dùng chung, thay vì mỗi nơi tự làm.
P:PV: Ngoài truy xuất nguồn gốc, yêu cầu giảm phát thải tác động ra sao đến nhà máy?
P:Ông Lê Quang Vinh: Khách hàng bắt đầu hỏi về lượng phát thải trên mỗi sản phẩm. Một số nhà máy đã lắp điện mặt trời mái nhà, thay lò hơi đốt củi bằng lò đốt mùn cưa có lọc bụi. Chi phí ban đầu không nhỏ, nhưng nếu không làm thì sẽ mất khách trong vài năm tới.
P:PV: Ông có kiến nghị gì với cơ quan quản lý?
P:Ông Lê Quang Vinh: Doanh nghiệp cần các gói tín dụng xanh với lãi suất hợp lý và thủ tục đơn giản. Bên cạnh đó, cần đẩy nhanh hoàn thuế giá trị gia tăng, vì dòng tiền là bài toán sống còn của doanh nghiệp nhỏ và vừa trong ngành gỗ.
P:PV: Xin cảm ơn ông!
"""
TEXTS["h07"] = """
L:Bão số 14 (tên quốc tế Toraji) đang di chuyển nhanh vào vùng biển Quảng Ngãi - Gia Lai, gió mạnh nhất vùng gần tâm bão cấp 11, giật cấp 13. Các địa phương khẩn trương sơ tán người dân khỏi vùng nguy hiểm.
T:14:10
P:Tại đặc khu Lý Sơn, gió đã giật mạnh cấp 8, sóng biển cao 3-4 m. Ban Chỉ huy phòng thủ dân sự đặc khu yêu cầu người dân không ra khỏi nhà trừ trường hợp khẩn cấp.
C:Tàu thuyền neo đậu tránh trú bão tại cảng Bến Đình, đặc khu Lý Sơn, trưa 21/11. Ảnh: Thanh Hải
T:12:35
P:Tỉnh Quảng Ngãi đã sơ tán 14.620 hộ với hơn 48.000 người ở các khu vực ven biển, vùng trũng thấp và vùng có nguy cơ sạt lở đất. Nhiều trường học được bố trí làm điểm tránh trú, có sẵn nước uống, mì gói và thuốc men.
P:Ông Nguyễn Văn Thanh, Phó Chủ tịch UBND tỉnh Quảng Ngãi, cho biết lực lượng quân đội, công an đã được bố trí tại các điểm xung yếu, sẵn sàng ứng cứu khi có tình huống.
T:10:50
P:Trung tâm Dự báo khí tượng thủy văn quốc gia cho biết đến 10h, vị trí tâm bão ở khoảng 14,6 độ vĩ bắc, 110,9 độ kinh đông, cách đặc khu Lý Sơn khoảng 190 km về phía đông đông nam. Trong 12 giờ tới, bão di chuyển theo hướng tây, tốc độ 20-25 km/h.
T:09:15
P:Cảng hàng không Chu Lai và Phù Cát tạm dừng khai thác từ 12h ngày 21/11 đến 6h ngày 22/11. Các hãng hàng không đã thông báo điều chỉnh lịch bay cho khoảng 40 chuyến.
P:Ngành đường sắt cũng điều chỉnh giờ chạy một số đoàn tàu Thống Nhất qua khu vực Quảng Ngãi, Gia Lai, hành khách có nhu cầu đổi, trả vé được miễn phí.
T:07:40
P:Tỉnh Gia Lai ra lệnh cấm biển từ 7h sáng nay. Toàn bộ 3.850 tàu cá với gần 19.000 lao động đã vào nơi tránh trú an toàn hoặc nắm được vị trí, thông tin liên lạc thường xuyên với đất liền.
C:Người dân phường Quy Nhơn chằng chống nhà cửa trước khi bão vào. Ảnh: Minh Tuấn
"""
TEXTS["h08"] = """
L:Những ngày cuối thu, khi nắng hanh vàng phủ trên mái ngói rêu phong, các lăng tẩm triều Nguyễn ở Huế khoác lên mình vẻ đẹp trầm mặc, thu hút đông đảo du khách và người mê nhiếp ảnh.
C:Lăng Minh Mạng soi bóng xuống hồ Trừng Minh trong buổi sáng sương mỏng. Công trình được xây dựng từ năm 1840 đến 1843, nằm trên núi Cẩm Kê, phường Kim Long.
C:Hàng thông cổ thụ dẫn lối lên lăng Tự Đức, nơi được xem là một trong những lăng tẩm đẹp nhất về cảnh quan. Vào cuối tuần, khu vực này đón hàng nghìn lượt khách.
C:Du khách nước ngoài chụp ảnh tại Bái Đình lăng Khải Định. Lối kiến trúc kết hợp Đông - Tây với các mảng khảm sành sứ tinh xảo luôn khiến du khách trầm trồ.
C:Những cánh lá bàng đỏ rụng trên sân gạch ở lăng Thiệu Trị. Theo Trung tâm Bảo tồn di tích Cố đô Huế, lăng đang được trùng tu giai đoạn 2, dự kiến hoàn thành vào năm 2027.
C:Một nhóm sinh viên Trường Đại học Nghệ thuật, Đại học Huế ký họa bên hồ Lưu Khiêm. Nhiều lớp học vẽ chọn lăng tẩm làm nơi thực tế vào mùa thu.
C:Nghệ nhân Phan Văn Lộc biểu diễn nhã nhạc cung đình cho du khách tại nhà hát Minh Khiêm Đường. Các buổi biểu diễn diễn ra hằng ngày vào lúc 10h và 15h.
C:Hoàng hôn trên đồi thông ở lăng Gia Long, điểm đến còn khá hoang sơ nằm cách trung tâm thành phố khoảng 16 km về phía nam. Từ tháng 12, Huế sẽ mở tuyến du lịch đường sông đến lăng vào buổi chiều.
P:Mười tháng năm 2026, các điểm di tích thuộc Quần thể di tích Cố đô Huế đón hơn 3,1 triệu lượt khách tham quan, trong đó khách quốc tế chiếm gần 50%. Tổng doanh thu bán vé ước đạt 520 tỷ đồng.
"""
TEXTS["h09"] = """
L:Từ những bãi bồi ven sông Hồng từng bỏ hoang, nông dân xã Mê Linh đã biến thành vùng hoa cho thu nhập hàng trăm triệu đồng mỗi ha, tất bật vào vụ hoa Tết sớm hơn mọi năm.
V:Nông dân xã Mê Linh chăm sóc những luống cúc họa mi chuẩn bị cho vụ hoa cuối năm.
P:Những ngày giữa tháng 11, cánh đồng hoa rộng hơn 400 ha ở xã Mê Linh, Hà Nội đã rực sắc vàng của cúc, đỏ của hồng và tím của cát tường. Người trồng hoa ra đồng từ 5h sáng để tỉa nụ, tưới nước, căng lưới che sương.
P:Anh Đỗ Văn Tùng, chủ một trang trại hoa 2 ha, cho biết năm nay anh đầu tư hệ thống tưới nhỏ giọt và đèn chiếu sáng để điều khiển thời điểm ra hoa. "Nếu hoa nở đúng dịp, mỗi sào có thể lãi từ 20 đến 30 triệu đồng. Nhưng chỉ cần thời tiết thất thường là cả vụ mất trắng, nên phải theo dõi từng ngày", anh Tùng chia sẻ.
P:Theo UBND xã Mê Linh, toàn xã có hơn 1.700 hộ trồng hoa, trong đó khoảng 300 hộ đã ứng dụng nhà màng, nhà lưới. Hợp tác xã hoa Mê Linh đang xây dựng mã số vùng trồng cho 60 ha hồng để xuất khẩu sang Nhật Bản và Hàn Quốc.
P:Bên cạnh bán buôn cho thương lái, nhiều hộ trẻ đã bán hoa qua mạng xã hội và sàn thương mại điện tử, giao trong ngày cho khách ở nội thành. Một số vườn mở cửa đón khách tham quan, chụp ảnh với giá vé 30.000 đồng, tạo thêm nguồn thu vào mùa thấp điểm.
P:Ông Nguyễn Hữu Bình, Chủ tịch UBND xã, cho biết xã đang đề nghị thành phố hỗ trợ xây dựng chợ đầu mối hoa và khu sơ chế, bảo quản lạnh để nông dân chủ động giá bán, không bị ép giá lúc vào vụ.
"""
TEXTS["h10"] = """
L:Trên những đồi chè xanh mướt ở Thái Nguyên, một thế hệ nông dân trẻ đang làm mới cây chè truyền thống bằng sản xuất hữu cơ, du lịch trải nghiệm và bán hàng qua livestream.
H:Từ búp chè đến thương hiệu
P:Sáu giờ sáng, sương còn vương trên đồi chè xã Tân Cương. Chị Hoàng Thị Mai Anh, 29 tuổi, đã cùng các thành viên hợp tác xã hái lứa chè cuối vụ. Tốt nghiệp ngành marketing ở Hà Nội, Mai Anh trở về quê năm 2021, thuyết phục bố mẹ chuyển 1,5 ha chè sang canh tác hữu cơ.
P:"Ba năm đầu năng suất giảm gần một nửa, hàng xóm bảo tôi dại. Nhưng khi có chứng nhận hữu cơ, giá bán tăng gấp ba, khách Nhật Bản, Đức đặt hàng đều đặn", chị kể.
P:Hiện hợp tác xã của Mai Anh có 37 hộ thành viên, canh tác 28 ha chè theo tiêu chuẩn hữu cơ, doanh thu năm 2025 đạt hơn 9 tỷ đồng. Mỗi gói chè đều có mã QR truy xuất đến từng đồi, từng ngày hái.
C:Các thành viên hợp tác xã hái chè trên đồi ở xã Tân Cương.
H:Đón khách về đồi chè
P:Không chỉ bán chè, nhiều hộ ở Tân Cương, Phúc Xuân, La Bằng mở homestay, đón khách trải nghiệm hái chè, sao chè bằng chảo gang và thưởng trà bên hồ Núi Cốc. Năm 2026, vùng chè đặc sản Thái Nguyên đón khoảng 420.000 lượt khách.
P:Anh Nguyễn Văn Đức, chủ một homestay ở xã Phúc Xuân, cho biết các tour cuối tuần thường kín chỗ trước hai tuần. Khách nước ngoài đặc biệt thích công đoạn sao chè thủ công và được mang gói chè tự tay làm về làm quà.
Q:Cây chè không chỉ nuôi sống bao thế hệ người Thái Nguyên, mà còn là câu chuyện văn hóa để chúng tôi kể với bạn bè khắp thế giới.
H:Livestream giữa nương chè
P:Mỗi tối, Mai Anh và các bạn trẻ trong hợp tác xã thay nhau livestream giới thiệu sản phẩm. Có phiên bán được hơn 2.000 gói chè. Tỉnh Thái Nguyên đã hỗ trợ hơn 300 hợp tác xã, hộ sản xuất đưa sản phẩm lên sàn thương mại điện tử.
P:Theo Sở Nông nghiệp và Môi trường, toàn tỉnh có hơn 23.000 ha chè, sản lượng búp tươi đạt trên 270.000 tấn mỗi năm, giá trị sản xuất bình quân 1 ha đạt khoảng 320 triệu đồng. Tỉnh đặt mục tiêu đến năm 2030 có ít nhất 30% diện tích chè được chứng nhận VietGAP hoặc hữu cơ.
C:Du khách trải nghiệm sao chè bằng chảo gang tại một homestay ở xã Phúc Xuân.
P:Khi nắng chiều buông xuống đồi chè, Mai Anh lại mở điện thoại, bắt đầu một phiên livestream mới. Với chị, mỗi búp chè mang theo hương vị của đất và tâm huyết của người làm nông thời số.
"""
TEXTS["h11"] = """
P:Từ đêm 23/11, một đợt không khí lạnh mạnh sẽ ảnh hưởng đến các tỉnh Bắc Bộ, nhiệt độ thấp nhất ở vùng núi cao có nơi xuống dưới 6 độ C.
P:Theo Trung tâm Dự báo khí tượng thủy văn quốc gia, hiện bộ phận không khí lạnh đang di chuyển xuống phía nam. Khoảng đêm 23/11, không khí lạnh sẽ ảnh hưởng đến phía đông Bắc Bộ, sau đó ảnh hưởng đến phía tây Bắc Bộ, Bắc Trung Bộ và một số nơi ở Trung Trung Bộ.
P:Trên đất liền, gió chuyển hướng bắc đến đông bắc cấp 2-3, vùng ven biển cấp 3-4. Ở vịnh Bắc Bộ có gió đông bắc mạnh cấp 6, giật cấp 8, biển động, sóng cao 2-3 m. Khu vực đặc khu Bạch Long Vĩ, Cô Tô, Vân Đồn có gió giật mạnh, tàu thuyền hoạt động trên biển cần chủ động phòng tránh.
P:Từ chiều tối 23/11, khu vực Bắc Bộ có mưa, mưa rào rải rác, riêng khu vực Lào Cai, Tuyên Quang, Cao Bằng có nơi mưa vừa. Từ ngày 24/11, Bắc Bộ và Bắc Trung Bộ trời rét, vùng núi rét đậu. Nhiệt độ thấp nhất phổ biến ở Bắc Bộ 11-14 độ C, vùng núi 8-11 độ C, vùng núi cao dưới 6 độ C. Hà Nội có nhiệt độ thấp nhất khoảng 13-15 độ C.
P:Cơ quan khí tượng cảnh báo rét đậm, rét hại có thể ảnh hưởng đến sức khỏe người dân, đặc biệt là người già, trẻ nhỏ và người có bệnh nền. Người chăn nuôi cần che chắn chuồng trại, dự trữ thức ăn cho gia súc, không thả rông trâu bò trên núi cao vào ban đêm.
P:Đây là đợt không khí lạnh mạnh nhất từ đầu mùa đông năm nay. Dự báo tình trạng rét có thể kéo dài đến hết ngày 27/11 trước khi không khí lạnh suy yếu dần.
"""
TEXTS["h12"] = """
L:Đặt người dân ở vị trí trung tâm không chỉ là khẩu hiệu, mà phải trở thành thước đo cụ thể trong từng quyết định của chính quyền cơ sở sau sắp xếp.
P:Mô hình chính quyền địa phương hai cấp được vận hành từ ngày 1/7/2025 đã tạo ra thay đổi căn bản trong cách chính quyền tiếp cận người dân. Khi cấp huyện không còn, cấp xã trở thành nơi trực tiếp giải quyết phần lớn thủ tục hành chính, tổ chức thực hiện chính sách và lắng nghe ý kiến của nhân dân. Điều đó đòi hỏi đội ngũ cán bộ cơ sở không chỉ giỏi chuyên môn mà còn phải thực sự gần dân, hiểu dân.
P:Thực tiễn cho thấy, ở đâu chính quyền công khai, minh bạch, đối thoại thường xuyên thì ở đó người dân đồng thuận cao. Nhiều xã ở Đắk Lắk, Lâm Đồng, Khánh Hòa đã duy trì ngày tiếp dân định kỳ của chủ tịch xã, lập nhóm trao đổi trực tuyến theo từng thôn, buôn để tiếp nhận phản ánh. Những việc tưởng như nhỏ này đã giúp giải quyết kịp thời nhiều vướng mắc về đất đai, môi trường, an sinh xã hội.
P:Tuy vậy, vẫn còn tình trạng một bộ phận cán bộ ngại va chạm, đùn đẩy trách nhiệm, giải quyết công việc theo kiểu hành chính đơn thuần. Có nơi thủ tục đã được đưa lên môi trường số nhưng người dân, nhất là người cao tuổi, đồng bào dân tộc thiểu số, vẫn phải đi lại nhiều lần vì không được hướng dẫn đến nơi đến chốn.
P:Để chính quyền cơ sở thật sự vì dân, trước hết cần đổi mới cách đánh giá cán bộ, lấy sự hài lòng của người dân làm tiêu chí quan trọng. Kết quả khảo sát mức độ hài lòng cần được công khai, gắn với trách nhiệm người đứng đầu. Bên cạnh đó, cần phát huy vai trò của Mặt trận Tổ quốc và các đoàn thể trong giám sát, phản biện xã hội ngay từ khi xây dựng chủ trương, chính sách ở cơ sở.
P:Cùng với đó, phải quan tâm đúng mức đến điều kiện làm việc, chế độ đãi ngộ cho cán bộ cấp xã, nhất là ở vùng sâu, vùng xa. Khi khối lượng công việc tăng lên nhiều lần sau sắp xếp, không thể đòi hỏi cán bộ tận tụy nếu thu nhập và cơ hội phát triển của họ chưa tương xứng.
P:Lấy dân làm gốc là bài học xuyên suốt của cách mạng Việt Nam. Trong giai đoạn mới, bài học ấy cần được cụ thể hóa bằng những việc làm thiết thực, để mỗi người dân cảm nhận được chính quyền ở gần mình hơn, phục vụ mình tốt hơn.
"""
TEXTS["h13"] = """
L:Bệnh viện Đa khoa Trung ương Cần Thơ vừa triển khai thành công kỹ thuật can thiệp nội mạch lấy huyết khối cho bệnh nhân đột quỵ đến viện muộn, mở ra cơ hội sống cho người bệnh ở các tỉnh miền Tây.
P:Bệnh nhân là ông T.V.H., 67 tuổi, ở xã Phong Điền, TP Cần Thơ, được người nhà đưa vào viện trong tình trạng yếu nửa người bên phải, nói đớ, sau khi khởi phát triệu chứng khoảng 11 giờ. Kết quả chụp cắt lớp vi tính tưới máu não cho thấy bệnh nhân bị tắc động mạch não giữa nhưng vùng mô não còn có thể cứu được khá lớn.
P:Bác sĩ chuyên khoa II Trần Minh Khoa, Trưởng khoa Thần kinh, cho biết trước đây bệnh nhân đột quỵ đến viện sau 6 giờ thường không còn chỉ định can thiệp. Nhờ phần mềm phân tích tưới máu não, các bác sĩ có thể lựa chọn chính xác người bệnh còn khả năng hồi phục dù đến muộn tới 24 giờ.
P:Sau 45 phút can thiệp, ê-kíp đã lấy được toàn bộ cục huyết khối, dòng máu lên não được tái thông hoàn toàn. Hai ngày sau, ông H. đã nói rõ, cử động tay chân bên phải tốt hơn và có thể ngồi dậy ăn cháo.
C:Ê-kíp bác sĩ Khoa Thần kinh thực hiện can thiệp lấy huyết khối cho bệnh nhân. Ảnh: BVCC
P:Theo thống kê của bệnh viện, từ đầu năm 2026 đến nay, đơn vị đã tiếp nhận hơn 2.600 ca đột quỵ, trong đó khoảng 40% đến viện sau thời gian vàng. Bệnh viện đang phối hợp với Sở Y tế các tỉnh Vĩnh Long, An Giang, Cà Mau xây dựng mạng lưới chuyển tuyến nhanh, hội chẩn từ xa để rút ngắn thời gian cấp cứu.
P:Các bác sĩ khuyến cáo, khi thấy người thân có dấu hiệu méo miệng, yếu liệt tay chân, nói khó, cần gọi ngay cấp cứu 115 và đưa đến cơ sở y tế có khả năng điều trị đột quỵ gần nhất, không tự ý cạo gió, chích máu đầu ngón tay hay cho uống thuốc tại nhà.
"""
TEXTS["h14"] = """
L:Sau hơn một năm thực hiện cơ chế đặc thù, nhiều dự án nhà ở xã hội tại Bắc Ninh, Hải Phòng, Hưng Yên đã được đẩy nhanh tiến độ, nhưng giá bán và điều kiện vay vốn vẫn là rào cản lớn với người thu nhập thấp.
P:Theo Bộ Xây dựng, đến hết tháng 10/2026, cả nước có 712 dự án nhà ở xã hội đang triển khai với quy mô khoảng 640.000 căn, trong đó đã hoàn thành hơn 168.000 căn. Các địa phương có nhiều khu công nghiệp như Bắc Ninh, Hải Phòng, Đồng Nai dẫn đầu về số căn khởi công mới trong năm.
P:Tại phường Quế Võ, tỉnh Bắc Ninh, dự án nhà ở xã hội 1.900 căn dành cho công nhân vừa bàn giao giai đoạn 1. Giá bán bình quân 15,8 triệu đồng/m2, căn hộ 55 m2 có giá khoảng 870 triệu đồng. Chị Nguyễn Thị Hằng, công nhân một doanh nghiệp điện tử, cho biết vợ chồng chị phải vay 600 triệu đồng với thời hạn 20 năm, mỗi tháng trả gần 5 triệu đồng.
C:Dự án nhà ở xã hội tại phường Quế Võ, tỉnh Bắc Ninh bàn giao giai đoạn 1 cho người mua.
P:Nhiều doanh nghiệp cho biết thủ tục xác định giá bán, thẩm định đối tượng mua đã được rút ngắn, nhưng quỹ đất sạch vẫn khan hiếm. Một số dự án phải chờ giải phóng mặt bằng nhiều tháng, làm chi phí lãi vay tăng, đẩy giá thành lên cao.
P:Ông Vương Đình Khải, Phó Cục trưởng Cục Quản lý nhà và thị trường bất động sản, cho biết Bộ Xây dựng đang đề xuất tăng thời hạn cho vay ưu đãi lên 25 năm, đồng thời cho phép người lao động dùng quỹ công đoàn, quỹ phúc lợi của doanh nghiệp để hỗ trợ trả trước.
P:Theo các chuyên gia, để nhà ở xã hội thực sự đến đúng người, cần công khai danh sách dự án, tiến độ và danh sách người được mua trên cổng thông tin của địa phương, đồng thời xử lý nghiêm hành vi môi giới, mua bán suất mua trái phép.
"""
TEXTS["h15"] = """
L:Chính sách tài khóa năm 2026 tiếp tục được điều hành theo hướng mở rộng có trọng tâm, hỗ trợ tăng trưởng gắn với bảo đảm an toàn nợ công. Bài viết phân tích kết quả thu, chi ngân sách mười tháng và đề xuất một số giải pháp cho năm 2027.
H:1. Kết quả thu, chi ngân sách mười tháng năm 2026
P:Theo số liệu của Bộ Tài chính, tổng thu ngân sách nhà nước mười tháng năm 2026 ước đạt 1.947 nghìn tỷ đồng, bằng 96,8% dự toán, tăng 9,4% so với cùng kỳ. Tổng chi ngân sách ước đạt 1.612 nghìn tỷ đồng, bằng 69,2% dự toán, trong đó chi đầu tư phát triển đạt 58,7% kế hoạch.
P:Cơ cấu thu, chi chủ yếu được thể hiện tại bảng dưới đây:
R:Chỉ tiêu | Ước thực hiện (nghìn tỷ đồng) | So với dự toán (%)
R:Thu nội địa | 1.602 | 97,5
R:Thu từ dầu thô | 48 | 91,2
R:Thu cân đối từ xuất nhập khẩu | 297 | 94,1
R:Chi đầu tư phát triển | 465 | 58,7
R:Chi thường xuyên | 1.098 | 76,3
P:Kết quả thu ngân sách khả quan phản ánh sự phục hồi của sản xuất, kinh doanh và hiệu quả của việc mở rộng hóa đơn điện tử khởi tạo từ máy tính tiền. Tuy nhiên, giải ngân vốn đầu tư công vẫn chậm ở một số bộ, ngành và địa phương do vướng mắc giải phóng mặt bằng, điều chỉnh dự án sau sắp xếp đơn vị hành chính.
H:2. Một số giải pháp cho năm 2027
P:Thứ nhất, tiếp tục cơ cấu lại thu ngân sách theo hướng bền vững, mở rộng cơ sở thuế, chống thất thu trong thương mại điện tử và kinh doanh trên nền tảng số.
P:Thứ hai, nâng cao hiệu quả chi đầu tư công, tập trung vốn cho các dự án hạ tầng chiến lược có tính lan tỏa, kiên quyết điều chuyển vốn từ dự án chậm giải ngân sang dự án có khả năng hấp thụ tốt.
P:Thứ ba, tiết kiệm chi thường xuyên gắn với tinh gọn bộ máy, dành nguồn lực cho an sinh xã hội, giáo dục, y tế và khoa học, công nghệ.
P:Thứ tư, kiểm soát chặt chẽ bội chi và nợ công, bảo đảm các chỉ tiêu an toàn nợ trong giới hạn Quốc hội cho phép, tạo dư địa ứng phó với các cú sốc bên ngoài.
"""
TEXTS["h16"] = """
L:Mô hình nuôi tôm kết hợp trồng lúa trên đất nhiễm mặn đang giúp nhiều hộ dân ở Cà Mau có thu nhập ổn định, đồng thời giảm sử dụng hóa chất và thích ứng với biến đổi khí hậu.
P:Gia đình anh Trần Văn Phúc ở ấp Kinh Hòa, xã Thới Bình có 3 ha đất nuôi tôm - lúa. Mùa khô anh thả tôm sú, tôm càng xanh; mùa mưa rửa mặn, cấy lúa ST25. Mỗi năm, sau khi trừ chi phí, gia đình anh có lãi khoảng 280 triệu đồng.
P:"Trồng lúa xong, gốc rạ mục làm thức ăn tự nhiên cho tôm, nên tôm ít bệnh, không phải dùng thuốc. Lúa trồng trên đất nuôi tôm cũng gần như không bón phân, bán được giá cao hơn lúa thường", anh Phúc chia sẻ.
P:Theo Trung tâm Khuyến nông tỉnh Cà Mau, toàn tỉnh hiện có khoảng 42.000 ha nuôi tôm - lúa, tập trung ở các xã phía bắc của tỉnh. Năng suất tôm bình quân đạt 450-500 kg/ha/năm, lúa đạt 4,5-5 tấn/ha.
C:Nông dân xã Thới Bình thu hoạch lúa ST25 trên ruộng nuôi tôm.
P:Để nâng giá trị sản phẩm, tỉnh đang hỗ trợ thành lập các hợp tác xã, xây dựng vùng nuôi đạt chứng nhận hữu cơ, kết nối với doanh nghiệp chế biến xuất khẩu. Hiện đã có hơn 12.000 ha được cấp chứng nhận hữu cơ quốc tế, sản phẩm tôm được xuất sang châu Âu và Nhật Bản.
P:Tuy nhiên, nhiều hộ vẫn gặp khó do hệ thống thủy lợi chưa đồng bộ, việc điều tiết nước mặn, nước ngọt giữa các vùng đôi khi còn mâu thuẫn. Ngành nông nghiệp kiến nghị đầu tư thêm cống ngăn mặn và nạo vét kênh nội đồng, đồng thời tập huấn cho nông dân kỹ thuật quản lý môi trường ao nuôi.
P:Thời gian tới, Cà Mau đặt mục tiêu mở rộng diện tích tôm - lúa lên 50.000 ha vào năm 2030, gắn với xây dựng thương hiệu gạo tôm sạch của tỉnh.
"""
TEXTS["h17"] = """
L:Tuần qua, giá lúa gạo tại Đồng bằng sông Cửu Long tăng nhẹ nhờ nhu cầu nhập khẩu từ Philippines và Indonesia phục hồi, trong khi giá cà phê và hồ tiêu giảm sau chuỗi tăng dài.
P:Theo ghi nhận tại các địa phương, giá lúa tươi loại IR 50404 được thương lái thu mua ở mức 6.900-7.100 đồng/kg, tăng 200 đồng/kg so với tuần trước. Lúa OM 18 và Đài Thơm 8 dao động 7.500-7.800 đồng/kg. Giá gạo xuất khẩu 5% tấm của Việt Nam ở mức 412-416 USD/tấn.
P:Ở Tây Nguyên, giá cà phê nhân xô giảm khoảng 3.000 đồng/kg trong tuần do lượng hàng vụ mới về nhiều. Giá hồ tiêu cũng giảm nhẹ, trong khi giá sầu riêng Ri6 và Monthong tăng trở lại khi nguồn cung cuối vụ khan hiếm.
P:Giá một số mặt hàng nông sản chủ lực ngày 20/11/2026:
R:Mặt hàng | Địa phương | Giá (đồng/kg) | So với tuần trước
R:Lúa tươi IR 50404 | An Giang | 7.000 | +200
R:Lúa tươi OM 18 | Đồng Tháp | 7.700 | +150
R:Cà phê nhân xô | Đắk Lắk | 112.500 | -3.000
R:Hồ tiêu | Gia Lai | 146.000 | -1.500
R:Sầu riêng Ri6 loại A | Vĩnh Long | 68.000 | +6.000
P:Ông Phạm Quang Định, Giám đốc một doanh nghiệp xuất khẩu gạo ở Cần Thơ, nhận định nhu cầu gạo cho dịp cuối năm sẽ giữ giá lúa ổn định ít nhất đến giữa tháng 12. Tuy nhiên, ông lưu ý nông dân không nên ồ ạt giữ lúa chờ giá, vì Ấn Độ có thể tăng lượng xuất khẩu bất cứ lúc nào.
P:Đối với cà phê, các chuyên gia cho rằng giá giảm là điều chỉnh kỹ thuật sau thời gian tăng nóng. Người trồng nên bán rải rác theo nhu cầu tài chính, tránh bán tháo khi giá giảm sâu.
P:Bộ Công Thương khuyến cáo doanh nghiệp theo dõi sát diễn biến thị trường, đa dạng hóa thị trường xuất khẩu và tuân thủ nghiêm các quy định về truy xuất nguồn gốc, an toàn thực phẩm của nước nhập khẩu.
"""
TEXTS["h18"] = """
L:Ghi bàn ở phút 88, tiền đạo trẻ Trần Quốc Vinh giúp Thể Công - Viettel thắng ngược Công an Hà Nội 2-1 trong trận derby Thủ đô hấp dẫn ở vòng 10 V-League 2026-2027 tối 21/11.
P:Trên sân Hàng Đẫy chật kín khán giả, đội khách Công an Hà Nội nhập cuộc tốt hơn và sớm có bàn mở tỷ số ở phút 17. Từ quả đá phạt của Phạm Văn Luân, trung vệ Đặng Minh Hiếu bật cao đánh đầu cận thành, không cho thủ môn Hoàng Lâm cơ hội cản phá.
P:Bị dẫn bàn, Thể Công - Viettel đẩy cao đội hình tấn công. Phút 54, Vũ Tiến Dũng đi bóng qua hai cầu thủ đối phương rồi chuyền vào để Rafael Souza dứt điểm gỡ hòa 1-1. Những phút cuối, huấn luyện viên Marko Jovanović tung Quốc Vinh vào sân và quyết định này mang lại hiệu quả. Phút 88, nhận đường chuyền của Lương Đức Thịnh, Quốc Vinh thoát xuống sút chéo góc, ấn định chiến thắng 2-1.
C:Trần Quốc Vinh ăn mừng bàn thắng quyết định ở phút 88.
P:"Tôi chỉ nghĩ phải chạy và dứt điểm thật quyết đoán. Bàn thắng này dành tặng cho người hâm mộ đã ở lại sân đến phút cuối", Quốc Vinh chia sẻ sau trận.
P:Với chiến thắng này, Thể Công - Viettel có 20 điểm, vươn lên vị trí thứ hai trên bảng xếp hạng, kém đội đầu bảng Nam Định 2 điểm. Công an Hà Nội đứng thứ năm với 16 điểm.
P:Ở các trận đấu khác cùng ngày, Hải Phòng hòa Sông Lam Nghệ An 1-1, Hoàng Anh Gia Lai thắng Becamex TP.HCM 2-0. Vòng 11 V-League sẽ diễn ra từ ngày 28/11 sau khi đội tuyển Việt Nam hoàn thành hai trận giao hữu quốc tế.
"""
TEXTS["h19"] = """
L:Triển lãm "Sắc màu di sản các dân tộc Việt Nam" khai mạc tại Bảo tàng Dân tộc học Việt Nam, giới thiệu hơn 300 hiện vật, hình ảnh về trang phục, nhạc cụ và nghề thủ công truyền thống của 54 dân tộc.
P:Triển lãm do Bộ Văn hóa, Thể thao và Du lịch phối hợp với Viện Hàn lâm Khoa học xã hội Việt Nam tổ chức, kéo dài đến hết tháng 2/2027. Nhiều hiện vật lần đầu được trưng bày, trong đó có bộ trang phục cưới của người Lô Lô ở tỉnh Cao Bằng và chiếc đàn đá hơn 2.000 năm tuổi được phát hiện tại tỉnh Lâm Đồng.
P:Điểm mới của triển lãm là khu trải nghiệm tương tác, nơi khách tham quan có thể thử dệt thổ cẩm, in hoa văn sáp ong và nghe nhạc cụ dân tộc qua thiết bị thực tế ảo. Mỗi hiện vật đều có mã QR để tra cứu thông tin bằng tiếng Việt, tiếng Anh và tiếng Pháp.
C:Khách tham quan tìm hiểu trang phục truyền thống của đồng bào dân tộc Mông tại triển lãm. Ảnh: Thu Trang
P:Phát biểu khai mạc, Thứ trưởng Bộ Văn hóa, Thể thao và Du lịch Hoàng Minh Đạo cho rằng việc số hóa di sản giúp thế hệ trẻ tiếp cận văn hóa các dân tộc một cách sinh động. Bộ sẽ tiếp tục hỗ trợ các địa phương kiểm kê, số hóa di sản văn hóa phi vật thể, trước hết là các nghề thủ công có nguy cơ mai một.
P:Trong khuôn khổ triển lãm, các nghệ nhân đến từ Lai Châu, Điện Biên, Gia Lai sẽ trình diễn nghề dệt, rèn, đan lát vào các ngày cuối tuần. Ban tổ chức cũng tổ chức chuỗi tọa đàm về bảo tồn di sản trong bối cảnh phát triển du lịch cộng đồng.
P:Triển lãm mở cửa miễn phí từ thứ Ba đến Chủ nhật, từ 8h30 đến 17h30.
"""
TEXTS["h20"] = """
L:Kinh tế tư nhân đã được xác định là một động lực quan trọng nhất của nền kinh tế. Bài viết làm rõ những kết quả bước đầu sau hơn một năm thực hiện Nghị quyết số 68-NQ/TW của Bộ Chính trị và đề xuất một số giải pháp tiếp tục tháo gỡ điểm nghẽn cho khu vực này.
H:Những kết quả bước đầu
P:Sau khi Nghị quyết số 68-NQ/TW về phát triển kinh tế tư nhân được ban hành, hệ thống pháp luật liên quan đến đầu tư, kinh doanh đã được rà soát, sửa đổi với tinh thần cắt giảm mạnh thủ tục hành chính và điều kiện kinh doanh không cần thiết. Năm 2026, cả nước có khoảng 198.000 doanh nghiệp thành lập mới, tăng gần 16% so với năm trước; số hộ kinh doanh chuyển đổi lên doanh nghiệp tăng gấp ba lần.
P:Tỷ trọng đóng góp của khu vực kinh tế tư nhân vào GDP ước đạt khoảng 51%, tạo việc làm cho hơn 82% lực lượng lao động. Nhiều tập đoàn tư nhân đã tham gia đầu tư vào các dự án hạ tầng chiến lược, công nghiệp bán dẫn, năng lượng tái tạo và trí tuệ nhân tạo.
Q:Kinh tế tư nhân là một động lực quan trọng nhất của nền kinh tế quốc gia; là lực lượng tiên phong thúc đẩy tăng trưởng, tạo việc làm, nâng cao năng suất lao động, năng lực cạnh tranh quốc gia.
P:Tuy nhiên, quy mô doanh nghiệp tư nhân phần lớn vẫn nhỏ, năng lực quản trị và công nghệ còn hạn chế. Tiếp cận đất đai, tín dụng và thị trường vẫn là những rào cản lớn; tâm lý e ngại rủi ro pháp lý ở một bộ phận doanh nhân chưa được tháo gỡ hoàn toàn.
H:Một số giải pháp trong thời gian tới
P:Để kinh tế tư nhân thực sự trở thành động lực quan trọng nhất, cần tập trung thực hiện đồng bộ các giải pháp sau:
LI:Tiếp tục hoàn thiện thể chế, bảo đảm quyền tài sản, quyền tự do kinh doanh và cạnh tranh bình đẳng giữa các thành phần kinh tế.
LI:Phân biệt rõ trách nhiệm hình sự, hành chính và dân sự trong xử lý vi phạm kinh tế, ưu tiên biện pháp khắc phục hậu quả.
LI:Mở rộng tiếp cận đất đai, tín dụng, dữ liệu và hạ tầng số cho doanh nghiệp nhỏ và vừa, doanh nghiệp khởi nghiệp sáng tạo.
LI:Khuyến khích hình thành các doanh nghiệp tư nhân quy mô lớn, tham gia sâu vào chuỗi giá trị khu vực và toàn cầu.
P:Phát triển kinh tế tư nhân không chỉ là yêu cầu kinh tế mà còn là nhiệm vụ chính trị quan trọng. Sự đồng hành của Nhà nước, sự năng động của doanh nhân và sự đồng thuận của xã hội sẽ là nền tảng để khu vực này vươn lên mạnh mẽ trong kỷ nguyên mới.
H:Tài liệu tham khảo
LI:Bộ Chính trị: Nghị quyết số 68-NQ/TW, ngày 4/5/2025, về phát triển kinh tế tư nhân.
LI:Tổng cục Thống kê: Niên giám thống kê năm 2025, Nxb Thống kê, Hà Nội, 2026.
LI:Bộ Tài chính: Báo cáo tình hình phát triển doanh nghiệp năm 2026, Hà Nội, 2026.
"""

# ---------------------------------------------------------------- helpers
def parse(name):
    out = []
    for line in TEXTS[name].strip("\n").split("\n"):
        k, _, v = line.partition(":")
        assert k in ("L", "P", "H", "LI", "C", "Q", "R", "T", "V"), line
        if k == "R":
            out.append((k, [c.strip() for c in v.split(" | ")]))
        else:
            out.append((k, v.strip()))
    return out


def gold_body(blocks):
    parts = []
    for k, v in blocks:
        if k == "R":
            parts.extend(v)
        else:
            parts.append(v)
    return "\n\n".join(parts)


def lead_of(blocks):
    return next((v for k, v in blocks if k == "L"), None)


def esc(s):
    return html.escape(s, quote=False)


def att(s):
    return html.escape(s, quote=True)


def entity_encode(s):
    """Encode non-ASCII letters as HTML entities, as an old FCKeditor does."""
    import html.entities as he
    rev = {}
    for n, cp in he.name2codepoint.items():
        if 0xC0 <= cp <= 0xFF:
            rev[cp] = n
    out = []
    for ch in s:
        cp = ord(ch)
        if cp < 128:
            out.append(ch)
        elif cp in rev:
            out.append("&%s;" % rev[cp])
        else:
            out.append("&#%d;" % cp)
    return "".join(out)


TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def cp1258_encode(s):
    out = bytearray()
    for ch in s:
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        d = unicodedata.normalize("NFD", ch)
        tone = "".join(c for c in d if c in TONES)
        d = "".join(c for c in d if c not in TONES)
        base = unicodedata.normalize("NFC", d)
        out += base.encode("cp1258")
        if tone:
            out += tone.encode("cp1258")
    return bytes(out)


def img_src(rng, host, year="2026", month="11"):
    return "https://%s/uploads/%s/%s/%02d/%s.jpg" % (
        host, year, month, rng.randint(1, 28), "".join(rng.choice("abcdef0123456789") for _ in range(16)))


def render(blocks, rng, host, o=None):
    """Render body blocks (lead excluded) as HTML. o overrides tag templates."""
    d = {
        "p": "<p>{}</p>",
        "h": "<h2>{}</h2>",
        "ul": ("<ul>", "</ul>"),
        "li": "<li>{}</li>",
        "fig": '<figure class="image"><img src="{src}" alt="{alt}" width="800" height="533"><figcaption>{cap}</figcaption></figure>',
        "q": "<blockquote><p>{}</p></blockquote>",
        "table": ('<table class="table" border="1" cellpadding="4">', "</table>"),
        "th": "<th>{}</th>",
        "td": "<td>{}</td>",
        "T": '<div class="time-label">{}</div>',
        "V": "",
    }
    if o:
        d.update(o)
    out = []
    i = 0
    body = [b for b in blocks if b[0] != "L"]
    while i < len(body):
        k, v = body[i]
        if k == "P":
            out.append(d["p"].format(esc(v)))
        elif k == "H":
            out.append(d["h"].format(esc(v)))
        elif k == "LI":
            out.append(d["ul"][0])
            while i < len(body) and body[i][0] == "LI":
                out.append(d["li"].format(esc(body[i][1])))
                i += 1
            out.append(d["ul"][1])
            continue
        elif k == "C":
            alt = " ".join(v.split()[:6])
            out.append(d["fig"].format(src=img_src(rng, host), alt=att(alt), cap=esc(v)))
        elif k == "Q":
            out.append(d["q"].format(esc(v)))
        elif k == "R":
            out.append(d["table"][0])
            first = True
            while i < len(body) and body[i][0] == "R":
                cell = d["th"] if first else d["td"]
                out.append("<tr>" + "".join(cell.format(esc(c)) for c in body[i][1]) + "</tr>")
                first = False
                i += 1
            out.append(d["table"][1])
            continue
        elif k == "T":
            out.append(d["T"].format(esc(v)))
        elif k == "V":
            out.append(d["V"].format(src=img_src(rng, host), cap=esc(v)))
        i += 1
    return "\n".join(out)


# ---------------------------------------------------------------- chrome
HEADLINES = [
    "Thủ tướng chủ trì phiên họp Chính phủ thường kỳ tháng 11",
    "Quốc hội thông qua Luật sửa đổi một số điều của Luật Đất đai",
    "Giá xăng dầu đồng loạt giảm từ 15 giờ chiều nay",
    "Hơn 1,2 triệu thí sinh đăng ký thi tốt nghiệp THPT năm 2027",
    "Khởi công tuyến cao tốc Đồng Đăng - Trà Lĩnh giai đoạn 2",
    "Ngân hàng Nhà nước giữ nguyên lãi suất điều hành",
    "Xuất khẩu nông lâm thủy sản mười tháng vượt 58 tỷ USD",
    "Cảnh báo lừa đảo mạo danh cơ quan thuế qua tin nhắn",
    "Khai mạc Tuần lễ Văn hóa các dân tộc vùng Tây Bắc",
    "Đường sắt đô thị Nhổn - Ga Hà Nội chạy thêm chuyến giờ cao điểm",
    "Lâm Đồng đón hơn 8 triệu lượt khách trong mười tháng",
    "Bộ Y tế khuyến cáo phòng bệnh hô hấp khi thời tiết chuyển lạnh",
    "Hải Phòng phát triển cảng biển gắn với logistics xanh",
    "Nghệ An hỗ trợ nông dân chuyển đổi cây trồng trên đất lúa kém hiệu quả",
    "Đội tuyển Việt Nam hội quân chuẩn bị hai trận giao hữu",
    "Hà Nội xử lý hơn 300 điểm ùn tắc giao thông",
    "TP.HCM thí điểm vùng phát thải thấp tại khu trung tâm",
    "Cần Thơ đầu tư 1.200 tỷ đồng chống sạt lở bờ sông",
    "Thêm 5 sản phẩm OCOP đạt chuẩn 5 sao quốc gia",
    "Học sinh Việt Nam giành 4 huy chương vàng Olympic Tin học",
    "Phát động cuộc thi ảnh Việt Nam hạnh phúc năm 2027",
    "Đồng Nai đẩy nhanh tiến độ giải phóng mặt bằng sân bay Long Thành",
    "Quảng Ninh đón tàu biển du lịch quốc tế đầu mùa",
    "Gia Lai phát triển điện gió gắn với sinh kế người dân",
    "Tây Ninh đưa vào vận hành trung tâm dữ liệu tỉnh",
    "Sơn La vào mùa hoa mận, du khách đổ về Mộc Châu",
    "Khánh Hòa tổng kết mùa du lịch biển năm 2026",
    "Vĩnh Long khôi phục nghề gốm đỏ ven sông Cổ Chiên",
    "An Giang mở rộng diện tích lúa chất lượng cao, phát thải thấp",
    "Hưng Yên thu hút thêm 3 dự án FDI vào khu công nghiệp",
    "Bắc Ninh khánh thành trung tâm đổi mới sáng tạo",
    "Huế tổ chức Lễ hội Áo dài mùa thu",
    "Ra mắt ứng dụng tra cứu thủ tục hành chính bằng giọng nói",
    "Công an tỉnh Lào Cai triệt phá đường dây buôn lậu qua biên giới",
    "Lạng Sơn thông quan hơn 1.500 xe hàng mỗi ngày",
    "Tuyên Quang bảo tồn làng văn hóa dân tộc Tày",
    "Quảng Trị phát huy giá trị di tích Thành cổ",
    "Ninh Bình chuẩn bị Lễ hội Tràng An năm 2027",
    "Thanh Hóa nâng cấp hệ thống đê biển trước mùa mưa bão",
    "Đắk Lắk hỗ trợ tiêu thụ sầu riêng cuối vụ",
    "Cà Mau phát triển du lịch rừng ngập mặn",
    "Điện Biên hoàn thành xóa nhà tạm, nhà dột nát",
    "Hà Tĩnh khởi công khu tái định cư cho người dân vùng sạt lở",
    "Phú Thọ đón nhận bằng xếp hạng di tích quốc gia đặc biệt",
    "Quảng Ngãi đẩy mạnh chế biến sâu sản phẩm từ keo",
    "Thái Nguyên hút vốn đầu tư vào công nghiệp điện tử",
    "Cao Bằng phát triển du lịch công viên địa chất",
    "Lai Châu trồng mới hơn 2.000 ha cây mắc ca",
    "Đồng Tháp nhân rộng mô hình cánh đồng lớn",
    "Hội nghị xúc tiến đầu tư vào vùng đồng bằng sông Cửu Long",
]


def pick_headlines(rng, n, fmt="%d/%m/%Y", start=(2026, 11, 22), days=20):
    hs = HEADLINES[:]
    rng.shuffle(hs)
    out = []
    y, m, d = start
    for i in range(n):
        t = hs[i % len(hs)]
        if i >= len(hs):
            t = t + " (tiếp)"
        back = rng.randint(0, days)
        dd, mm = d - back, m
        if dd < 1:
            dd += 31 if mm in (1, 11) else 30
            mm -= 1
        hh, mi = rng.randint(6, 22), rng.randint(0, 59)
        ds = fmt.replace("%d", "%02d" % dd).replace("%m", "%02d" % mm).replace("%Y", str(y)).replace("%H", "%02d" % hh).replace("%M", "%02d" % mi)
        slug = "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rng.randint(8, 14)))
        out.append((t, "/%s-%d.html" % (slug, rng.randint(100000, 999999)), ds))
    return out


def link_list(rng, items, cls="list-news", with_date=True, date_cls="time"):
    lis = []
    for t, u, ds in items:
        if with_date:
            lis.append('<li><a href="%s" title="%s">%s</a> <span class="%s">%s</span></li>' % (u, att(t), esc(t), date_cls, ds))
        else:
            lis.append('<li><a href="%s" title="%s">%s</a></li>' % (u, att(t), esc(t)))
    return '<ul class="%s">\n%s\n</ul>' % (cls, "\n".join(lis))


def box(rng, title, n, cls="box", fmt="%d/%m/%Y", with_date=True, tag="h3"):
    items = pick_headlines(rng, n, fmt)
    return '<div class="%s"><%s class="box-title">%s</%s>\n%s\n</div>' % (
        cls, tag, esc(title), tag, link_list(rng, items, with_date=with_date))


def nav(rng, cats, cls="main-menu", sub=True):
    out = ['<nav class="%s"><ul>' % cls, '<li class="home"><a href="/">Trang chủ</a></li>']
    for c in cats:
        slug = "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(6))
        out.append('<li><a href="/%s">%s</a>' % (slug, esc(c)))
        if sub:
            subs = rng.sample(SUBCATS, rng.randint(2, 5))
            out.append("<ul class=\"sub\">" + "".join('<li><a href="/%s/%d">%s</a></li>' % (slug, j, esc(s)) for j, s in enumerate(subs)) + "</ul>")
        out.append("</li>")
    out.append("</ul></nav>")
    return "\n".join(out)


CATS = ["Thời sự", "Chính trị", "Kinh tế", "Xã hội", "Pháp luật", "Thế giới", "Văn hóa", "Giáo dục",
        "Sức khỏe", "Thể thao", "Du lịch", "Khoa học - Công nghệ", "Bạn đọc", "Multimedia", "Địa phương"]
SUBCATS = ["Tin tức", "Phóng sự", "Bình luận", "Chính sách", "Doanh nghiệp", "Thị trường", "Bất động sản",
           "Tài chính", "Nông nghiệp", "Môi trường", "Giao thông", "Đô thị", "Lao động - Việc làm",
           "Y tế", "Tuyển sinh", "Bóng đá", "Văn học", "Điện ảnh", "Âm nhạc", "Chuyển đổi số",
           "Hồ sơ", "Video", "Ảnh", "Podcast", "Infographic", "Emagazine", "Đời sống", "Quốc phòng"]


def styles(rng, n=30):
    props = ["margin:0 auto", "padding:8px 12px", "font-size:15px", "line-height:1.6", "color:#222",
             "background:#fff", "display:flex", "border-bottom:1px solid #e5e5e5", "font-weight:700",
             "text-transform:uppercase", "position:relative", "overflow:hidden", "max-width:1160px",
             "width:100%", "float:left", "clear:both", "font-family:Arial,Helvetica,sans-serif"]
    sel = ["header", ".menu", ".box", ".list-news li", ".detail", ".sapo", ".footer", ".breadcrumb",
           ".tags a", ".share", ".sidebar", ".title", ".time", ".author", ".related", "figure", "figcaption"]
    rules = []
    for i in range(n):
        s = rng.choice(sel) + ("" if rng.random() < 0.5 else " .c%d" % rng.randint(1, 99))
        rules.append("%s{%s}" % (s, ";".join(rng.sample(props, rng.randint(2, 5)))))
    return "<style>" + "".join(rules) + "</style>"


def js_blob(rng, n=1):
    out = []
    for _ in range(n):
        ident = "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rng.randint(6, 12)))
        body = ";".join("var %s%d=function(a,b){return a[%d]^b&%d}" % (ident, i, rng.randint(0, 9), rng.randint(1, 255))
                        for i in range(rng.randint(8, 20)))
        out.append("<script>!function(w,d){%s;w.%s={v:'%d.%d.%d'}}(window,document);</script>" % (
            body, ident, rng.randint(1, 5), rng.randint(0, 20), rng.randint(0, 99)))
    out.append("<script async src=\"https://www.googletagmanager.com/gtag/js?id=G-%s\"></script>" % "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(10)))
    out.append("<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}gtag('js',new Date());gtag('config','G-%s');</script>" % "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(10)))
    return "\n".join(out)


def viewstate(rng, nbytes):
    raw = bytes(rng.getrandbits(8) for _ in range(nbytes))
    return base64.b64encode(raw).decode("ascii")


def footer(rng, org, addr, lic, editor, phone, cls="footer"):
    return ('<footer class="%s"><div class="footer-info"><p><strong>%s</strong></p>'
            '<p>Tổng Biên tập: %s</p><p>Địa chỉ: %s</p><p>Điện thoại: %s - Email: toasoan@%s</p>'
            '<p>%s</p><p>© Bản quyền thuộc về %s. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p>'
            '</div></footer>') % (cls, esc(org), esc(editor), esc(addr), phone,
                                  rng.choice(["gmail.com", "baomoi.vn", "toasoan.vn"]), esc(lic), esc(org))


def pad_block(rng, target, current, cls="sitemap"):
    """Generated sitemap links to reach a realistic page size."""
    if current >= target:
        return ""
    parts = ['<div class="%s">' % cls]
    size = current + 30
    j = 0
    while size < target:
        items = pick_headlines(rng, 6, "%d/%m/%Y")
        cat = rng.choice(CATS + SUBCATS)
        chunk = '<div class="col"><h4>%s</h4>%s</div>' % (esc(cat), link_list(rng, items, cls="sm-list", with_date=False))
        parts.append(chunk)
        size += len(chunk.encode("utf-8"))
        j += 1
    parts.append("</div>")
    return "\n".join(parts)


def share_tools():
    return ('<div class="share-tools"><a class="fb" href="#">Chia sẻ</a> <a class="zalo" href="#">Zalo</a> '
            '<a class="print" href="javascript:window.print()">In bài</a> <a class="mail" href="#">Gửi email</a> '
            '<a class="copy" href="#">Sao chép liên kết</a> <span class="font">A- A+</span></div>')


def comments(rng, n=3, fmt="%H:%M %d/%m/%Y"):
    names = ["Nguyễn Văn Hùng", "Lê Thị Mai", "Trần Quốc Bảo", "Phạm Thu Hà", "Bạn đọc Minh", "Đỗ Hoàng Long", "Vũ Ngọc Ánh"]
    texts = ["Thông tin rất hữu ích, mong chính quyền tiếp tục quan tâm.",
             "Đề nghị báo tiếp tục theo dõi và phản ánh kết quả.",
             "Ở địa phương tôi cũng đang gặp tình trạng tương tự.",
             "Cảm ơn phóng viên đã có bài viết kịp thời.",
             "Hy vọng các cơ quan chức năng sớm có giải pháp."]
    items = pick_headlines(rng, n, fmt, days=0)
    out = ['<div class="comments"><h3>Bình luận (%d)</h3>' % n]
    for i in range(n):
        out.append('<div class="comment"><span class="cmt-name">%s</span> <span class="cmt-time">%s</span><p>%s</p><a href="#">Thích</a> <a href="#">Trả lời</a></div>'
                   % (esc(rng.choice(names)), items[i][2], esc(rng.choice(texts))))
    out.append('<form class="comment-form"><textarea placeholder="Ý kiến của bạn..."></textarea>'
               '<input type="text" placeholder="Họ tên"><input type="email" placeholder="Email">'
               '<button type="submit">Gửi bình luận</button></form></div>')
    return "\n".join(out)


def tags(words):
    return '<div class="tags"><span>Từ khóa:</span> ' + " ".join('<a href="/tag/%d">%s</a>' % (i, esc(w)) for i, w in enumerate(words)) + "</div>"


def jsonld(d):
    return '<script type="application/ld+json">' + json.dumps(d, ensure_ascii=False) + "</script>"


def news_ld(meta, date_pub, headline=None, author=None, desc=None):
    d = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": headline or meta["title"],
         "datePublished": date_pub, "dateModified": date_pub, "mainEntityOfPage": meta["url"],
         "publisher": {"@type": "Organization", "name": meta["site"]}}
    if author:
        d["author"] = {"@type": "Person", "name": author}
    if desc:
        d["description"] = desc
    return jsonld(d)

# ---------------------------------------------------------------- page metadata
META = {}


def M(name, **kw):
    META[name] = kw


M("h01", platform="custom-fck", site="Tin Nhanh Việt", host="tinnhanhviet.vn",
  url="https://tinnhanhviet.vn/ha-noi-mo-them-12-tuyen-xe-buyt-dien-noi-cac-phuong-ven-do-4981237.html",
  charset="utf-8", title="Hà Nội mở thêm 12 tuyến xe buýt điện nối các phường ven đô",
  published_at="2026-11-21T15:20:41+07:00", author="Minh Châu", kb=88)
M("h02", platform="nextjs", site="Báo Tuổi Trẻ Phương Nam", host="tuoitrephuongnam.vn",
  url="https://tuoitrephuongnam.vn/tphcm-tuyen-hon-2-400-giao-vien-dot-bo-sung-cuoi-nam-20261120091527.htm",
  charset="utf-8", title="TP.HCM tuyển hơn 2.400 giáo viên đợt bổ sung cuối năm",
  published_at="2026-11-20T09:15:27+07:00", author="TRẦN HUỲNH", kb=104)
M("h03", platform="custom-nhandan", site="Báo Nhân Dân điện tử", host="nhandan-dientu.vn",
  url="https://nhandan-dientu.vn/chuyen-doi-so-o-cap-xa-tu-mo-hinh-diem-den-dien-rong-post918273.html",
  charset="utf-8", title="Chuyển đổi số ở cấp xã: Từ mô hình điểm đến diện rộng",
  published_at="2026-11-20T19:42:00+07:00", author="THANH GIANG, NGỌC MAI", kb=152)
M("h04", platform="aspnet-webforms", site="Báo Hà Tĩnh", host="baohatinh-online.vn",
  url="https://baohatinh-online.vn/nong-nghiep/nong-dan-ha-tinh-xuong-giong-vu-dong-tren-dat-hai-lua/312874.htm",
  charset="windows-1258", title="Nông dân Hà Tĩnh xuống giống vụ đông trên đất hai lúa",
  published_at="2026-11-19T10:05:00+07:00", author="Thu Hà", kb=71)
M("h05", platform="amp", site="Báo Đà Nẵng Online", host="danangonline.vn",
  url="https://danangonline.vn/amp/du-lich/da-nang-du-kien-don-1-3-trieu-luot-khach-dip-cuoi-nam-a219384.html",
  charset="utf-8", title="Đà Nẵng dự kiến đón 1,3 triệu lượt khách dịp cuối năm",
  published_at="2026-11-18T07:30:12+07:00", author="Hoài Thu", kb=46)
M("h06", platform="wordpress", site="Tạp chí Doanh nhân Phương Nam", host="doanhnhanphuongnam.vn",
  url="https://doanhnhanphuongnam.vn/2026/11/17/nganh-go-truoc-yeu-cau-xanh-va-minh-bach-nguon-goc/",
  charset="utf-8", title="Ngành gỗ trước yêu cầu xanh và minh bạch nguồn gốc",
  published_at="2026-11-17T08:00:00+07:00", author="Phương Linh", kb=79)
M("h07", platform="live-blog", site="Báo Lao Động Miền Trung", host="laodongmientrung.vn",
  url="https://laodongmientrung.vn/truc-tiep-bao-so-14-ap-sat-quang-ngai-so-tan-hon-48-000-nguoi-1502938.ldo",
  charset="utf-8", title="Bão số 14 áp sát, Quảng Ngãi sơ tán hơn 48.000 người",
  published_at="2026-11-21T06:30:00+07:00", author="Nhóm phóng viên", kb=96)


def doc(head, body, lang="vi", html_attr=""):
    return '<!DOCTYPE html>\n<html lang="%s"%s>\n<head>\n%s\n</head>\n<body>\n%s\n</body>\n</html>\n' % (lang, html_attr, head, body)


def basic_head(meta, rng, extra="", charset_meta='<meta charset="utf-8">', desc=None):
    return "\n".join([
        charset_meta,
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        "<title>%s - %s</title>" % (esc(meta["title"]), esc(meta["site"])),
        '<meta name="description" content="%s">' % att(desc or meta["title"]),
        '<meta property="og:title" content="%s">' % att(meta["title"]),
        '<meta property="og:url" content="%s">' % meta["url"],
        '<meta property="og:type" content="article">',
        '<meta property="og:site_name" content="%s">' % att(meta["site"]),
        '<meta name="author" content="%s">' % att(meta["site"]),
        '<link rel="canonical" href="%s">' % meta["url"],
        styles(rng, rng.randint(25, 60)),
        extra,
    ])


def finish(meta, rng, build):
    """build(pad) -> html. Pads with a generated sitemap to the page's target size."""
    first = build("")
    target = meta["kb"] * 1024 + rng.randint(-900, 900)
    return build(pad_block(rng, target, len(first.encode("utf-8"))))


# ---------------------------------------------------------------- templates
def t_h01(name, meta, blocks, rng):
    lead = lead_of(blocks)
    body = render(blocks, rng, meta["host"], {
        "p": '<p class="Normal">{}</p>',
        "h": '<h2 class="Normal"><strong>{}</strong></h2>',
        "fig": '<figure data-size="true" itemprop="associatedMedia image" itemscope><div class="fig-picture"><picture><img itemprop="contentUrl" loading="lazy" intrinsicsize="680x0" alt="{alt}" class="lazy" src="{src}"></picture></div><figcaption itemprop="description"><p class="Image">{cap}</p></figcaption></figure>'})
    head = basic_head(meta, rng, extra="\n".join([
        '<meta property="article:published_time" content="2026-11-21T15:20:41+07:00">',
        '<meta property="article:section" content="Thời sự">',
        '<meta name="its_publisher" content="tinnhanhviet">', js_blob(rng, 2)]), desc=lead)

    def build(pad):
        return doc(head, "\n".join([
            '<header class="header"><div class="container"><a class="logo" href="/">Tin Nhanh Việt</a>'
            '<span class="time-now">Chủ nhật, 22/11/2026</span>'
            '<a class="btn-login" href="/login">Đăng nhập</a></div>',
            nav(rng, CATS[:10], "main-nav", sub=False), "</header>",
            '<section class="section page-detail top-detail"><div class="container"><div class="sidebar-1">',
            '<div class="header-content"><ul class="breadcrumb"><li><a href="/thoi-su">Thời sự</a></li><li><a href="/thoi-su/giao-thong">Giao thông</a></li></ul>'
            '<span class="date">Thứ bảy, 21/11/2026, 15:20 (GMT+7)</span></div>',
            '<h1 class="title-detail">%s</h1>' % esc(meta["title"]),
            '<p class="description">%s</p>' % esc(lead),
            '<article class="fck_detail">', body,
            '<p class="Normal" style="text-align:right;"><strong>Minh Châu</strong></p>',
            "</article>",
            tags(["xe buýt điện", "giao thông công cộng", "Hà Nội"]),
            share_tools(),
            box(rng, "Tin liên quan", 4, "box-related", "%d/%m/%Y"),
            comments(rng, 4),
            '</div><div class="sidebar-2">',
            box(rng, "Xem nhiều", 10, "box-mostview", "%d/%m"),
            box(rng, "Tin mới nhất", 12, "box-latest", "%H:%M"),
            "</div></div></section>",
            pad,
            footer(rng, "Tin Nhanh Việt", "Tầng 9, số 17 Duy Tân, phường Cầu Giấy, Hà Nội",
                   "Giấy phép số 412/GP-BVHTTDL cấp ngày 12/8/2025", "Phạm Hữu Nghĩa", "024 7300 8899"),
            js_blob(rng, 3)]))
    return finish(meta, rng, build)


def t_h02(name, meta, blocks, rng):
    lead = lead_of(blocks)
    body = render(blocks, rng, meta["host"], {
        "p": "<p>{}</p>", "h": "<h2>{}</h2>",
        "fig": '<figure class="VCSortableInPreviewMode" type="Photo"><div><img src="{src}" alt="{alt}" width="1200" height="800"></div><figcaption class="PhotoCMS_Caption"><p data-placeholder="Nhập chú thích ảnh">{cap}</p></figcaption></figure>'})
    # a related box inside the content, after the first paragraph
    rel = '<div class="VCSortableInPreviewMode" type="RelatedNewsBox"><div class="kbwscwl-relatedbox"><strong>TIN LIÊN QUAN</strong>' + link_list(rng, pick_headlines(rng, 3), with_date=False) + "</div></div>"
    parts = body.split("\n")
    parts.insert(1, rel)
    body = "\n".join(parts)
    nd = {"props": {"pageProps": {"article": {"id": 20261120091527, "title": meta["title"], "sapo": lead,
          "content": render(blocks, random.Random(0), meta["host"]), "publishDate": "2026-11-20T02:15:27.000Z",
          "author": "TRẦN HUỲNH", "category": "Giáo dục"}}, "__N_SSP": True},
          "page": "/[slug]", "query": {"slug": meta["url"].rsplit("/", 1)[1]}, "buildId": "k8Zq1vT0pLxR3", "isFallback": False}
    head = basic_head(meta, rng, extra="\n".join([
        '<meta property="article:published_time" content="2026-11-20T02:15:27.000Z">',
        news_ld(meta, "2026-11-20T02:15:27.000Z", author="Trần Huỳnh", desc=lead),
        '<link rel="preload" href="/_next/static/css/3f1a9c2e.css" as="style">',
        '<script src="/_next/static/chunks/webpack-1b2c3d.js" defer></script>']), desc=lead)

    def build(pad):
        return doc(head, "\n".join([
            '<div id="__next"><div class="header-top"><div class="container"><span class="date-time">Chủ Nhật, 22/11/2026</span>'
            '<a href="/tuoi-tre-sao">Tuổi Trẻ Sao</a> <a href="/dang-ky">Đăng ký</a></div></div>',
            '<header class="header"><a class="logo" href="/">Tuổi Trẻ Phương Nam</a>', nav(rng, CATS, "menu-nav"), "</header>",
            '<main class="main-detail"><div class="detail-cate"><a href="/giao-duc.htm">Giáo dục</a></div>',
            '<div class="detail-top"><div class="detail-time"><div data-role="publishdate">20/11/2026 09:15 GMT+7</div></div></div>',
            '<h1 class="detail-title article-title" data-role="title">%s</h1>' % esc(meta["title"]),
            '<div class="detail-author"><div class="author-info"><a class="name" href="/tac-gia/tran-huynh.htm">TRẦN HUỲNH</a></div></div>',
            '<h2 class="detail-sapo" data-role="sapo">%s</h2>' % esc(lead),
            '<div class="detail-cmain"><div class="detail-content afcbc-body" data-role="content">', body, "</div></div>",
            '<div class="detail-tab"><a href="/giao-duc.htm">Giáo dục</a> <a href="/tuyen-dung.htm">Tuyển dụng</a></div>',
            share_tools(),
            '<div class="rating"><span>Bạn thấy bài viết thế nào?</span><button>Hữu ích</button><button>Chưa hữu ích</button></div>',
            box(rng, "Tin cùng chuyên mục", 8, "box-category", "%d/%m/%Y %H:%M"),
            comments(rng, 2, "%d/%m/%Y %H:%M"),
            "</main>",
            '<aside class="aside">', box(rng, "Đọc nhiều", 8, "most-read", with_date=False), "</aside>",
            pad,
            footer(rng, "Báo Tuổi Trẻ Phương Nam", "60A Hoàng Văn Thụ, phường Phú Nhuận, TP.HCM",
                   "Giấy phép hoạt động báo điện tử số 581/GP-BVHTTDL", "Lê Thế Chữ", "028 3997 3838"),
            "</div>",
            '<script id="__NEXT_DATA__" type="application/json">%s</script>' % json.dumps(nd, ensure_ascii=False).replace("</", "<\\/"),
            js_blob(rng, 2)]))
    return finish(meta, rng, build)


def t_h03(name, meta, blocks, rng):
    lead = lead_of(blocks)
    body = render(blocks, rng, meta["host"], {
        "p": "<p>{}</p>", "h": "<h2><strong>{}</strong></h2>", "ul": ('<ul class="list-dot">', "</ul>"),
        "fig": '<table class="picture" align="center"><tbody><tr><td class="pic"><img src="{src}" alt="{alt}" data-image-id="%d"></td></tr><tr><td class="caption">{cap}</td></tr></tbody></table>' % rng.randint(10**6, 10**7)})
    head = basic_head(meta, rng, extra=js_blob(rng, 4), desc=lead)

    def build(pad):
        return doc(head, "\n".join([
            '<div class="top-bar"><div class="uk-container"><span class="today">Chủ Nhật, ngày 22/11/2026</span>'
            '<a href="/en">English</a> <a href="/fr">Français</a> <a href="/zh">中文</a> <a href="/epaper">Báo in</a></div></div>',
            '<header class="header"><a class="logo" href="/">Nhân Dân</a>', nav(rng, CATS + ["Xây dựng Đảng", "Ý kiến", "Kinh tế số"], "menu"), "</header>",
            '<div class="main-col content-col"><div class="box-breadcrumb"><a href="/chinhtri">Chính trị</a> / <a href="/chinhtri/chuyen-doi-so">Chuyển đổi số</a></div>',
            '<article class="article article--detail" data-id="918273">',
            '<h1 class="article__title cms-title">%s</h1>' % esc(meta["title"]),
            '<div class="article__meta"><div class="article__author"><span class="name">THANH GIANG</span><span class="name">NGỌC MAI</span></div>'
            '<time class="time">Thứ Sáu, 20-11-2026, 19:42</time></div>',
            share_tools(),
            '<div class="article__sapo cms-desc">%s</div>' % esc(lead),
            '<div class="article__body cms-body" itemprop="articleBody">', body, "</div>",
            '<div class="article__tag">' + tags(["chuyển đổi số", "chính quyền hai cấp", "cấp xã"]) + "</div>",
            "</article>",
            box(rng, "Tin liên quan", 5, "box-related", "%d-%m-%Y"),
            box(rng, "Cùng chuyên mục", 12, "box-samecat", "%d-%m-%Y"),
            '</div><div class="sub-col">',
            box(rng, "Tiêu điểm", 10, "box-focus", with_date=False),
            box(rng, "Tin mới", 25, "box-latest", "%H:%M %d/%m"),
            box(rng, "Đọc nhiều nhất", 10, "box-mostread", with_date=False),
            "</div>", pad,
            footer(rng, "Báo Nhân Dân điện tử", "71 Hàng Trống, phường Hoàn Kiếm, Hà Nội",
                   "Giấy phép số 225/GP-BVHTTDL ngày 10/7/2025", "Đỗ Thanh Bình", "024 3825 4231"),
            js_blob(rng, 6)]))
    return finish(meta, rng, build)


def t_h04(name, meta, blocks, rng):
    lead = lead_of(blocks)
    body = render(blocks, rng, meta["host"], {
        "p": '<p style="text-align: justify;">{}</p>',
        "fig": '<table class="tplCaption" border="0" cellspacing="0" cellpadding="3" align="center" width="1"><tr><td><img src="{src}" alt="{alt}" width="600"></td></tr><tr><td><p class="tplCaption">{cap}</p></td></tr></table>'})
    vs = viewstate(rng, 5200)
    head = basic_head(meta, rng, charset_meta='<meta http-equiv="Content-Type" content="text/html; charset=windows-1258">',
                      extra='<script type="text/javascript" src="/WebResource.axd?d=%s&amp;t=638612"></script>' % viewstate(rng, 30).replace("=", ""))

    def build(pad):
        return doc(head, "\n".join([
            '<form name="aspnetForm" method="post" action="./312874.htm" id="aspnetForm">',
            '<div><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="%s" /></div>' % vs,
            '<div class="top"><span id="ctl00_lblDate" class="date">Chủ nhật, 22/11/2026</span> | <a href="/rss">RSS</a> | <a href="/lienhe">Liên hệ</a></div>',
            '<div class="banner"><a href="/"><img src="/images/banner.jpg" alt="Báo Hà Tĩnh"></a></div>',
            nav(rng, ["Thời sự", "Chính trị", "Kinh tế", "Nông nghiệp", "Văn hóa", "Xã hội", "Pháp luật", "Thể thao", "Quốc tế", "Bạn đọc"], "menutop", sub=False),
            '<div id="ctl00_ContentPlaceHolder1_pnDetail" class="detail">',
            '<div class="cate"><a href="/nong-nghiep">Nông nghiệp</a></div>',
            '<h1 id="ctl00_ContentPlaceHolder1_lblTitle" class="title">%s</h1>' % esc(meta["title"]),
            '<div class="date">19/11/2026 - 10:05</div>',
            '<div id="ctl00_ContentPlaceHolder1_lblSapo" class="sapo"><strong>%s</strong></div>' % esc(lead),
            '<div id="ctl00_ContentPlaceHolder1_lblContent" class="content">', body,
            '<p style="text-align: right;"><strong>Bài, ảnh: Thu Hà</strong></p>', "</div>",
            share_tools(),
            box(rng, "Các tin khác", 10, "other-news", "(%d/%m/%Y)"),
            "</div>",
            '<div class="right">', box(rng, "Tin đọc nhiều", 8, "mostview", with_date=False), "</div>",
            pad,
            footer(rng, "Báo Hà Tĩnh - Cơ quan của Đảng bộ tỉnh Hà Tĩnh", "Số 9 Hà Huy Tập, phường Thành Sen, tỉnh Hà Tĩnh",
                   "Giấy phép số 319/GP-BVHTTDL", "Dương Thị Hồng", "0239 3855 234"),
            '<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="%s" />' % viewstate(rng, 300),
            "</form>", js_blob(rng, 1)]))
    return finish(meta, rng, build)


def t_h05(name, meta, blocks, rng):
    lead = lead_of(blocks)
    body = render(blocks, rng, meta["host"], {
        "p": "<p>{}</p>",
        "fig": '<figure class="amp-fig"><amp-img src="{src}" width="800" height="533" layout="responsive" alt="{alt}"></amp-img><figcaption>{cap}</figcaption></figure>'})
    boiler = ('<style amp-boilerplate>body{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;animation:-amp-start 8s steps(1,end) 0s 1 normal both}'
              '@keyframes -amp-start{from{visibility:hidden}to{visibility:visible}}</style><noscript><style amp-boilerplate>body{-webkit-animation:none;animation:none}</style></noscript>')
    head = "\n".join([
        '<meta charset="utf-8">', '<script async src="https://cdn.ampproject.org/v0.js"></script>',
        '<script async custom-element="amp-analytics" src="https://cdn.ampproject.org/v0/amp-analytics-0.1.js"></script>',
        '<script async custom-element="amp-social-share" src="https://cdn.ampproject.org/v0/amp-social-share-0.1.js"></script>',
        "<title>%s | Báo Đà Nẵng Online</title>" % esc(meta["title"]),
        '<link rel="canonical" href="%s">' % meta["url"].replace("/amp/", "/"),
        '<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">',
        news_ld(meta, "2026-11-18T07:30:12+07:00", author="Hoài Thu", desc=lead),
        boiler, "<style amp-custom>" + styles(rng, 40)[7:-8] + "</style>"])

    def build(pad):
        return doc(head, "\n".join([
            '<header class="amp-header"><a href="/" class="logo">Đà Nẵng Online</a><span class="today">CN, 22/11/2026</span>'
            '<button on="tap:sidebar.toggle">☰</button></header>',
            '<amp-sidebar id="sidebar" layout="nodisplay" side="left">' + nav(rng, CATS[:12], "amp-menu", sub=False) + "</amp-sidebar>",
            '<main><div class="cat"><a href="/du-lich">Du lịch</a></div>',
            '<h1 class="amp-title">%s</h1>' % esc(meta["title"]),
            '<p class="amp-sapo">%s</p>' % esc(lead),
            '<div class="amp-body">', body, "</div>",
            '<p class="amp-author">Hoài Thu</p>',
            '<amp-social-share type="facebook" width="40" height="40"></amp-social-share><amp-social-share type="email" width="40" height="40"></amp-social-share>',
            box(rng, "Tin cùng chuyên mục", 6, "amp-related", "%d/%m/%Y"),
            '<a class="full-version" href="%s">Xem phiên bản đầy đủ</a>' % meta["url"].replace("/amp/", "/"),
            "</main>", pad,
            '<footer class="amp-footer"><p>Báo Đà Nẵng - Cơ quan của Đảng bộ thành phố Đà Nẵng</p><p>Địa chỉ: 40 Hùng Vương, phường Hải Châu, TP Đà Nẵng</p><p>Giấy phép số 198/GP-BVHTTDL</p></footer>',
            '<amp-analytics type="gtag" data-credentials="include"><script type="application/json">{"vars":{"gtag_id":"G-DNO2026","config":{"G-DNO2026":{"groups":"default"}}}}</script></amp-analytics>']),
            html_attr=" \u26a1")
    return finish(meta, rng, build)


def t_h06(name, meta, blocks, rng):
    lead = lead_of(blocks)
    def qa(v):
        if v.startswith("PV: "):
            return "<p><strong><em>PV:</em> %s</strong></p>" % esc(v[4:])
        if v.startswith("Ông Lê Quang Vinh: "):
            return "<p><strong>Ông Lê Quang Vinh:</strong> %s</p>" % esc(v[len("Ông Lê Quang Vinh: "):])
        return "<p>%s</p>" % esc(v)
    body = "\n".join(qa(v) if k == "P" else render([(k, v)], rng, meta["host"]) for k, v in blocks if k != "L")
    head = basic_head(meta, rng, extra="\n".join([
        '<meta property="article:published_time" content="2026-11-17T08:00:00+07:00">',
        "<link rel='stylesheet' id='wp-block-library-css' href='/wp-includes/css/dist/block-library/style.min.css?ver=6.8.3' media='all' />",
        "<script src='/wp-includes/js/jquery/jquery.min.js?ver=3.7.1' id='jquery-core-js'></script>",
        js_blob(rng, 1)]), desc=lead)

    def build(pad):
        return doc(head, "\n".join([
            '<div id="page" class="site"><div class="top-header"><span class="td-date">Chủ nhật, 22 tháng 11, 2026</span>'
            '<a href="/lien-he/">Liên hệ</a> <a href="/quang-cao/">Quảng cáo</a></div>',
            '<header id="masthead" class="site-header"><p class="site-title"><a href="/">Doanh nhân Phương Nam</a></p>',
            nav(rng, ["Thời sự", "Kinh doanh", "Doanh nhân", "Đối thoại", "Tài chính", "Bất động sản", "Xuất nhập khẩu", "Phong cách"], "primary-menu"), "</header>",
            '<div id="content" class="site-content"><main id="main"><article id="post-58213" class="post-58213 post type-post status-publish format-standard category-doi-thoai">',
            '<header class="entry-header"><ul class="td-category"><li><a href="/doi-thoai/">Đối thoại</a></li></ul>',
            '<h1 class="entry-title">%s</h1>' % esc(meta["title"]),
            '<div class="entry-meta"><span class="byline">Thực hiện: <span class="author vcard"><a class="url fn n" href="/author/phuonglinh/">Phương Linh</a></span></span> - '
            '<span class="posted-on"><time class="entry-date published" datetime="2026-11-17T08:00:00+07:00">17/11/2026</time></span>'
            ' <span class="td-post-views"><i class="td-icon-views"></i>2.184</span></div></header>',
            '<div class="entry-content"><p class="sapo"><strong>%s</strong></p>' % esc(lead),
            body, "</div>",
            '<footer class="entry-footer"><span class="tags-links">Thẻ: <a href="/tag/go/" rel="tag">gỗ</a>, <a href="/tag/eudr/" rel="tag">EUDR</a>, <a href="/tag/xuat-khau/" rel="tag">xuất khẩu</a></span></footer>',
            "</article>",
            box(rng, "Bài viết liên quan", 6, "related-posts", "%d/%m/%Y"),
            '<div id="comments" class="comments-area"><h3 id="reply-title">Để lại một bình luận</h3><form id="commentform"><textarea name="comment"></textarea><input name="author" placeholder="Tên *"><input name="email" placeholder="Email *"><input type="submit" value="Phản hồi"></form></div>',
            '</main><aside id="secondary" class="widget-area">',
            box(rng, "Bài mới", 8, "widget widget_recent_entries", "%d/%m/%Y", tag="h2"),
            box(rng, "Đọc nhiều", 6, "widget popular", with_date=False, tag="h2"),
            "</aside></div>", pad,
            '<footer id="colophon" class="site-footer"><p>Tạp chí Doanh nhân Phương Nam - Cơ quan của Hiệp hội Doanh nghiệp phía Nam</p><p>Giấy phép số 77/GP-BVHTTDL. Tổng biên tập: Nguyễn Hoàng Phúc</p><p>Địa chỉ: 22 Võ Văn Tần, phường Xuân Hòa, TP.HCM</p></footer></div>',
            js_blob(rng, 2)]))
    return finish(meta, rng, build)


def t_h07(name, meta, blocks, rng):
    lead = lead_of(blocks)
    # group updates: each T starts a live item
    items, cur = [], None
    for k, v in blocks:
        if k == "L":
            continue
        if k == "T":
            cur = [v, []]
            items.append(cur)
        else:
            cur[1].append((k, v))
    lives = []
    for t, bl in items:
        inner = render(bl, rng, meta["host"], {"fig": '<figure class="live-img"><img src="{src}" alt="{alt}"><figcaption>{cap}</figcaption></figure>'})
        lives.append('<div class="live-item" data-time="%s"><div class="live-time"><span class="dot"></span>%s</div><div class="live-content">%s</div>'
                     '<div class="live-share"><a href="#">Chia sẻ</a></div></div>' % (t, esc(t), inner))
    head = basic_head(meta, rng, extra=js_blob(rng, 2) + '<meta http-equiv="refresh" content="300">', desc=lead)

    def build(pad):
        return doc(head, "\n".join([
            '<div class="header-top"><span class="now">Chủ nhật, 22/11/2026</span><a href="/bao-in">Báo in</a><a href="/video">Video</a></div>',
            '<header><a class="logo" href="/">Lao Động Miền Trung</a>', nav(rng, CATS, "nav"), "</header>",
            '<div class="article-detail live"><div class="breadcrumbs"><a href="/xa-hoi">Xã hội</a> &gt; <a href="/xa-hoi/thien-tai">Thiên tai</a></div>',
            '<h1 class="title"><span class="badge-live">TRỰC TIẾP</span> %s</h1>' % esc(meta["title"]),
            '<div class="meta"><span class="author">Nhóm phóng viên</span> <span class="time">21/11/2026 06:30 (GMT+7)</span> <span class="updated">Cập nhật: 21/11/2026 14:10</span></div>',
            share_tools(),
            '<div class="chappeau"><p>%s</p></div>' % esc(lead),
            '<div class="live-refresh"><button>Cập nhật mới nhất</button> <label><input type="checkbox" checked> Tự động cập nhật</label></div>',
            '<div class="live-list">', "\n".join(lives), "</div>",
            tags(["bão số 14", "Quảng Ngãi", "Gia Lai", "sơ tán"]),
            box(rng, "Tin liên quan", 5, "related", "%d/%m/%Y %H:%M"),
            "</div>",
            '<aside>', box(rng, "Đọc nhiều", 8, "most", with_date=False), box(rng, "Tin mới", 10, "latest", "%H:%M"), "</aside>",
            pad,
            footer(rng, "Báo Lao Động Miền Trung", "12 Trần Phú, phường Hải Châu, TP Đà Nẵng", "Giấy phép số 155/GP-BVHTTDL",
                   "Võ Minh Hải", "0236 3821 456"),
            js_blob(rng, 2)]))
    return finish(meta, rng, build)

M("h08", platform="photo-story", site="Báo Thừa Thiên Huế Online", host="huetoday.vn",
  url="https://huetoday.vn/photo/sac-thu-tram-mac-noi-lang-tam-hue-168234.html",
  charset="utf-8", title="Sắc thu trầm mặc nơi lăng tẩm Huế",
  published_at="2026-11-20T16:12:00+07:00", author="Bảo Ngọc, Phước Châu", kb=62)
M("h09", platform="video-story", site="Truyền hình Thủ đô Online", host="thudotv.vn",
  url="https://thudotv.vn/video/me-linh-ron-rang-vao-vu-hoa-tet-som-v88213.html",
  charset="utf-8", title="Mê Linh rộn ràng vào vụ hoa Tết sớm",
  published_at="2026-11-21T07:45:00+07:00", author="Minh Quân, Tuấn Kiệt", kb=58)
M("h10", platform="emagazine", site="Báo Thái Nguyên điện tử", host="thainguyen24h.vn",
  url="https://thainguyen24h.vn/emagazine/danh-thuc-doi-che-thai-nguyen-20261121.html",
  charset="utf-8", title="Đánh thức đồi chè Thái Nguyên",
  published_at="2026-11-21T05:00:00+07:00", author="Lan Hương, Đức Anh", kb=74)
M("h11", platform="custom-brief", site="Tin Tức 24h Việt Nam", host="tintuc24hvn.vn",
  url="https://tintuc24hvn.vn/khong-khi-lanh-manh-tran-ve-vung-nui-bac-bo-co-noi-duoi-6-do-c-20261121204712.htm",
  charset="utf-8", title="Không khí lạnh mạnh tràn về, vùng núi Bắc Bộ có nơi dưới 6 độ C",
  published_at="2026-11-21T20:47:00+07:00", author=None, kb=41)
M("h12", platform="joomla", site="Tạp chí Lý luận và Thực tiễn Tây Nguyên", host="lyluantaynguyen.vn",
  url="https://lyluantaynguyen.vn/binh-luan/2291-dat-nguoi-dan-o-vi-tri-trung-tam-tu-khau-hieu-den-hanh-dong.html",
  charset="utf-8", title="Đặt người dân ở vị trí trung tâm: từ khẩu hiệu đến hành động",
  published_at="2026-11-16T08:15:00+07:00", author="ThS. Nguyễn Hoài Nam, Học viện Chính trị khu vực III", kb=53)
M("h13", platform="nuxt-mobile", site="Sức khỏe Cộng đồng", host="m.suckhoecongdong.vn",
  url="https://m.suckhoecongdong.vn/cuu-song-benh-nhan-dot-quy-den-vien-muon-11-gio-nho-ky-thuat-moi-169261118160351.htm",
  charset="utf-8", title="Cứu sống bệnh nhân đột quỵ đến viện muộn 11 giờ nhờ kỹ thuật mới",
  published_at="2026-11-18T16:03:51+07:00", author="Hải Yến", kb=67)
M("h14", platform="custom-php-nfd", site="Báo Xây dựng Việt", host="xaydungviet.vn",
  url="https://xaydungviet.vn/nha-o-xa-hoi-tang-toc-nhung-nguoi-thu-nhap-thap-van-kho-mua-192611191125.htm",
  charset="utf-8", title="Nhà ở xã hội tăng tốc nhưng người thu nhập thấp vẫn khó mua",
  published_at="2026-11-19T11:25:00+07:00", author="Trọng Hiếu", kb=84)


def t_h08(name, meta, blocks, rng):
    lead = lead_of(blocks)
    body = render(blocks, rng, meta["host"], {
        "fig": '<div class="photo-item"><img src="{src}" alt="{alt}" width="1600" height="1067"><p class="photo-caption">{cap}</p></div>',
        "p": '<p class="photo-end">{}</p>'})
    head = basic_head(meta, rng, extra=js_blob(rng, 1), desc=lead)

    def build(pad):
        return doc(head, "\n".join([
            '<div class="topbar"><span class="date">Chủ nhật, 22/11/2026</span> <a href="/lich-su-kien">Lịch sự kiện</a></div>',
            '<header class="header dark"><a class="logo" href="/">Huế Today</a>', nav(rng, CATS[:12], "menu", sub=False), "</header>",
            '<div class="photo-detail"><div class="photo-head"><span class="kicker">PHOTO</span>',
            '<h1 class="photo-title">%s</h1>' % esc(meta["title"]),
            '<div class="photo-meta"><span class="pdate">Thứ Sáu, 20/11/2026 - 16:12</span></div>',
            '<div class="photo-byline"><p class="author">Bảo Ngọc</p><p class="photo-credit">Ảnh: Phước Châu</p></div>',
            '<div class="photo-sapo">%s</div></div>' % esc(lead),
            '<div class="photo-body">', body, "</div>",
            share_tools(),
            '<div class="vote"><span>Đánh giá bài viết:</span> ★★★★★ <span class="count">(37 lượt)</span></div>',
            box(rng, "Ảnh khác", 6, "photo-other", "%d/%m/%Y"),
            "</div>", pad,
            footer(rng, "Báo Huế Today", "15 Lê Lợi, phường Thuận Hóa, thành phố Huế", "Giấy phép số 201/GP-BVHTTDL",
                   "Trần Đình Vũ", "0234 3823 412"),
            js_blob(rng, 1)]))
    return finish(meta, rng, build)


def t_h09(name, meta, blocks, rng):
    lead = lead_of(blocks)
    video = ('<div class="video-player" data-vid="88213"><div class="vp-title">Mê Linh rộn ràng vào vụ hoa Tết sớm</div>'
             '<video controls preload="none" poster="{src}" width="960" height="540"><source src="https://vod.thudotv.vn/2026/11/21/me-linh-hoa-tet.mp4" type="video/mp4">'
             'Trình duyệt của bạn không hỗ trợ phát video.</video><div class="vp-bar"><span class="vp-duration">03:42</span> <span class="vp-views">5.210 lượt xem</span></div></div>'
             '<p class="video-caption"><em>{cap}</em></p>')
    body = render(blocks, rng, meta["host"], {"V": video})
    head = basic_head(meta, rng, extra='<meta property="og:type" content="video.other">' + js_blob(rng, 2), desc=lead)

    def build(pad):
        return doc(head, "\n".join([
            '<div class="top"><span class="ngay">Chủ nhật, 22/11/2026</span> <a href="/truc-tuyen">Xem trực tuyến</a> <a href="/lich-phat-song">Lịch phát sóng</a></div>',
            '<header><a class="logo" href="/">Truyền hình Thủ đô</a>', nav(rng, ["Thời sự", "Kinh tế", "Xã hội", "Nông nghiệp", "Văn hóa", "Thể thao", "Video", "Podcast"], "nav"), "</header>",
            '<div class="video-detail">',
            '<h1 class="title-video">%s</h1>' % esc(meta["title"]),
            '<div class="info"><span class="time">Thứ bảy, 21/11/2026 | 07:45</span></div>',
            '<div class="sapo">%s</div>' % esc(lead),
            body,
            '<p class="credit" style="text-align:right"><strong>Thực hiện: Minh Quân - Quay phim: Tuấn Kiệt</strong></p>',
            share_tools(),
            box(rng, "Video khác", 8, "video-other", "%d/%m/%Y"),
            "</div>", pad,
            footer(rng, "Truyền hình Thủ đô Online", "Số 3 Ngô Quyền, phường Hoàn Kiếm, Hà Nội", "Giấy phép số 88/GP-BVHTTDL",
                   "Nguyễn Kiều Oanh", "024 3825 5678"),
            js_blob(rng, 1)]))
    return finish(meta, rng, build)


def t_h10(name, meta, blocks, rng):
    lead = lead_of(blocks)
    body = render(blocks, rng, meta["host"], {
        "p": '<p class="emg-p">{}</p>', "h": '<h2 class="emg-heading">{}</h2>',
        "q": '<blockquote class="emg-quote"><p>{}</p></blockquote>',
        "fig": '<figure class="emg-full"><img src="{src}" alt="{alt}" width="1920" height="1080"><figcaption class="emg-cap">{cap}</figcaption></figure>'})
    head = basic_head(meta, rng, extra="\n".join([
        '<meta property="article:published_time" content="2026-11-21T05:00:00+07:00">',
        '<link rel="stylesheet" href="/emagazine/css/emg.min.css?v=26">', js_blob(rng, 2)]), desc=lead)

    def build(pad):
        return doc(head, "\n".join([
            '<div class="emg-topbar"><a href="/" class="emg-logo">Thái Nguyên 24h</a><span class="emg-today">22/11/2026</span><a href="/emagazine" class="emg-more">Emagazine</a></div>',
            '<section class="emg-cover" style="background-image:url(%s)"><div class="emg-cover-inner">' % img_src(rng, meta["host"]),
            '<span class="emg-label">E-MAGAZINE</span>',
            '<h1 class="emg-title">%s</h1>' % esc(meta["title"]),
            '<div class="emg-date">21/11/2026</div>',
            '<div class="emg-sapo">%s</div></div></section>' % esc(lead),
            '<article class="emg-body">', body, "</article>",
            '<div class="emg-credit"><p>Thực hiện: Lan Hương</p><p>Ảnh: Đức Anh</p></div>',
            share_tools(),
            box(rng, "Emagazine khác", 6, "emg-others", "%d/%m/%Y"),
            pad,
            footer(rng, "Báo Thái Nguyên điện tử", "Số 18 Hoàng Văn Thụ, phường Phan Đình Phùng, tỉnh Thái Nguyên",
                   "Giấy phép số 110/GP-BVHTTDL", "Hoàng Thị Thu", "0208 3855 621"),
            js_blob(rng, 1)]))
    return finish(meta, rng, build)


def t_h11(name, meta, blocks, rng):
    body = render(blocks, rng, meta["host"])
    head = basic_head(meta, rng, extra=js_blob(rng, 1))

    def build(pad):
        return doc(head, "\n".join([
            '<div class="headline-bar"><span class="cur-date">22/11/2026</span> <span class="weather">Hà Nội 19°C</span></div>',
            '<header><a class="logo" href="/">Tin Tức 24h</a>', nav(rng, CATS, "menu-main"), "</header>",
            '<div class="detail"><div class="breadcrumb"><a href="/xa-hoi">Xã hội</a> › <a href="/xa-hoi/thoi-tiet">Thời tiết</a></div>',
            '<h1 class="detail-title">%s</h1>' % esc(meta["title"]),
            '<div class="detail-meta"><span class="date-time">20:47 | 21/11/2026</span> <span class="views">Lượt xem: 3.118</span></div>',
            '<div class="detail-content">', body,
            '<p class="source" style="text-align:right"><em>(Theo TTXVN)</em></p>', "</div>",
            share_tools(),
            box(rng, "Tin cùng chuyên mục", 6, "same-cat", "%d/%m/%Y"),
            "</div>", '<aside>', box(rng, "Tin mới cập nhật", 10, "latest", "%H:%M"), "</aside>",
            pad,
            footer(rng, "Tin Tức 24h Việt Nam", "Số 5 Lý Thường Kiệt, phường Cửa Nam, Hà Nội", "Giấy phép số 301/GP-BVHTTDL",
                   "Lê Quốc Minh", "024 3933 1234"),
            js_blob(rng, 1)]))
    return finish(meta, rng, build)


def t_h12(name, meta, blocks, rng):
    lead = lead_of(blocks)
    body = render(blocks, rng, meta["host"], {"p": '<p style="text-align: justify;">{}</p>'})
    head = basic_head(meta, rng, extra="\n".join([
        '<meta name="generator" content="Joomla! - Open Source Content Management">',
        '<script src="/media/jui/js/jquery.min.js?7e1b2c"></script>', js_blob(rng, 1)]))

    def build(pad):
        return doc(head, "\n".join([
            '<div class="header-top"><div class="container"><span class="today">Chủ nhật, 22/11/2026</span></div></div>',
            '<header class="header"><a class="brand" href="/">Tạp chí Lý luận và Thực tiễn Tây Nguyên</a>',
            nav(rng, ["Trang chủ", "Nghiên cứu lý luận", "Thực tiễn", "Bình luận", "Xây dựng Đảng", "Văn hóa", "Tư liệu"], "nav menu", sub=False), "</header>",
            '<div class="item-page" itemscope itemtype="https://schema.org/Article">',
            '<div class="kicker">BÌNH LUẬN</div>',
            '<div class="page-header"><h2 itemprop="headline">%s</h2></div>' % esc(meta["title"]),
            '<dl class="article-info muted"><dt class="article-info-term">Chi tiết</dt>'
            '<dd class="createdby" itemprop="author">Viết bởi <span itemprop="name">bientap02</span></dd>'
            '<dd class="category-name">Danh mục: <a href="/binh-luan">Bình luận</a></dd>'
            '<dd class="published"><span class="icon-calendar"></span> Ngày đăng: Thứ hai, 16 Tháng 11 2026 08:15</dd>'
            '<dd class="hits"><span class="icon-eye-open"></span> Lượt xem: 1834</dd></dl>',
            '<div itemprop="articleBody">',
            '<p style="text-align: justify;"><strong><em>%s</em></strong></p>' % esc(lead),
            body,
            '<p style="text-align: right;"><strong>ThS. Nguyễn Hoài Nam</strong><br><em>Học viện Chính trị khu vực III</em></p>',
            "</div>",
            '<ul class="pager pagenav"><li class="previous"><a href="/binh-luan/2290">&lt; Trước</a></li><li class="next"><a href="/binh-luan/2292">Tiếp &gt;</a></li></ul>',
            '<div class="content_rating">Đánh giá: <img src="/media/system/images/rating_star.png" alt=""> / 5</div>',
            "</div>",
            '<div class="moduletable">', box(rng, "Các bài viết khác", 8, "mod-articles", "%d/%m/%Y"), "</div>",
            pad,
            footer(rng, "Tạp chí Lý luận và Thực tiễn Tây Nguyên", "Số 6 Lê Duẩn, phường Buôn Ma Thuột, tỉnh Đắk Lắk",
                   "Giấy phép số 45/GP-BVHTTDL", "PGS, TS. Y Khuê Niê", "0262 3812 345"),
            js_blob(rng, 1)]))
    # Joomla layout: title in h2 inside page-header; no h1 besides the site brand
    return finish(meta, rng, build)


def t_h13(name, meta, blocks, rng):
    lead = lead_of(blocks)
    body = render(blocks, rng, meta["host"], {
        "fig": '<div class="m-figure"><img data-src="{src}" src="{src}" alt="{alt}"><div class="m-caption">{cap}</div></div>'})
    nuxt = ('window.__NUXT__=(function(a,b,c){return {layout:"mobile",data:[{article:{id:169261118160351,title:%s,sapo:%s,body:%s,'
            'publishedAt:"2026-11-18T09:03:51Z",author:"Hải Yến",views:a}}],fetch:{},error:b,serverRendered:c}}(4821,null,true));') % (
        json.dumps(meta["title"], ensure_ascii=False), json.dumps(lead, ensure_ascii=False),
        json.dumps(gold_body([b for b in blocks if b[0] != "L"]), ensure_ascii=False))
    head = basic_head(meta, rng, extra="\n".join([
        '<link rel="preload" href="/_nuxt/app.4f2a1c.js" as="script">', '<link rel="amphtml" href="%s">' % meta["url"].replace("m.", "").replace(".htm", ".amp"),
        js_blob(rng, 1)]), desc=lead)

    def build(pad):
        return doc(head, "\n".join([
            '<div id="__nuxt"><div id="__layout"><div class="m-app">',
            '<header class="m-header"><button class="m-burger">☰</button><a class="m-logo" href="/">SKCĐ</a><span class="m-date">CN 22/11/2026</span></header>',
            '<div class="m-menu" hidden>' + nav(rng, ["Thời sự", "Y tế", "Bệnh thường gặp", "Dinh dưỡng", "Thuốc", "Giới tính", "Mẹ và bé"], "m-nav", sub=False) + "</div>",
            '<article class="m-article"><a class="m-cate" href="/y-te">Y tế</a>',
            '<h1 class="m-title">%s</h1>' % esc(meta["title"]),
            '<div class="m-meta"><span class="m-author">Hải Yến</span> <time datetime="2026-11-18T09:03:51Z">18/11/2026, 16:03</time></div>',
            '<p class="m-sapo">%s</p>' % esc(lead),
            '<div class="m-content">', body, "</div>",
            tags(["đột quỵ", "lấy huyết khối", "Cần Thơ"]),
            "</article>",
            '<div class="m-related">' + box(rng, "Tin liên quan", 5, "m-rel", "%d/%m/%Y") + "</div>",
            '<div class="m-app-banner">Đọc báo nhanh hơn trên ứng dụng <a href="#">Tải ứng dụng</a></div>',
            pad,
            '<footer class="m-footer"><p>Sức khỏe Cộng đồng - Cơ quan của Hội Y học Dự phòng</p><p>Giấy phép số 66/GP-BVHTTDL</p><p>Địa chỉ: 138A Giảng Võ, phường Giảng Võ, Hà Nội</p><a href="%s">Phiên bản máy tính</a></footer>' % meta["url"].replace("m.", ""),
            "</div></div></div>",
            "<script>%s</script>" % nuxt.replace("</", "<\\/"),
            '<script src="/_nuxt/app.4f2a1c.js" defer></script>']))
    return finish(meta, rng, build)


def t_h14(name, meta, blocks, rng):
    lead = lead_of(blocks)
    body = render(blocks, rng, meta["host"], {
        "fig": '<div class="expNoEdit"><img src="{src}" alt="{alt}"><p class="expEdit">{cap}</p></div>'})
    head = basic_head(meta, rng, extra=js_blob(rng, 2), desc=lead)

    def build(pad):
        return doc(head, "\n".join([
            '<div class="top-head"><span class="time-today">Chủ nhật, 22/11/2026</span> <a href="/dang-nhap">Đăng nhập</a></div>',
            '<header><a class="logo" href="/">Xây dựng Việt</a>', nav(rng, ["Thời sự", "Quy hoạch", "Hạ tầng", "Nhà ở", "Vật liệu", "Bất động sản", "Kiến trúc", "Pháp luật"], "menu"), "</header>",
            '<div class="article"><div class="cate"><a href="/nha-o">Nhà ở</a></div>',
            '<h1 class="article-title">%s</h1>' % esc(meta["title"]),
            '<div class="article-info"><span class="author">Trọng Hiếu</span> <span class="sep">|</span> <span class="time">Thứ năm 19/11/2026 11:25</span></div>',
            '<div class="article-sapo"><p>%s</p></div>' % esc(lead),
            '<div class="article-content">', body, "</div>",
            share_tools(),
            box(rng, "Tin liên quan", 4, "rel", "%d/%m/%Y"),
            comments(rng, 3),
            "</div>", '<aside>', box(rng, "Tin mới", 12, "latest", "%d/%m %H:%M"), box(rng, "Đọc nhiều", 6, "popular", with_date=False), "</aside>",
            pad,
            footer(rng, "Báo Xây dựng Việt", "Số 37 Lê Đại Hành, phường Hai Bà Trưng, Hà Nội", "Giấy phép số 90/GP-BVHTTDL",
                   "Đào Văn Minh", "024 3974 1212"),
            js_blob(rng, 1)]))
    return finish(meta, rng, build)

M("h15", platform="aspnet-webforms-entities", site="Tạp chí Tài chính Công", host="taichinhcong.vn",
  url="https://taichinhcong.vn/Tin-tuc/NghienCuu/chinh-sach-tai-khoa-nam-2026-ket-qua-va-giai-phap-cho-nam-2027-ID7123.aspx",
  charset="utf-8", title="Chính sách tài khóa năm 2026: kết quả và giải pháp cho năm 2027",
  published_at="2026-11-12T00:00:00+07:00", author="TS. Đỗ Minh Khoa, Viện Chiến lược và Chính sách tài chính", kb=118)
M("h16", platform="aspnet-legacy-cp1258", site="Báo Cà Mau Online", host="camau-online.vn",
  url="https://camau-online.vn/kinh-te/nuoi-tom-ket-hop-trong-lua-giup-nong-dan-ca-mau-thich-ung-voi-man-81234.html",
  charset=None, title="Nuôi tôm kết hợp trồng lúa giúp nông dân Cà Mau thích ứng với mặn",
  published_at="2026-11-14T08:30:00+07:00", author="Huỳnh Lâm - Trung tâm Khuyến nông tỉnh Cà Mau", kb=49)
M("h17", platform="drupal", site="Nông nghiệp và Thị trường", host="nongnghiepthitruong.vn",
  url="https://nongnghiepthitruong.vn/thi-truong/gia-lua-tang-nhe-ca-phe-va-ho-tieu-quay-dau-giam",
  charset="utf-8", title="Giá lúa tăng nhẹ, cà phê và hồ tiêu quay đầu giảm",
  published_at="2026-11-20T17:30:00+07:00", author="Hữu Tuấn, Mai Linh", kb=61)
M("h18", platform="custom-sports", site="Thể thao Thủ đô", host="thethaothudo.vn",
  url="https://thethaothudo.vn/bong-da-viet-nam/quoc-vinh-toa-sang-the-cong-viettel-thang-nguoc-cong-an-ha-noi-a77812.html",
  charset="utf-8", title="Quốc Vinh tỏa sáng, Thể Công - Viettel thắng ngược Công an Hà Nội",
  published_at="2026-11-21T21:48:05+07:00", author="Khánh Duy, Hải Đăng", kb=92)
M("h19", platform="custom-meta-only", site="Văn hóa Việt Online", host="vanhoavietonline.vn",
  url="https://vanhoavietonline.vn/trien-lam-300-hien-vat-ve-di-san-van-hoa-54-dan-toc-post61245.html",
  charset="utf-8", title="Triển lãm 300 hiện vật về di sản văn hóa 54 dân tộc",
  published_at="2026-11-15T10:12:30+07:00", author="Thu Trang", kb=57)
M("h20", platform="liferay", site="Tạp chí Lý luận chính trị Trung ương", host="tapchilyluantw.vn",
  url="https://tapchilyluantw.vn/web/guest/kinh-te/-/2018/913452/tiep-tuc-thao-go-diem-nghen%2C-phat-huy-vai-tro-dong-luc-cua-kinh-te-tu-nhan.aspx",
  charset="utf-8", title="Tiếp tục tháo gỡ điểm nghẽn, phát huy vai trò động lực của kinh tế tư nhân",
  published_at="2026-11-10T08:00:00+07:00", author="PGS, TS. Phạm Văn Hòa, Học viện Chính trị quốc gia Hồ Chí Minh", kb=158)


def t_h15(name, meta, blocks, rng):
    lead = lead_of(blocks)
    E = entity_encode
    body = render(blocks, rng, meta["host"], {
        "h": "<p><strong>{}</strong></p>",
        "table": ('<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="3" width="100%">', "</table>"),
        "th": '<td style="text-align:center"><strong>{}</strong></td>', "td": "<td>{}</td>"})
    body = E(body)
    vs = viewstate(rng, 26000)
    head = basic_head(meta, rng, extra='<script type="text/javascript" src="/ScriptResource.axd?d=%s"></script>' % viewstate(rng, 40).replace("=", ""))
    head = head.replace("<title>%s" % esc(meta["title"]), "<title>%s" % E(esc(meta["title"])))

    def build(pad):
        return doc(head, "\n".join([
            '<form method="post" action="./chinh-sach-tai-khoa-nam-2026-ket-qua-va-giai-phap-cho-nam-2027-ID7123.aspx" id="form1">',
            '<div class="aspNetHidden"><input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" /><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="%s" /></div>' % vs,
            '<script type="text/javascript">//<![CDATA[\nvar theForm = document.forms[\'form1\'];function __doPostBack(eventTarget, eventArgument) { if (!theForm.onsubmit || (theForm.onsubmit() != false)) { theForm.__EVENTTARGET.value = eventTarget; theForm.submit(); } }\n//]]></script>',
            '<div id="header"><span id="lblNgay" class="ngay">Chủ nhật, 22/11/2026</span>',
            '<a id="hlLogo" href="/"><img src="/Images/logo.png" alt="Tạp chí Tài chính Công"></a></div>',
            nav(rng, ["Tin tức", "Nghiên cứu - Trao đổi", "Tài chính quốc tế", "Thuế", "Hải quan", "Kho bạc", "Chứng khoán", "Bảo hiểm", "Doanh nghiệp"], "topmenu"),
            '<table id="tblMain" width="1000" cellpadding="0" cellspacing="0"><tr><td id="colLeft" valign="top">',
            '<div class="path"><a href="/Tin-tuc/NghienCuu.aspx">Nghiên cứu - Trao đổi</a></div>',
            '<h1 class="tieude"><span id="ctl00_cphMain_lblTitle">%s</span></h1>' % E(esc(meta["title"])),
            E('<table class="thongtin" cellpadding="2"><tr><td class="lbl">Tác giả:</td><td class="val"><span id="ctl00_cphMain_lblTacGia">TS. Đỗ Minh Khoa<br />Viện Chiến lược và Chính sách tài chính</span></td></tr>'),
            E('<tr><td class="lbl">Ngày đăng:</td><td class="val"><span id="ctl00_cphMain_lblNgay">12/11/2026</span></td></tr></table>'),
            '<div class="tomtat"><b>%s</b></div>' % E(esc(lead)),
            '<div id="ctl00_cphMain_divNoiDung" class="noidung">', body, "</div>",
            '<div class="tools"><a href="javascript:__doPostBack(\'ctl00$cphMain$lbtPrint\',\'\')">In b&agrave;i</a> | <a href="#">Gửi cho bạn b&egrave;</a></div>',
            E(box(rng, "Các tin khác", 15, "tinkhac", "(%d/%m/%Y)")),
            '</td><td id="colRight" valign="top">',
            E(box(rng, "Tin đọc nhiều", 10, "docnhieu", with_date=False)),
            E(box(rng, "Số tạp chí mới", 6, "sotapchi", "%d/%m/%Y")),
            "</td></tr></table>", E(pad),
            E(footer(rng, "Tạp chí Tài chính Công - Cơ quan của Bộ Tài chính", "Số 8 Phan Huy Chú, phường Cửa Nam, Hà Nội",
                     "Giấy phép số 36/GP-BVHTTDL", "Nguyễn Văn Tuấn", "024 3933 0136")),
            '<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="%s" />' % viewstate(rng, 600),
            "</form>", js_blob(rng, 3)]))
    return finish(meta, rng, build)


def t_h16(name, meta, blocks, rng):
    lead = lead_of(blocks)
    body = render(blocks, rng, meta["host"], {
        "fig": '<div align="center"><img src="{src}" alt="{alt}" border="0"><br><i>{cap}</i></div>'})
    head = basic_head(meta, rng, charset_meta='<meta http-equiv="Content-Type" content="text/html; charset=windows-1258">',
                      extra=js_blob(rng, 1))

    def build(pad):
        return doc(head, "\n".join([
            '<table width="980" align="center" cellpadding="0" cellspacing="0"><tr><td class="topdate">Chủ nhật, 22/11/2026</td>'
            '<td align="right"><a href="/">Trang chủ</a> | <a href="/lienhe.aspx">Liên hệ</a></td></tr></table>',
            '<div class="banner"><img src="/images/banner-camau.jpg" alt="Báo Cà Mau"></div>',
            nav(rng, ["Thời sự", "Kinh tế", "Nông nghiệp", "Văn hóa - Xã hội", "Pháp luật", "Thể thao", "Du lịch", "Bạn đọc"], "menu", sub=False),
            '<table width="980" align="center"><tr><td valign="top" width="660">',
            '<div class="tieude-bai"><h1>%s</h1></div>' % esc(meta["title"]),
            '<div class="ngay-dang">14/11/2026 08:30</div>',
            '<div class="sapo-bai"><b>%s</b></div>' % esc(lead),
            '<div class="noidung-bai">', body,
            '<p align="right"><b>Huỳnh Lâm - Trung tâm Khuyến nông tỉnh Cà Mau</b></p>', "</div>",
            share_tools(),
            box(rng, "Các tin đã đưa", 10, "tin-da-dua", "(%d/%m/%Y)"),
            '</td><td valign="top" width="300">', box(rng, "Tin xem nhiều", 8, "xem-nhieu", with_date=False), "</td></tr></table>",
            pad,
            footer(rng, "Báo Cà Mau - Cơ quan của Đảng bộ tỉnh Cà Mau", "Số 39 Phan Ngọc Hiển, phường An Xuyên, tỉnh Cà Mau",
                   "Giấy phép số 120/GP-BVHTTDL", "Nguyễn Thanh Hùng", "0290 3831 234"),
            js_blob(rng, 1)]))
    return finish(meta, rng, build)


def t_h17(name, meta, blocks, rng):
    lead = lead_of(blocks)
    body = render(blocks, rng, meta["host"], {
        "table": ('<div class="table-responsive"><table class="table table-bordered price-table">', "</table></div>"),
        "th": '<th scope="col">{}</th>'})
    head = basic_head(meta, rng, extra="\n".join([
        '<meta name="Generator" content="Drupal 10 (https://www.drupal.org)">',
        '<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Qz3.css?delta=0">',
        '<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/48213"},"ajaxPageState":{"theme":"nntt"}}</script>',
        js_blob(rng, 1)]), desc=lead)

    def build(pad):
        return doc(head, "\n".join([
            '<div class="dialog-off-canvas-main-canvas"><div class="region region-top"><span class="today">Chủ nhật, 22-11-2026</span></div>',
            '<header role="banner"><a href="/" rel="home" class="site-logo">Nông nghiệp và Thị trường</a>', nav(rng, ["Thị trường", "Nông nghiệp", "Môi trường", "Doanh nghiệp", "Khuyến nông", "Nông thôn mới", "Thế giới"], "menu--main"), "</header>",
            '<main role="main"><div class="region region-content"><article role="article" class="node node--type-article node--view-mode-full">',
            '<nav class="breadcrumb"><a href="/">Trang chủ</a> / <a href="/thi-truong">Thị trường</a></nav>',
            '<h1 class="page-title"><span class="field field--name-title">%s</span></h1>' % esc(meta["title"]),
            '<div class="field field--name-field-sapo"><p>%s</p></div>' % esc(lead),
            '<div class="clearfix text-formatted field field--name-body">', body, "</div>",
            '<div class="info-box"><h4>Thông tin bài viết</h4><div class="field field--name-field-ngay"><span class="field__label">Ngày đăng:</span> 20/11/2026 17:30</div>'
            '<div class="field field--name-field-tac-gia"><span class="field__label">Tác giả:</span> Hữu Tuấn, Mai Linh</div>'
            '<div class="field field--name-uid"><span class="field__label">Biên tập:</span> admin_nntt</div></div>',
            tags(["giá lúa", "cà phê", "hồ tiêu", "sầu riêng"]),
            "</article>",
            '<div class="views-element-container">', box(rng, "Tin cùng chuyên mục", 8, "view-related", "%d/%m/%Y - %H:%M"), "</div>",
            "</div></main>", '<aside class="region region-sidebar">', box(rng, "Bảng giá nông sản", 6, "block-prices", "%d/%m"), "</aside>",
            pad,
            footer(rng, "Nông nghiệp và Thị trường", "Số 14 Ngô Quyền, phường Hoàn Kiếm, Hà Nội", "Giấy phép số 142/GP-BVHTTDL",
                   "Trần Văn Khôi", "024 3771 2266"),
            "</div>", js_blob(rng, 1)]))
    return finish(meta, rng, build)


def t_h18(name, meta, blocks, rng):
    lead = lead_of(blocks)
    body = render(blocks, rng, meta["host"], {
        "fig": '<div class="media-photo"><img src="{src}" alt="{alt}"><div class="media-caption">{cap}</div></div>'})
    score = ('<div class="scoreboard"><span class="home">Thể Công - Viettel</span> <b>2 - 1</b> <span class="away">Công an Hà Nội</span>'
             '<span class="sb-status">Kết thúc</span><span class="sb-round">Vòng 10 V-League</span></div>')
    head = basic_head(meta, rng, extra="\n".join([
        news_ld(meta, "2026-11-21T14:48:05Z", author="Khánh Duy", desc=lead), js_blob(rng, 2)]), desc=lead)

    def build(pad):
        return doc(head, "\n".join([
            '<div class="header-top"><span class="date-now">Chủ nhật, ngày 22/11/2026</span> <a href="/lich-thi-dau">Lịch thi đấu</a> <a href="/bang-xep-hang">BXH</a></div>',
            '<header><a class="logo" href="/">Thể thao Thủ đô</a>', nav(rng, ["Bóng đá Việt Nam", "Bóng đá quốc tế", "Tennis", "Thể thao", "Esports", "Video", "Ảnh"], "nav-main"), "</header>",
            score,
            '<div class="article-detail"><div class="cate"><a href="/bong-da-viet-nam">Bóng đá Việt Nam</a> / <a href="/v-league">V-League</a></div>',
            '<h1 class="detail-title">%s</h1>' % esc(meta["title"]),
            '<div class="detail-meta"><span class="byline">Tin: Khánh Duy - Ảnh: Hải Đăng</span> <time datetime="2026-11-21T14:48:05Z">21/11/2026 21:48</time></div>',
            '<div class="detail-sapo">%s</div>' % esc(lead),
            '<div class="detail-body">', body, "</div>",
            share_tools(),
            '<div class="bxh"><h3>Bảng xếp hạng V-League</h3><table><tr><th>#</th><th>Đội</th><th>Điểm</th></tr><tr><td>1</td><td>Nam Định</td><td>22</td></tr><tr><td>2</td><td>Thể Công - Viettel</td><td>20</td></tr><tr><td>3</td><td>Hà Nội FC</td><td>18</td></tr></table></div>',
            box(rng, "Tin liên quan", 5, "rel", "%d/%m/%Y"),
            comments(rng, 5),
            "</div>", '<aside>', box(rng, "Tin nóng", 10, "hot", "%H:%M"), "</aside>",
            pad,
            footer(rng, "Thể thao Thủ đô", "Số 11 Trịnh Hoài Đức, phường Văn Miếu - Quốc Tử Giám, Hà Nội", "Giấy phép số 77/GP-BVHTTDL",
                   "Đỗ Mạnh Cường", "024 3845 6677"),
            js_blob(rng, 2)]))
    return finish(meta, rng, build)


def t_h19(name, meta, blocks, rng):
    lead = lead_of(blocks)
    body = render(blocks, rng, meta["host"], {
        "fig": '<figure class="image align-center"><img src="{src}" alt="{alt}"><figcaption>{cap}</figcaption></figure>'})
    rel = pick_headlines(rng, 1)[0]
    parts = body.split("\n")
    parts.insert(3, '<p class="see-more"><strong>Xem thêm: </strong><a href="%s">%s</a></p>' % (rel[1], esc(rel[0])))
    body = "\n".join(parts)
    head = basic_head(meta, rng, extra="\n".join([
        '<meta property="article:published_time" content="2026-11-15T10:12:30+07:00">',
        '<meta property="article:modified_time" content="2026-11-15T14:02:11+07:00">', js_blob(rng, 1)]), desc=lead)

    def build(pad):
        return doc(head, "\n".join([
            '<div class="topnav"><span class="today">Chủ Nhật 22/11/2026</span> <a href="/podcast">Podcast</a> <a href="/bao-in">Báo in</a></div>',
            '<header><a class="logo" href="/">Văn hóa Việt</a>', nav(rng, ["Văn hóa", "Di sản", "Nghệ thuật", "Du lịch", "Thể thao", "Gia đình", "Giải trí"], "nav"), "</header>",
            '<div class="story"><div class="story__cate"><a href="/di-san">Di sản</a></div>',
            '<h1 class="story__heading">%s</h1>' % esc(meta["title"]),
            '<div class="story__summary">%s</div>' % esc(lead),
            '<div class="story__body">', body,
            '<p class="story__author"><strong>Thu Trang</strong></p>', "</div>",
            tags(["triển lãm", "di sản", "Bảo tàng Dân tộc học"]),
            share_tools(),
            box(rng, "Tin liên quan", 4, "story__related", "%d/%m/%Y"),
            "</div>", '<aside>', box(rng, "Mới nhất", 10, "latest", "%d/%m/%Y %H:%M"), "</aside>",
            pad,
            footer(rng, "Văn hóa Việt Online", "Số 124 Hoàng Hoa Thám, phường Ngọc Hà, Hà Nội", "Giấy phép số 59/GP-BVHTTDL",
                   "Lê Thị Vân", "024 3843 5555"),
            js_blob(rng, 1)]))
    return finish(meta, rng, build)


def portlet(rng, pid, inner, title=None):
    inst = "".join(rng.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(12))
    return ('<div class="portlet-boundary portlet-boundary_%s_ portlet-static portlet-borderless" id="p_p_id_%s_INSTANCE_%s_">'
            '<span id="p_%s_INSTANCE_%s"></span><div class="portlet-body">%s%s</div></div>') % (
        pid, pid, inst, pid, inst, ('<h2 class="portlet-title">%s</h2>' % esc(title)) if title else "", inner)


def t_h20(name, meta, blocks, rng):
    lead = lead_of(blocks)
    body = render(blocks, rng, meta["host"], {
        "p": '<p style="text-align: justify;">{}</p>', "h": "<p><strong>{}</strong></p>",
        "q": '<blockquote><p><em>"{}"</em></p></blockquote>'.replace('"{}"', "{}"),
        "ul": ('<ul style="list-style-type: disc;">', "</ul>")})
    head = basic_head(meta, rng, extra="\n".join([
        '<link href="/html/css/main.css?browserId=other&amp;themeId=tapchi_WAR_tapchitheme&amp;languageId=vi_VN&amp;b=6210&amp;t=1731000000" rel="stylesheet">',
        "<script>var Liferay={Browser:{},ThemeDisplay:{getLanguageId:function(){return 'vi_VN'},getPlid:function(){return '%d'},getScopeGroupId:function(){return '20182'}}};</script>" % rng.randint(10**5, 10**6),
        js_blob(rng, 3)]), desc=lead)
    article = "\n".join([
        '<div class="journal-content-article">',
        '<div class="detail-breadcrumb"><a href="/web/guest/kinh-te">Kinh tế</a></div>',
        '<h1 class="detail-title">%s</h1>' % esc(meta["title"]),
        '<div class="detail-author"><p class="name">PGS, TS. Phạm Văn Hòa</p><p class="unit">Học viện Chính trị quốc gia Hồ Chí Minh</p></div>',
        '<div class="detail-date">Ngày xuất bản: 10/11/2026 - 08:00</div>',
        '<div class="detail-sapo"><strong>%s</strong></div>' % esc(lead),
        '<div class="detail-content">', body, "</div>",
        '<div class="detail-tools"><a href="#">In bài viết</a> <a href="#">Gửi bài viết</a> <span>Lượt xem: 2.947</span></div>',
        "</div>"])

    def build(pad):
        return doc(head, "\n".join([
            '<div id="wrapper"><div class="top-banner"><span class="date-now">Chủ Nhật, 22/11/2026</span> <a href="/web/guest/dang-nhap">Đăng nhập</a> <a href="/en">English</a></div>',
            '<header id="banner" role="banner"><a class="logo" href="/web/guest">Tạp chí Lý luận chính trị Trung ương</a>',
            nav(rng, ["Chính trị - Xây dựng Đảng", "Kinh tế", "Văn hóa - Xã hội", "Quốc phòng - An ninh - Đối ngoại", "Thực tiễn", "Thế giới: Vấn đề - Sự kiện", "Tư liệu", "Tạp chí in"], "navigation"), "</header>",
            '<div id="content"><div class="columns-2" id="main-content" role="main"><div class="portlet-layout row-fluid"><div class="portlet-column portlet-column-first span8" id="column-1">',
            portlet(rng, "56", article),
            portlet(rng, "101", box(rng, "Bài viết cùng chuyên mục", 12, "asset-publisher", "%d/%m/%Y"), None),
            '</div><div class="portlet-column portlet-column-last span4" id="column-2">',
            portlet(rng, "101", box(rng, "Đọc nhiều", 10, "most-read", with_date=False), None),
            portlet(rng, "101", box(rng, "Tin mới", 20, "latest-news", "%d/%m/%Y"), None),
            portlet(rng, "73", box(rng, "Nghiên cứu - Trao đổi", 10, "nc-td", "%d/%m/%Y"), None),
            "</div></div></div></div>",
            pad,
            footer(rng, "Tạp chí Lý luận chính trị Trung ương", "Số 381 Đội Cấn, phường Ngọc Hà, Hà Nội",
                   "Giấy phép số 140/GP-BVHTTDL", "PGS, TS. Nguyễn Văn An", "024 3832 1234"),
            "</div>", js_blob(rng, 4)]))
    return finish(meta, rng, build)

# ---------------------------------------------------------------- non-article pages
NON = {
    "n01": dict(kind="listing", platform="custom-listing", host="baotayninh24h.vn",
                url="https://baotayninh24h.vn/kinh-te/trang-3", charset="utf-8"),
    "n02": dict(kind="search", platform="nextjs", host="tuoitrephuongnam.vn",
                url="https://tuoitrephuongnam.vn/tim-kiem.htm?keywords=nh%C3%A0%20%E1%BB%9F%20x%C3%A3%20h%E1%BB%99i", charset="utf-8"),
    "n03": dict(kind="not_found", platform="custom-php", host="xaydungviet.vn",
                url="https://xaydungviet.vn/ha-tang-giao-thong-dong-bang-song-cuu-long-192611150830.htm", charset="utf-8"),
    "n04": dict(kind="challenge", platform="anti-bot", host="laodongmientrung.vn",
                url="https://laodongmientrung.vn/thoi-su/hop-bao-chinh-phu-thuong-ky-1502811.ldo", charset="utf-8"),
}

SAPO_TAIL = ["theo báo cáo của cơ quan chức năng, kết quả đạt được vượt kế hoạch đề ra.",
             "nhiều giải pháp được triển khai đồng bộ trong những tháng cuối năm.",
             "địa phương đang kiến nghị tháo gỡ vướng mắc để đẩy nhanh tiến độ.",
             "người dân và doanh nghiệp đánh giá cao cách làm mới này."]


def t_n01(name, meta, rng):
    items = pick_headlines(rng, 20, "%d/%m/%Y %H:%M", days=6)
    lis = []
    for t, u, ds in items:
        lis.append('<div class="story-item"><a class="thumb" href="%s"><img src="%s" alt=""></a><h3 class="story-title"><a href="%s">%s</a></h3>'
                   '<span class="story-time">%s</span><p class="story-sapo">%s: %s</p></div>' % (
                       u, img_src(rng, meta["host"]), u, esc(t), ds, esc(t), esc(rng.choice(SAPO_TAIL))))
    return doc("\n".join(['<meta charset="utf-8">', "<title>Kinh tế - Trang 3 - Báo Tây Ninh</title>", styles(rng, 30), js_blob(rng, 1)]), "\n".join([
        '<div class="top"><span>Chủ nhật, 22/11/2026</span></div>',
        '<header><a class="logo" href="/">Báo Tây Ninh</a>', nav(rng, CATS, "menu"), "</header>",
        '<div class="cate-page"><h1 class="cate-title">Kinh tế</h1><div class="sub-cate"><a href="/kinh-te/nong-nghiep">Nông nghiệp</a> <a href="/kinh-te/cong-nghiep">Công nghiệp</a> <a href="/kinh-te/thi-truong">Thị trường</a></div>',
        "\n".join(lis),
        '<div class="pagination"><a href="/kinh-te/trang-2">« Trước</a> <a href="/kinh-te">1</a> <a href="/kinh-te/trang-2">2</a> <span class="current">3</span> <a href="/kinh-te/trang-4">4</a> <a href="/kinh-te/trang-4">Sau »</a></div></div>',
        '<aside>', box(rng, "Đọc nhiều", 8, "most", with_date=False), "</aside>",
        footer(rng, "Báo Tây Ninh", "Số 2 Trần Hưng Đạo, phường Long An, tỉnh Tây Ninh", "Giấy phép số 212/GP-BVHTTDL", "Võ Văn Bảy", "0272 3826 123"),
        js_blob(rng, 1)]))


def t_n02(name, meta, rng):
    items = pick_headlines(rng, 12, "%d/%m/%Y", days=300)
    res = "\n".join('<div class="search-item"><h3><a href="%s">%s</a></h3><span class="time">%s</span><p>%s</p></div>' % (
        u, esc(t), ds, esc(rng.choice(SAPO_TAIL).capitalize())) for t, u, ds in items)
    nd = {"props": {"pageProps": {"keywords": "nhà ở xã hội", "total": 1284, "page": 1}}, "page": "/tim-kiem", "buildId": "k8Zq1vT0pLxR3"}
    return doc("\n".join(['<meta charset="utf-8">', "<title>Tìm kiếm: nhà ở xã hội - Tuổi Trẻ Phương Nam</title>", '<meta name="robots" content="noindex">', styles(rng, 30)]), "\n".join([
        '<div id="__next"><div class="header-top"><span class="date-time">Chủ Nhật, 22/11/2026</span></div>',
        '<header><a class="logo" href="/">Tuổi Trẻ Phương Nam</a>', nav(rng, CATS, "menu-nav"), "</header>",
        '<main class="search-page"><form class="search-form" action="/tim-kiem.htm"><input name="keywords" value="nhà ở xã hội"><button>Tìm kiếm</button></form>',
        '<p class="search-count">Tìm thấy <b>1.284</b> kết quả cho từ khóa "<b>nhà ở xã hội</b>"</p>',
        '<div class="search-filter"><a href="?sort=new">Mới nhất</a> <a href="?sort=rel">Liên quan nhất</a> <select><option>Tất cả chuyên mục</option></select></div>',
        res,
        '<div class="pager"><span>1</span> <a href="?page=2">2</a> <a href="?page=3">3</a> <a href="?page=2">Trang sau</a></div></main>',
        footer(rng, "Báo Tuổi Trẻ Phương Nam", "60A Hoàng Văn Thụ, phường Phú Nhuận, TP.HCM", "Giấy phép hoạt động báo điện tử số 581/GP-BVHTTDL", "Lê Thế Chữ", "028 3997 3838"),
        "</div>", '<script id="__NEXT_DATA__" type="application/json">%s</script>' % json.dumps(nd, ensure_ascii=False)]))


def t_n03(name, meta, rng):
    return doc("\n".join(['<meta charset="utf-8">', "<title>Không tìm thấy trang - Báo Xây dựng Việt</title>", styles(rng, 25), js_blob(rng, 1)]), "\n".join([
        '<div class="top-head"><span class="time-today">Chủ nhật, 22/11/2026</span></div>',
        '<header><a class="logo" href="/">Xây dựng Việt</a>', nav(rng, ["Thời sự", "Quy hoạch", "Hạ tầng", "Nhà ở", "Vật liệu", "Bất động sản", "Kiến trúc", "Pháp luật"], "menu"), "</header>",
        '<div class="page-404"><h1>404</h1><h2>Rất tiếc, trang bạn tìm kiếm không tồn tại!</h2>',
        '<p>Bài viết có thể đã bị gỡ bỏ, thay đổi đường dẫn hoặc tạm thời không truy cập được. Vui lòng kiểm tra lại địa chỉ hoặc quay về <a href="/">trang chủ</a>.</p>',
        '<form action="/tim-kiem"><input name="q" placeholder="Nhập từ khóa tìm kiếm"><button>Tìm</button></form></div>',
        box(rng, "Có thể bạn quan tâm", 8, "suggest", "%d/%m/%Y"),
        footer(rng, "Báo Xây dựng Việt", "Số 37 Lê Đại Hành, phường Hai Bà Trưng, Hà Nội", "Giấy phép số 90/GP-BVHTTDL", "Đào Văn Minh", "024 3974 1212"),
        js_blob(rng, 1)]))


def t_n04(name, meta, rng):
    tok = "".join(rng.choice("0123456789abcdef") for _ in range(40))
    a, b = rng.randint(1000, 9999), rng.randint(1000, 9999)
    return ("<!DOCTYPE html>\n<html lang=\"vi\"><head><meta charset=\"utf-8\"><title>Đang kiểm tra trình duyệt...</title>"
            "<meta name=\"robots\" content=\"noindex, nofollow\"><meta http-equiv=\"refresh\" content=\"8\">"
            "<style>body{font-family:Arial,sans-serif;text-align:center;padding-top:120px;color:#333}.spinner{margin:20px auto;width:40px;height:40px;border:4px solid #ddd;border-top-color:#c00;border-radius:50%%;animation:s 1s linear infinite}@keyframes s{to{transform:rotate(360deg)}}</style>"
            "</head><body><div class=\"box\"><h1>Vui lòng chờ trong giây lát...</h1><div class=\"spinner\"></div>"
            "<p>Hệ thống đang kiểm tra trình duyệt của bạn trước khi truy cập laodongmientrung.vn.</p>"
            "<p>Quá trình này diễn ra tự động. Trình duyệt sẽ chuyển hướng sau vài giây.</p>"
            "<noscript><p>Vui lòng bật JavaScript và cookie để tiếp tục.</p></noscript>"
            "<p class=\"ray\">Mã yêu cầu: %s</p></div>"
            "<script>(function(){var t='%s',a=%d,b=%d;var v=(a*b)%%9973;document.cookie='__vnbot_chk='+t+'.'+v+';path=/;max-age=1800;SameSite=Lax';"
            "setTimeout(function(){location.reload()},3000)})();</script></body></html>\n") % (tok[:16], tok, a, b)


# ---------------------------------------------------------------- main
ARTICLES = ["h%02d" % i for i in range(1, 21)]


def build_all():
    """Return {filename: bytes}."""
    files = {}
    for name in ARTICLES:
        meta = META[name]
        blocks = parse(name)
        rng = random.Random("%s:%s" % (SET, name))
        page = globals()["t_" + name](name, meta, blocks, rng)
        if name == "h14":
            page = unicodedata.normalize("NFD", page)
        if name in ("h04", "h16"):
            data = cp1258_encode(page)
        else:
            data = page.encode("utf-8")
        files[name + ".html"] = data
        side = {"kind": "article", "platform": meta["platform"], "url": meta["url"], "charset": meta["charset"],
                "title": meta["title"], "published_at": meta["published_at"], "author": meta["author"],
                "body": gold_body(blocks)}
        files[name + ".json"] = (json.dumps(side, ensure_ascii=False, indent=1) + "\n").encode("utf-8")
    for name, meta in NON.items():
        rng = random.Random("%s:%s" % (SET, name))
        page = globals()["t_" + name](name, meta, rng)
        files[name + ".html"] = page.encode("utf-8")
        side = {k: meta[k] for k in ("kind", "platform", "url", "charset")}
        files[name + ".json"] = (json.dumps(side, ensure_ascii=False, indent=1) + "\n").encode("utf-8")
    return files


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    os.makedirs(out, exist_ok=True)
    for fn, data in sorted(build_all().items()):
        with open(os.path.join(out, fn), "wb") as f:
            f.write(data)


if __name__ == "__main__":
    main()
