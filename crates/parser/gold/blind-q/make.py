#!/usr/bin/env python3
"""Generator for the blind-q gold set (government portals, metadata focus).

python3 make.py [OUTDIR]   writes q01..q20 and n01..n04 (.html + .json).

Deterministic: stdlib only, one random.Random("blind-q:NAME") per page, no clock.
Every text, name and figure is invented.
"""
import base64
import datetime as dt
import html
import json
import os
import random
import re
import sys
import unicodedata

CRAWL = dt.date(2026, 11, 22)   # Sunday 22/11/2026

# ---------------------------------------------------------------------------
# Article texts.  Block kinds: p (paragraph), h (subheading), cap (image
# caption), quote, ul/ol (list of items), table (rows of cells).
# "**x**" marks bold inside a paragraph; it is markup, not text.
# ---------------------------------------------------------------------------
A = {}

A['q01'] = dict(
    platform='sharepoint-tandan',
    url='https://tuyenquang.gov.vn/Pages/chi-tiet-tin-tuc.aspx?ItemID=18425&l=TinTucSuKien&lv=1',
    title='Khởi công tuyến đường kết nối các xã vùng cao phía Bắc tỉnh Tuyên Quang',
    pub='2026-03-05T08:05:00+07:00',
    author='Hoàng Minh Đức, Sở Xây dựng',
    lead='Ngày 4/3, UBND tỉnh Tuyên Quang tổ chức lễ khởi công dự án đầu tư xây dựng tuyến đường kết nối các xã Mèo Vạc, Sơn Vĩ, Khâu Vai với Quốc lộ 4C. Dự án có tổng mức đầu tư hơn 1.250 tỷ đồng, dự kiến hoàn thành trong năm 2028.',
    blocks=[
        ('p', 'Dự và chỉ đạo lễ khởi công có đồng chí Lương Văn Khải, Phó Chủ tịch UBND tỉnh; đại diện lãnh đạo các sở: Xây dựng, Tài chính, Nông nghiệp và Môi trường; Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh; lãnh đạo Đảng ủy, UBND các xã có tuyến đường đi qua cùng đông đảo Nhân dân địa phương.'),
        ('p', 'Theo báo cáo của chủ đầu tư, tuyến đường có tổng chiều dài 46,8 km, điểm đầu giao với Quốc lộ 4C tại xã Mèo Vạc, điểm cuối tại trung tâm xã Khâu Vai, đi qua địa bàn 3 xã thuộc huyện Mèo Vạc cũ. Tuyến được thiết kế theo tiêu chuẩn đường cấp IV miền núi, nền đường rộng 7,5 m, mặt đường rộng 5,5 m bằng bê tông nhựa; xây dựng mới 9 cầu bê tông cốt thép và hệ thống rãnh dọc, cống thoát nước, tường chắn tại các đoạn có nguy cơ sạt lở.'),
        ('cap', 'Đồng chí Lương Văn Khải, Phó Chủ tịch UBND tỉnh và các đại biểu thực hiện nghi thức khởi công dự án.'),
        ('h', 'Hơn 96% diện tích mặt bằng đã được bàn giao'),
        ('p', 'Để dự án sớm được triển khai, từ cuối năm 2025, UBND các xã Mèo Vạc, Sơn Vĩ và Khâu Vai đã thành lập tổ công tác, phối hợp với chủ đầu tư kiểm đếm, lập phương án bồi thường, hỗ trợ cho 412 hộ dân có đất bị ảnh hưởng. Đến ngày 28/02/2026, đã có 397 hộ nhận tiền bồi thường và bàn giao mặt bằng, đạt hơn 96% tổng diện tích cần thu hồi. Nhiều hộ gia đình người Mông, người Lô Lô đã tự nguyện hiến đất, tháo dỡ tường rào, công trình phụ để nhường đất làm đường.'),
        ('p', 'Ông Sùng Mí Vàng, Trưởng thôn Pải Lủng, xã Mèo Vạc chia sẻ: “Người dân ở đây mong con đường này từ lâu lắm rồi. Mùa mưa đường trơn, xe chở ngô, chở bò xuống chợ rất khó khăn. Có đường mới, bà con sẽ yên tâm làm ăn, con cháu đi học cũng thuận lợi hơn”.'),
        ('p', 'Phát biểu tại lễ khởi công, đồng chí Lương Văn Khải nhấn mạnh, đây là công trình có ý nghĩa quan trọng, góp phần hoàn thiện mạng lưới giao thông khu vực biên giới, thúc đẩy phát triển du lịch gắn với Công viên địa chất toàn cầu UNESCO Cao nguyên đá Đồng Văn, đồng thời tăng cường bảo đảm quốc phòng, an ninh.'),
        ('p', 'Phó Chủ tịch UBND tỉnh yêu cầu chủ đầu tư và các nhà thầu huy động đầy đủ máy móc, nhân lực, tổ chức thi công khoa học, bảo đảm chất lượng, an toàn lao động và vệ sinh môi trường; không để xảy ra tình trạng chậm tiến độ do chủ quan. Các xã tiếp tục phối hợp giải quyết dứt điểm vướng mắc đối với 15 hộ còn lại, quan tâm bố trí tái định cư, ổn định cuộc sống cho người dân bị ảnh hưởng.'),
        ('cap', 'Máy móc của nhà thầu thi công đoạn đầu tuyến tại xã Mèo Vạc.'),
        ('p', 'Dự án do Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh làm chủ đầu tư, sử dụng nguồn vốn ngân sách trung ương và ngân sách tỉnh giai đoạn 2026 - 2030. Theo kế hoạch, các gói thầu xây lắp chính sẽ hoàn thành trong quý IV/2028, đưa công trình vào sử dụng trước mùa du lịch năm 2029.'),
    ])

A['q02'] = dict(
    platform='sharepoint-trang',
    url='https://snnmt.gialai.gov.vn/Trang/ChiTietTinTuc.aspx?nid=2317',
    title='GIA LAI ĐẨY MẠNH CẤP GIẤY CHỨNG NHẬN QUYỀN SỬ DỤNG ĐẤT LẦN ĐẦU TẠI CẤP XÃ',
    pub='2026-04-14T00:00:00+07:00',
    author='Nguyễn Thị Hoài Thương',
    lead='Sau gần 10 tháng vận hành chính quyền địa phương hai cấp, các xã, phường trên địa bàn tỉnh Gia Lai đã cấp hơn 18.600 Giấy chứng nhận quyền sử dụng đất lần đầu cho hộ gia đình, cá nhân, góp phần giải quyết tình trạng tồn đọng kéo dài nhiều năm.',
    blocks=[
        ('p', 'Ngày 13/4, Sở Nông nghiệp và Môi trường tổ chức hội nghị sơ kết công tác cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất quý I/2026. Hội nghị được tổ chức theo hình thức trực tiếp kết hợp trực tuyến đến điểm cầu UBND các xã, phường, đặc khu.'),
        ('p', 'Theo báo cáo, từ ngày 01/7/2025, thẩm quyền cấp Giấy chứng nhận lần đầu cho hộ gia đình, cá nhân được giao về UBND cấp xã. Để thực hiện nhiệm vụ mới, Sở đã tổ chức 6 lớp tập huấn chuyên sâu cho hơn 540 công chức địa chính, ban hành bộ quy trình nội bộ và biểu mẫu thống nhất, đồng thời cử cán bộ Văn phòng Đăng ký đất đai trực tiếp hỗ trợ tại các xã có khối lượng hồ sơ lớn.'),
        ('h', 'Nhiều địa phương về đích sớm'),
        ('p', 'Đến hết tháng 3/2026, toàn tỉnh đã tiếp nhận 24.315 hồ sơ đề nghị cấp Giấy chứng nhận lần đầu, đã giải quyết 18.642 hồ sơ, tỷ lệ giải quyết đúng hạn đạt 93,7%. Một số địa phương có kết quả nổi bật như xã Ia Grai, xã Chư Sê, phường An Nhơn và xã Phù Mỹ Đông.'),
        ('table', [['Địa phương', 'Hồ sơ tiếp nhận', 'Đã cấp', 'Tỷ lệ đúng hạn'],
                   ['Xã Ia Grai', '1.126', '1.018', '97,2%'],
                   ['Xã Chư Sê', '984', '871', '95,8%'],
                   ['Phường An Nhơn', '1.342', '1.190', '96,4%'],
                   ['Xã Phù Mỹ Đông', '765', '702', '98,1%']]),
        ('p', 'Bên cạnh kết quả đạt được, hội nghị cũng chỉ ra một số khó khăn như: hồ sơ địa chính tại nhiều xã vùng sâu chưa được số hóa đầy đủ; một số thửa đất có nguồn gốc phức tạp, chồng lấn ranh giới với đất lâm nghiệp do các công ty nông, lâm nghiệp quản lý; đội ngũ công chức địa chính ở một số xã mới sau sắp xếp còn thiếu và chưa có nhiều kinh nghiệm.'),
        ('p', 'Phát biểu kết luận, ông Trần Hữu Phước, Phó Giám đốc Sở Nông nghiệp và Môi trường đề nghị các địa phương tập trung thực hiện một số nhiệm vụ trọng tâm:'),
        ('ul', ['Rà soát, phân loại toàn bộ hồ sơ tồn đọng, xác định rõ nguyên nhân và thời hạn giải quyết đối với từng hồ sơ.',
                'Đẩy mạnh tiếp nhận hồ sơ trực tuyến qua Cổng Dịch vụ công quốc gia, hướng dẫn người dân nộp hồ sơ không phụ thuộc địa giới hành chính.',
                'Phối hợp với Văn phòng Đăng ký đất đai cập nhật, chỉnh lý biến động vào cơ sở dữ liệu đất đai ngay sau khi cấp Giấy chứng nhận.',
                'Công khai kết quả giải quyết hồ sơ tại trụ sở UBND xã và trên trang thông tin điện tử của địa phương.']),
        ('p', 'Sở đặt mục tiêu đến hết năm 2026 cơ bản hoàn thành việc cấp Giấy chứng nhận lần đầu cho các thửa đất đủ điều kiện, phấn đấu tỷ lệ giải quyết hồ sơ đúng hạn đạt trên 95%.'),
    ])

A['q03'] = dict(
    platform='vnpt-liferay',
    url='https://soyte.laocai.gov.vn/tin-tuc-su-kien/-/asset_publisher/Xk9pQ2rTz1aB/content/lao-cai-tiem-vac-xin-soi-cho-hon-42-000-tre-em-tai-cac-xa-vung-cao',
    title='Lào Cai tiêm vắc xin sởi cho hơn 42.000 trẻ em tại các xã vùng cao',
    pub='2025-09-09T00:00:00+07:00',
    author='Lò Thị Hạnh, Vàng Seo Chứ',
    lead='Từ ngày 25/8 đến ngày 5/9/2025, ngành Y tế Lào Cai đã tổ chức tiêm bổ sung vắc xin sởi - rubella cho 42.318 trẻ em từ 1 đến 10 tuổi tại 58 xã vùng cao, đạt 97,4% kế hoạch.',
    blocks=[
        ('p', 'Chiến dịch được triển khai theo Kế hoạch số 215/KH-SYT của Sở Y tế nhằm chủ động phòng, chống dịch sởi trong bối cảnh số ca mắc sởi tại một số tỉnh lân cận có xu hướng gia tăng. Đối tượng được ưu tiên là trẻ em chưa tiêm hoặc chưa tiêm đủ 2 mũi vắc xin có chứa thành phần sởi, trẻ em sống tại các thôn, bản vùng sâu, vùng xa, nơi tỷ lệ tiêm chủng thường xuyên còn thấp.'),
        ('p', 'Để bảo đảm an toàn, Trung tâm Kiểm soát bệnh tật tỉnh đã cấp phát đủ vắc xin, bơm kim tiêm, hộp an toàn và thuốc chống sốc cho các trạm y tế xã. Mỗi điểm tiêm đều bố trí bàn khám sàng lọc, khu vực theo dõi sau tiêm ít nhất 30 phút và tổ cấp cứu lưu động sẵn sàng hỗ trợ.'),
        ('cap', 'Nhân viên Trạm Y tế xã Bát Xát khám sàng lọc cho trẻ trước khi tiêm vắc xin.'),
        ('h', 'Tiêm chủng lưu động cho trẻ ở bản xa'),
        ('p', 'Tại các xã Y Tý, A Mú Sung, Mường Hum, nhiều thôn cách trạm y tế từ 15 đến 20 km, đường đi lại khó khăn, đặc biệt vào mùa mưa. Các trạm y tế đã phối hợp với y tế thôn bản, già làng, trưởng bản tổ chức tiêm chủng lưu động ngay tại nhà văn hóa thôn, đồng thời đến từng hộ gia đình vận động những trường hợp bố mẹ còn e ngại.'),
        ('p', 'Chị Lý Thị Mẩy, ở thôn Lao Chải, xã Y Tý cho biết: “Trước đây tôi sợ con tiêm xong bị sốt nên không cho đi. Được cán bộ y tế giải thích kỹ, giờ tôi đưa cả hai con đi tiêm, thấy các cháu vẫn khỏe, chỉ hơi quấy một chút”.'),
        ('cap', 'Cán bộ y tế tiêm vắc xin cho trẻ tại điểm tiêm lưu động ở thôn Lao Chải, xã Y Tý.'),
        ('p', 'Trong quá trình triển khai, toàn tỉnh ghi nhận 126 trường hợp phản ứng thông thường sau tiêm như sốt nhẹ, đau tại chỗ tiêm, không có trường hợp tai biến nặng. Các trường hợp hoãn tiêm do đang ốm, sốt sẽ được tiêm vét trong tháng 9.'),
        ('p', 'Bác sĩ Đỗ Văn Thuận, Phó Giám đốc Sở Y tế cho biết, sau chiến dịch, ngành Y tế sẽ tiếp tục rà soát đối tượng, củng cố hệ thống tiêm chủng thường xuyên tại tuyến xã, phấn đấu duy trì tỷ lệ tiêm đủ mũi vắc xin sởi đạt trên 95% ở tất cả các xã, phường, không để dịch bùng phát trên địa bàn.'),
    ])

A['q04'] = dict(
    platform='dnn',
    url='https://btgdv.quangngai.gov.vn/Default.aspx?tabid=87&ctl=Detail&mid=512&ItemID=6142',
    title='Quảng Ngãi biểu dương 86 mô hình “Dân vận khéo” tiêu biểu năm 2026',
    pub='2026-11-21T00:00:00+07:00',
    author='Hồ Thị Thanh Nga - Ban Tuyên giáo và Dân vận Tỉnh ủy',
    lead='Ngày 20/11, Ban Tuyên giáo và Dân vận Tỉnh ủy Quảng Ngãi tổ chức Hội nghị biểu dương các mô hình, điển hình “Dân vận khéo” tiêu biểu năm 2026. Đây là hội nghị biểu dương đầu tiên kể từ khi tỉnh Quảng Ngãi và tỉnh Kon Tum hợp nhất.',
    blocks=[
        ('p', 'Dự hội nghị có đồng chí Phạm Thị Kim Oanh, Ủy viên Ban Thường vụ, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy; lãnh đạo Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, các sở, ngành liên quan và 86 tập thể, cá nhân được biểu dương.'),
        ('p', 'Năm 2026, phong trào thi đua “Dân vận khéo” được triển khai sâu rộng ở 96 xã, phường, đặc khu, gắn với nhiệm vụ xây dựng chính quyền địa phương hai cấp. Toàn tỉnh đã xây dựng và công nhận 1.248 mô hình, điển hình “Dân vận khéo” trên các lĩnh vực, trong đó lĩnh vực kinh tế có 512 mô hình, văn hóa - xã hội 386 mô hình, quốc phòng - an ninh 167 mô hình, xây dựng hệ thống chính trị 183 mô hình.'),
        ('h', 'Lan tỏa từ những mô hình nhỏ'),
        ('p', 'Nhiều mô hình xuất phát từ những việc làm cụ thể, thiết thực ở thôn, làng. Tại xã Đăk Tô, mô hình “Bí thư chi bộ đỡ đầu hộ nghèo” đã giúp 47 hộ đồng bào Xơ Đăng có sinh kế ổn định nhờ trồng sâm dây và nuôi bò sinh sản. Ở đặc khu Lý Sơn, mô hình “Tổ tàu an toàn, đoàn kết” quy tụ 214 tàu cá cùng hỗ trợ nhau khi bám biển, kịp thời cung cấp thông tin về hoạt động của tàu thuyền lạ trên biển.'),
        ('p', 'Tại phường Cẩm Thành, mô hình “Tổ dân phố không rác thải nhựa” do Chi hội Phụ nữ tổ dân phố 5 khởi xướng đã được nhân rộng ra 32 tổ dân phố. Mỗi tuần, các hội viên thu gom, phân loại rác tại nguồn, dùng tiền bán phế liệu để hỗ trợ học sinh có hoàn cảnh khó khăn.'),
        ('p', 'Phát biểu tại hội nghị, đồng chí Phạm Thị Kim Oanh khẳng định: “Dân vận khéo không phải là phong trào hình thức mà phải đo bằng sự hài lòng của người dân. Mỗi mô hình dù nhỏ nhưng thiết thực, được Nhân dân đồng tình thì đó là mô hình tốt cần nhân rộng”.'),
        ('p', 'Đồng chí đề nghị cấp ủy các cấp tiếp tục quan tâm lãnh đạo, chỉ đạo phong trào; chú trọng phát hiện, bồi dưỡng, nhân rộng điển hình ở vùng đồng bào dân tộc thiểu số, vùng có đạo, khu vực biên giới; tăng cường tuyên truyền các gương điển hình trên báo chí, mạng xã hội và hệ thống thông tin cơ sở.'),
        ('cap', 'Đồng chí Phạm Thị Kim Oanh trao Giấy khen cho các tập thể có mô hình “Dân vận khéo” tiêu biểu.'),
        ('p', 'Dịp này, Ban Tuyên giáo và Dân vận Tỉnh ủy tặng Giấy khen cho 54 tập thể và 32 cá nhân có mô hình “Dân vận khéo” tiêu biểu năm 2026.'),
    ])

A['q05'] = dict(
    platform='wordpress',
    url='https://eakar.daklak.gov.vn/2025/12/18/xa-ea-kar-ho-tro-hon-300-ho-dan-chuyen-doi-cay-trong/',
    title='Xã Ea Kar hỗ trợ hơn 300 hộ dân chuyển đổi cây trồng trên đất kém hiệu quả',
    og_title='Ea Kar: hỗ trợ nông dân chuyển đổi cây trồng',
    pub='2025-12-18T08:20:44+07:00',
    author='CTV Phan Văn Tài',
    lead=None,
    blocks=[
        ('p', 'Năm 2025, UBND xã Ea Kar đã triển khai Kế hoạch hỗ trợ chuyển đổi cơ cấu cây trồng trên diện tích đất trồng lúa, trồng mì (sắn) kém hiệu quả sang trồng cây ăn quả và cây dược liệu. Sau một năm thực hiện, đã có 318 hộ dân tham gia với tổng diện tích 246 ha.'),
        ('p', 'Theo ông Y Khuê Niê, Phó Chủ tịch UBND xã, trước khi sắp xếp đơn vị hành chính, nhiều diện tích đất ở các thôn phía Nam xã thường xuyên bị hạn vào mùa khô, năng suất lúa chỉ đạt 3 - 3,5 tấn/ha, người dân trồng mì thì giá bấp bênh. Từ thực tế đó, xã đã khảo sát thổ nhưỡng, nguồn nước và lựa chọn các loại cây phù hợp như sầu riêng, bơ, mít Thái và cây sả.'),
        ('p', 'Người dân tham gia được hỗ trợ 50% giá cây giống, tập huấn kỹ thuật và được kết nối với các hợp tác xã, doanh nghiệp để bao tiêu sản phẩm. Tổng kinh phí hỗ trợ từ ngân sách xã và nguồn lồng ghép Chương trình mục tiêu quốc gia xây dựng nông thôn mới là hơn 3,2 tỷ đồng.'),
        ('cap', 'Vườn sầu riêng 2 năm tuổi của gia đình ông Nguyễn Văn Hòa ở thôn 6 được trồng trên diện tích đất lúa kém hiệu quả.'),
        ('p', 'Gia đình ông Nguyễn Văn Hòa ở thôn 6 là một trong những hộ đầu tiên đăng ký tham gia. Ông Hòa cho biết, 1,2 ha ruộng trước đây chỉ làm được một vụ lúa, thu nhập không đáng kể. Năm 2024, ông chuyển sang trồng sầu riêng xen mít, đến nay cây sinh trưởng tốt, dự kiến cho thu hoạch bói vào năm 2027.'),
        ('p', 'Với các hộ đồng bào dân tộc thiểu số, xã ưu tiên hỗ trợ trồng sả và cây dược liệu ngắn ngày, có thể cho thu hoạch sau 6 - 8 tháng. Hợp tác xã Nông nghiệp Ea Kar đã ký hợp đồng thu mua toàn bộ sản lượng sả tươi với giá ổn định 3.000 đồng/kg, giúp bà con yên tâm sản xuất.'),
        ('p', 'Bên cạnh kết quả đạt được, việc chuyển đổi vẫn còn khó khăn do một số hộ thiếu vốn đầu tư ban đầu, hệ thống thủy lợi nội đồng ở một số thôn chưa đồng bộ. Thời gian tới, xã sẽ phối hợp với Ngân hàng Chính sách xã hội tạo điều kiện cho người dân tiếp cận vốn vay ưu đãi, đồng thời đề nghị tỉnh đầu tư nâng cấp kênh mương phục vụ tưới tiêu.'),
        ('p', 'Năm 2026, xã Ea Kar phấn đấu chuyển đổi thêm 150 ha đất kém hiệu quả, hình thành vùng trồng cây ăn quả tập trung gắn với cấp mã số vùng trồng phục vụ xuất khẩu.'),
    ])

A['q06'] = dict(
    platform='joomla',
    url='https://hacthanh.thanhhoa.gov.vn/index.php/tin-tuc/tin-hoat-dong/item/1873-phuong-hac-thanh-doi-thoai-voi-nguoi-dan-ve-chinh-trang-do-thi',
    title='Phường Hạc Thành đối thoại với người dân về chỉnh trang đô thị và trật tự vỉa hè',
    pub='2026-03-12T09:14:00+07:00',
    author='BBT',
    lead='Sáng 11/3, UBND phường Hạc Thành tổ chức hội nghị đối thoại với người dân về công tác chỉnh trang đô thị, lập lại trật tự lòng đường, vỉa hè trên các tuyến phố trung tâm. Hơn 200 hộ kinh doanh, đại diện các tổ dân phố đã tham dự và nêu ý kiến.',
    blocks=[
        ('p', 'Chủ trì hội nghị có ông Lê Đình Quang, Chủ tịch UBND phường. Tại hội nghị, lãnh đạo phường thông tin về kế hoạch chỉnh trang 14 tuyến phố trong năm 2026, trong đó tập trung cải tạo vỉa hè, hạ ngầm đường dây thông tin, bổ sung cây xanh và hệ thống chiếu sáng trên các tuyến Lê Hoàn, Trần Phú, Phan Chu Trinh, Cửa Tả.'),
        ('p', 'Nhiều ý kiến của người dân tập trung vào việc bố trí điểm trông giữ xe, thời gian thi công và phương án hỗ trợ các hộ kinh doanh bị ảnh hưởng doanh thu. Bà Nguyễn Thị Hằng, chủ một cửa hàng ăn uống trên phố Trần Phú đề nghị phường công khai tiến độ thi công từng đoạn để các hộ chủ động sắp xếp hoạt động buôn bán.'),
        ('p', 'Ông Trịnh Văn Bảy, Tổ trưởng Tổ dân phố 7 phản ánh tình trạng một số hộ lấn chiếm vỉa hè để đặt biển quảng cáo, kê bàn ghế, gây khó khăn cho người đi bộ. Ông đề nghị chính quyền xử lý nghiêm, công bằng giữa các hộ, tránh tình trạng “đánh trống bỏ dùi”.'),
        ('cap', 'Người dân phường Hạc Thành nêu ý kiến tại hội nghị đối thoại.'),
        ('h', 'Công khai tiến độ, hỗ trợ hộ kinh doanh'),
        ('p', 'Trả lời các ý kiến, ông Lê Đình Quang cho biết, phường sẽ chia nhỏ các đoạn thi công, mỗi đoạn không quá 200 m và thi công dứt điểm trong 30 ngày. Tiến độ từng đoạn được niêm yết tại trụ sở tổ dân phố và đăng tải trên trang thông tin điện tử của phường. Trong thời gian thi công, phường bố trí 6 điểm trông giữ xe tạm thời miễn phí cho khách đến mua sắm.'),
        ('p', 'Đối với việc sử dụng tạm thời một phần vỉa hè, phường sẽ ban hành quy định cụ thể về vị trí, thời gian và phí sử dụng theo đúng quy định của tỉnh, bảo đảm dành ít nhất 1,5 m cho người đi bộ. Các trường hợp cố tình vi phạm sẽ bị xử lý theo quy định của pháp luật.'),
        ('p', 'Kết thúc hội nghị, 186 hộ kinh doanh đã ký cam kết thực hiện nghiêm các quy định về trật tự đô thị, vệ sinh môi trường và an toàn thực phẩm.'),
    ])

A['q07'] = dict(
    platform='nukeviet',
    url='https://condao.hochiminhcity.gov.vn/news/hoat-dong-dia-phuong/dac-khu-con-dao-dien-tap-ung-pho-su-co-tran-dau-va-tim-kiem-cuu-nan-tren-bien-1462.html',
    title='Đặc khu Côn Đảo diễn tập ứng phó sự cố tràn dầu và tìm kiếm cứu nạn trên biển',
    pub='2025-10-27T16:47:12+07:00',
    author='Trần Văn Lợi',
    lead='Sáng 27/10, UBND đặc khu Côn Đảo phối hợp với Bộ Chỉ huy Quân sự Thành phố Hồ Chí Minh tổ chức diễn tập ứng phó sự cố tràn dầu và tìm kiếm cứu nạn trên biển năm 2025 tại khu vực cảng Bến Đầm.',
    blocks=[
        ('p', 'Cuộc diễn tập giả định một tàu chở hàng mắc cạn tại vùng biển cách cảng Bến Đầm khoảng 3 hải lý, làm thủng két nhiên liệu, khoảng 12 tấn dầu DO tràn ra biển, đồng thời có 2 thuyền viên bị thương, 1 người rơi xuống biển mất tích. Vệt dầu theo gió mùa Đông Bắc có nguy cơ trôi dạt vào bãi biển và khu vực nuôi trồng thủy sản của người dân.'),
        ('p', 'Ngay khi nhận tin báo, Ban Chỉ huy Phòng thủ dân sự đặc khu đã kích hoạt phương án ứng phó cấp cơ sở, huy động 9 tàu, xuồng, 150 cán bộ, chiến sĩ và dân quân, cùng phao quây dầu, thiết bị thu gom dầu tràn. Lực lượng tìm kiếm cứu nạn nhanh chóng tiếp cận hiện trường, sơ cứu và đưa các thuyền viên vào bờ chuyển đến Trung tâm Y tế đặc khu.'),
        ('cap', 'Lực lượng chức năng triển khai phao quây dầu khoanh vùng sự cố tại khu vực cảng Bến Đầm.'),
        ('p', 'Các tình huống diễn tập được triển khai bài bản, sát thực tế, phối hợp nhịp nhàng giữa các lực lượng quân sự, biên phòng, công an, y tế và Ban Quản lý Vườn quốc gia Côn Đảo. Sau gần 3 giờ, vệt dầu được khoanh vùng, thu gom, không để lan vào bờ; thuyền viên mất tích được tìm thấy và cứu sống.'),
        ('p', 'Phát biểu bế mạc, ông Lâm Quang Vĩnh, Chủ tịch UBND đặc khu đánh giá cuộc diễn tập đạt mục đích, yêu cầu đề ra. Qua diễn tập, các lực lượng đã nâng cao khả năng chỉ huy, hiệp đồng, xử lý tình huống, đồng thời giúp người dân, doanh nghiệp nâng cao ý thức phòng ngừa sự cố môi trường biển.'),
        ('p', 'Ông Lâm Quang Vĩnh đề nghị các cơ quan, đơn vị tiếp tục rà soát, bổ sung phương án ứng phó sự cố tràn dầu phù hợp với điều kiện của đặc khu sau khi sắp xếp bộ máy; tăng cường trang thiết bị chuyên dụng, nhất là tại các khu vực neo đậu tàu thuyền, cảng biển và khu du lịch ven biển; duy trì chế độ trực ứng cứu 24/24 giờ trong mùa mưa bão.'),
        ('cap', 'Lực lượng cứu nạn đưa “nạn nhân” vào bờ trong tình huống giả định.'),
        ('p', 'Côn Đảo hiện có hệ sinh thái biển đa dạng với các rạn san hô, thảm cỏ biển và bãi đẻ của rùa biển. Việc chủ động ứng phó sự cố tràn dầu có ý nghĩa quan trọng trong bảo vệ môi trường, bảo tồn đa dạng sinh học và phát triển du lịch bền vững của đặc khu.'),
    ])

A['q08'] = dict(
    platform='aspnet-webforms',
    url='https://stp.ninhbinh.gov.vn/ChiTietTin.aspx?MaTin=9342&MaDM=12',
    title='Ninh Bình: Bảo đảm thông suốt công tác hộ tịch, chứng thực sau khi vận hành chính quyền địa phương hai cấp',
    pub='2025-07-24T00:00:00+07:00',
    author='Nguyễn Thị Mai Phương',
    lead='Sau hơn 3 tuần triển khai mô hình chính quyền địa phương hai cấp, công tác đăng ký hộ tịch, chứng thực tại 129 xã, phường trên địa bàn tỉnh Ninh Bình cơ bản được thực hiện thông suốt, không để người dân phải đi lại nhiều lần.',
    blocks=[
        ('p', 'Theo báo cáo của Sở Tư pháp, từ ngày 01/7 đến ngày 22/7/2025, các xã, phường đã tiếp nhận 18.457 yêu cầu đăng ký hộ tịch, trong đó đăng ký khai sinh 4.926 trường hợp, đăng ký kết hôn 1.384 trường hợp, đăng ký khai tử 1.127 trường hợp; chứng thực bản sao từ bản chính 96.310 bản, chứng thực chữ ký 3.245 việc.'),
        ('p', 'Để chuẩn bị cho việc vận hành chính quyền hai cấp, Sở Tư pháp đã rà soát, tham mưu UBND tỉnh giao nhiệm vụ đăng ký hộ tịch có yếu tố nước ngoài và một số việc chứng thực trước đây do cấp huyện thực hiện về UBND cấp xã theo quy định mới. Sở cũng tổ chức 4 đợt tập huấn trực tuyến cho hơn 600 công chức tư pháp - hộ tịch, bàn giao tài khoản sử dụng Phần mềm đăng ký, quản lý hộ tịch điện tử dùng chung cho các xã, phường.'),
        ('h', 'Còn khó khăn về nhân lực và lưu trữ sổ hộ tịch'),
        ('p', 'Bên cạnh kết quả đạt được, quá trình triển khai cũng bộc lộ một số khó khăn. Một số xã mới hình thành từ 3 - 4 xã cũ có khối lượng công việc lớn nhưng chỉ bố trí 2 công chức tư pháp - hộ tịch, trong đó có người mới được điều động từ lĩnh vực khác. Việc bàn giao, lưu trữ sổ hộ tịch của các xã cũ và của Phòng Tư pháp các huyện cũ tại một số nơi chưa khoa học, gây khó khăn khi tra cứu, cấp bản sao trích lục.'),
        ('p', 'Tại xã Hải Hậu, trung bình mỗi ngày Trung tâm Phục vụ hành chính công tiếp nhận từ 120 đến 150 hồ sơ chứng thực. Chị Trần Thị Thu, công chức tư pháp - hộ tịch xã cho biết, những ngày đầu lượng người đến làm thủ tục tăng đột biến, cán bộ phải làm thêm giờ, kể cả ngày thứ Bảy để giải quyết hết hồ sơ.'),
        ('cap', 'Người dân làm thủ tục chứng thực tại Trung tâm Phục vụ hành chính công xã Hải Hậu.'),
        ('p', 'Để khắc phục những khó khăn trên, Sở Tư pháp đề nghị UBND các xã, phường:'),
        ('ul', ['Bố trí đủ công chức làm công tác tư pháp - hộ tịch, bảo đảm tương xứng với khối lượng công việc và số dân trên địa bàn.',
                'Hoàn thành việc tiếp nhận, sắp xếp, số hóa sổ hộ tịch của các đơn vị hành chính cũ trước ngày 30/9/2025.',
                'Tăng cường hướng dẫn người dân thực hiện thủ tục trực tuyến, chứng thực bản sao điện tử từ bản chính.']),
        ('p', 'Sở Tư pháp đã thành lập tổ hỗ trợ nghiệp vụ, công bố số điện thoại đường dây nóng để giải đáp vướng mắc cho công chức cấp xã trong giờ hành chính. Trong tháng 8/2025, Sở sẽ tổ chức kiểm tra việc thực hiện nhiệm vụ hộ tịch, chứng thực tại một số địa phương có khối lượng công việc lớn.'),
    ])

A['q09'] = dict(
    platform='sharepoint-tandan',
    url='https://tanlap.phutho.gov.vn/Pages/tin-tuc-chi-tiet.aspx?ItemID=214&l=TinTucSuKien',
    title='Xã Tân Lập ra mắt Tổ công nghệ số cộng đồng tại 18 thôn',
    pub='2025-08-19T15:40:00+07:00',
    author='Văn phòng HĐND và UBND xã Tân Lập',
    lead='Chiều 18/8, UBND xã Tân Lập tổ chức lễ ra mắt 18 Tổ công nghệ số cộng đồng tại các thôn, đồng thời phát động phong trào “Bình dân học vụ số” trên địa bàn xã.',
    blocks=[
        ('p', 'Xã Tân Lập được thành lập trên cơ sở sắp xếp 3 xã Tân Lập, Tân Minh và Khả Cửu thuộc huyện Thanh Sơn cũ, có diện tích tự nhiên hơn 98 km², dân số trên 17.000 người, trong đó đồng bào dân tộc Mường chiếm khoảng 72%. Sau khi vận hành chính quyền hai cấp, nhu cầu thực hiện thủ tục hành chính trực tuyến của người dân tăng nhanh, trong khi kỹ năng sử dụng thiết bị số của nhiều người còn hạn chế.'),
        ('p', 'Mỗi Tổ công nghệ số cộng đồng gồm từ 5 đến 7 thành viên là trưởng thôn, bí thư chi đoàn, công an viên, giáo viên và những người có hiểu biết về công nghệ thông tin. Các tổ có nhiệm vụ hướng dẫn người dân cài đặt, sử dụng ứng dụng VNeID, dịch vụ công trực tuyến, thanh toán không dùng tiền mặt và nhận diện các thủ đoạn lừa đảo trên không gian mạng.'),
        ('cap', 'Lãnh đạo xã Tân Lập trao quyết định thành lập cho các Tổ công nghệ số cộng đồng.'),
        ('p', 'Tại lễ ra mắt, Đoàn Thanh niên xã đã ra quân hỗ trợ 120 người dân kích hoạt tài khoản định danh điện tử mức độ 2, nộp hồ sơ trực tuyến các thủ tục đăng ký khai sinh, cấp bản sao trích lục hộ tịch. Nhiều người cao tuổi lần đầu được hướng dẫn cách tra cứu tiến độ giải quyết hồ sơ ngay trên điện thoại.'),
        ('p', 'Bà Đinh Thị Luyến, 63 tuổi, ở thôn Đồng Tâm vui vẻ nói: “Trước đây muốn làm giấy tờ gì cũng phải nhờ con cháu chở ra xã. Giờ được các cháu đoàn viên chỉ cho cách làm trên điện thoại, tôi thấy tiện lắm”.'),
        ('h', 'Phấn đấu 80% hồ sơ được nộp trực tuyến'),
        ('p', 'Phát biểu tại buổi lễ, ông Hà Văn Thắng, Chủ tịch UBND xã đề nghị các Tổ công nghệ số cộng đồng hoạt động thường xuyên, thiết thực, “đi từng ngõ, gõ từng nhà” để hướng dẫn người dân. Xã sẽ bố trí kinh phí hỗ trợ hoạt động của các tổ, đồng thời lắp đặt điểm truy cập Internet miễn phí tại nhà văn hóa các thôn.'),
        ('p', 'Mục tiêu đến hết năm 2025, 100% hộ gia đình trên địa bàn xã có ít nhất một thành viên biết sử dụng dịch vụ công trực tuyến; trên 80% hồ sơ thủ tục hành chính thuộc thẩm quyền của xã được tiếp nhận trực tuyến.'),
    ])

A['q10'] = dict(
    platform='drupal',
    url='https://skhcn.angiang.gov.vn/tin-tuc/nghiem-thu-de-tai-ung-dung-cam-bien-quan-trac-do-man-phuc-vu-san-xuat-lua-tom',
    title='Nghiệm thu đề tài ứng dụng cảm biến quan trắc độ mặn phục vụ sản xuất lúa - tôm',
    pub='2026-02-02T10:25:00+07:00',
    author='Phạm Quốc Khánh',
    lead='Hội đồng khoa học và công nghệ tỉnh vừa nghiệm thu đề tài “Ứng dụng hệ thống cảm biến IoT quan trắc độ mặn, cảnh báo sớm phục vụ sản xuất lúa - tôm tại vùng ven biển tỉnh An Giang”, xếp loại Khá.',
    blocks=[
        ('p', 'Đề tài do Trường Đại học Kiên Giang chủ trì, TS. Lâm Thị Ngọc Diệp làm chủ nhiệm, được triển khai từ tháng 3/2024 đến tháng 12/2025 với tổng kinh phí hơn 2,1 tỷ đồng từ ngân sách sự nghiệp khoa học và công nghệ của tỉnh.'),
        ('p', 'Nhóm nghiên cứu đã thiết kế, chế tạo 24 trạm cảm biến đo độ mặn, nhiệt độ, pH và mực nước, lắp đặt tại các cống, kênh cấp nước chính ở các xã An Biên, Đông Thái, Vĩnh Hòa và Thạnh Đông. Dữ liệu được truyền về máy chủ mỗi 15 phút, hiển thị trên ứng dụng điện thoại và gửi tin nhắn cảnh báo khi độ mặn vượt ngưỡng cho phép.'),
        ('h', 'Người dân chủ động lấy nước, rửa mặn'),
        ('p', 'Qua hai vụ sản xuất thử nghiệm, các hộ tham gia mô hình đã chủ động lấy nước ngọt rửa mặn cho vụ lúa, giảm 20 - 25% chi phí bơm tưới. Năng suất lúa ST25 trên nền đất nuôi tôm đạt bình quân 4,8 tấn/ha, cao hơn 0,6 tấn/ha so với ruộng ngoài mô hình; tỷ lệ tôm càng xanh sống đến khi thu hoạch đạt trên 70%.'),
        ('cap', 'Trạm cảm biến quan trắc độ mặn lắp đặt tại cống Xẻo Rô, xã An Biên.'),
        ('p', 'Ông Danh Sóc, ở ấp Xẻo Đước, xã Vĩnh Hòa cho biết: “Mỗi khi độ mặn lên, điện thoại báo tin nhắn, tôi đóng cống ngay nên lúa không bị cháy lá như mấy năm trước”.'),
        ('p', 'Hội đồng nghiệm thu đánh giá đề tài có tính thực tiễn cao, sản phẩm có thể nhân rộng. Tuy nhiên, nhóm nghiên cứu cần hoàn thiện tài liệu hướng dẫn vận hành, bảo trì thiết bị; tính toán chi phí để các hợp tác xã có thể tự đầu tư, duy trì hệ thống sau khi đề tài kết thúc.'),
        ('p', 'Phát biểu tại buổi nghiệm thu, ông Nguyễn Hoàng Phúc, Phó Giám đốc Sở Khoa học và Công nghệ đề nghị đơn vị chủ trì phối hợp với Sở Nông nghiệp và Môi trường, UBND các xã ven biển xây dựng kế hoạch chuyển giao kết quả nghiên cứu, tích hợp dữ liệu quan trắc vào hệ thống cơ sở dữ liệu chuyển đổi số ngành nông nghiệp của tỉnh.'),
    ])

A['q11'] = dict(
    platform='bootstrap',
    url='https://hoavang.danang.gov.vn/tin-tuc/xa-hoa-vang-hoan-thanh-so-hoa-hon-86000-trang-so-ho-tich-1187.html',
    title='Xã Hòa Vang hoàn thành số hóa hơn 86.000 trang sổ hộ tịch',
    title_parts=('Xã Hòa Vang hoàn thành số hóa', 'hơn 86.000 trang sổ hộ tịch'),
    pub='2025-10-07T14:15:00+07:00',
    author='Lê Thị Thu Sương',
    lead='Sau 3 tháng triển khai, xã Hòa Vang đã hoàn thành số hóa 86.540 trang sổ hộ tịch lưu trữ từ năm 1976 đến nay của các xã cũ, tạo thuận lợi cho người dân khi đề nghị cấp bản sao trích lục.',
    blocks=[
        ('p', 'Xã Hòa Vang được thành lập trên cơ sở nhập các xã Hòa Phong, Hòa Phú và Hòa Khương của huyện Hòa Vang cũ. Khi bàn giao về xã mới, khối lượng sổ hộ tịch giấy rất lớn, nhiều cuốn đã ố vàng, rách mép do lưu trữ lâu năm trong điều kiện chưa bảo đảm.'),
        ('p', 'Thực hiện chỉ đạo của UBND thành phố, xã đã huy động 12 công chức, đoàn viên thanh niên tham gia quét, nhập dữ liệu vào Phần mềm đăng ký, quản lý hộ tịch điện tử dùng chung. Mỗi trang sổ sau khi quét đều được đối chiếu hai lần để bảo đảm thông tin chính xác về họ tên, ngày tháng năm sinh, quê quán.'),
        ('p', 'Kết quả số hóa cụ thể như sau:'),
        ('table', [['Loại sổ', 'Số trang', 'Số trường hợp'],
                   ['Sổ đăng ký khai sinh', '48.215', '52.130'],
                   ['Sổ đăng ký kết hôn', '17.604', '18.920'],
                   ['Sổ đăng ký khai tử', '14.388', '15.017'],
                   ['Các loại sổ khác', '6.333', '5.874']]),
        ('p', 'Quá trình số hóa cũng giúp phát hiện, hướng dẫn người dân điều chỉnh 327 trường hợp sai sót thông tin trong sổ gốc như sai chính tả họ tên, thiếu ngày tháng năm sinh hoặc quê quán ghi theo địa danh cũ.'),
        ('p', 'Việc số hóa giúp rút ngắn thời gian cấp bản sao trích lục từ 2 - 3 ngày xuống còn trong ngày, đặc biệt thuận tiện cho người dân sinh sống, làm việc xa quê. Đến nay, xã đã cấp 1.246 bản sao trích lục hộ tịch từ dữ liệu điện tử, trong đó 38% được cấp qua dịch vụ công trực tuyến.'),
        ('cap', 'Công chức tư pháp - hộ tịch xã Hòa Vang kiểm tra dữ liệu sổ hộ tịch sau khi số hóa.'),
        ('p', 'Ông Phạm Đức Thành, Phó Chủ tịch UBND xã cho biết, thời gian tới, xã tiếp tục rà soát, chỉnh lý những trường hợp thông tin chưa thống nhất giữa sổ giấy và Cơ sở dữ liệu quốc gia về dân cư, đồng thời đề xuất thành phố đầu tư kho lưu trữ đạt chuẩn để bảo quản sổ gốc.'),
    ])

A['q12'] = dict(
    platform='aspnet-legacy',
    url='http://nghiahung.namdinh.gov.vn/tin-tuc/chi-tiet.aspx?id=10255',
    charset=None,
    title='Các xã trên địa bàn huyện Nghĩa Hưng cũ vận hành ổn định Trung tâm Phục vụ hành chính công',
    pub='2025-07-03T17:05:00+07:00',
    author='PV',
    lead=None,
    blocks=[
        ('p', 'Ngày 3/7, sau 3 ngày chính thức vận hành mô hình chính quyền địa phương hai cấp, Trung tâm Phục vụ hành chính công của các xã Nghĩa Hưng, Nghĩa Sơn, Rạng Đông, Quỹ Nhất, Đồng Thịnh, Nghĩa Lâm và Hồng Phong (trên địa bàn huyện Nghĩa Hưng cũ) đã đi vào hoạt động nền nếp, tiếp nhận và giải quyết hồ sơ cho người dân đúng quy định.'),
        ('p', 'Theo ghi nhận của phóng viên, tại Trung tâm Phục vụ hành chính công xã Nghĩa Hưng, ngay từ 7 giờ sáng đã có nhiều người dân đến làm thủ tục. Các quầy tiếp nhận được bố trí theo từng lĩnh vực: tư pháp - hộ tịch, đất đai, lao động - thương binh và xã hội, kinh tế - hạ tầng. Công chức tại quầy niềm nở hướng dẫn, tư vấn, hỗ trợ người dân kê khai và nộp hồ sơ trực tuyến.'),
        ('p', 'Ông Vũ Văn Khang, Giám đốc Trung tâm Phục vụ hành chính công xã Nghĩa Hưng cho biết, trong 3 ngày từ 1 đến 3/7, trung tâm đã tiếp nhận 317 hồ sơ, giải quyết đúng và trước hạn 289 hồ sơ, số còn lại đang trong thời hạn giải quyết. Các lĩnh vực có nhiều hồ sơ nhất là chứng thực, hộ tịch và đăng ký biến động đất đai.'),
        ('cap', 'Công chức Trung tâm Phục vụ hành chính công xã Nghĩa Hưng hướng dẫn người dân nộp hồ sơ trực tuyến.'),
        ('p', 'Cùng với đó, tại các xã ven biển như Rạng Đông, Đồng Thịnh, lực lượng đoàn viên thanh niên được bố trí thường trực tại trung tâm để hỗ trợ người cao tuổi, người dân chưa thạo sử dụng điện thoại thông minh. Bộ phận một cửa cũng niêm yết công khai số điện thoại đường dây nóng, hòm thư góp ý để tiếp nhận phản ánh của người dân.'),
        ('p', 'Ông Trần Văn Tuyến, ở xóm 5, xã Nghĩa Sơn chia sẻ: “Tôi đến làm thủ tục sang tên quyền sử dụng đất, được cán bộ hướng dẫn tận tình. Trụ sở mới rộng rãi, có ghế ngồi chờ, có nước uống, không phải chen lấn như trước”.'),
        ('p', 'Bên cạnh kết quả bước đầu, một số xã vẫn gặp khó khăn do đường truyền mạng chưa ổn định, một số tài khoản phần mềm của công chức chưa được cấp đầy đủ. Các xã đã báo cáo, đề xuất cấp có thẩm quyền kịp thời tháo gỡ để bảo đảm hoạt động thông suốt, phục vụ người dân và doanh nghiệp tốt nhất.'),
    ])

A['q13'] = dict(
    platform='vnpt-liferay',
    url='https://snv.hungyen.gov.vn/web/snv/tin-tuc-su-kien/-/asset_publisher/aB3dEf9GhIjK/content/hung-yen-ban-hanh-quy-dinh-phan-cap-quan-ly-can-bo-cong-chuc-vien-chuc-cap-xa',
    title='Hưng Yên ban hành Quy định phân cấp quản lý cán bộ, công chức, viên chức cấp xã',
    pub='2026-01-26T14:10:00+07:00',
    author='Minh Châu',
    lead='UBND tỉnh Hưng Yên vừa ban hành Quyết định số 05/2026/QĐ-UBND quy định về phân cấp quản lý tổ chức bộ máy, biên chế, cán bộ, công chức, viên chức tại các xã, phường trên địa bàn tỉnh. Quyết định có hiệu lực từ ngày 01/02/2026.',
    blocks=[
        ('p', 'Quy định gồm 4 chương, 21 điều, áp dụng đối với Sở Nội vụ, các cơ quan chuyên môn thuộc UBND tỉnh, UBND 104 xã, phường và cán bộ, công chức, viên chức làm việc tại các cơ quan, đơn vị thuộc cấp xã.'),
        ('p', 'Theo quy định mới, Chủ tịch UBND cấp xã được phân cấp quyết định tuyển dụng, tiếp nhận, bổ nhiệm, điều động, luân chuyển công chức trong các cơ quan chuyên môn thuộc UBND cấp xã sau khi có ý kiến thống nhất của Sở Nội vụ về chỉ tiêu biên chế. Đối với viên chức tại các đơn vị sự nghiệp công lập thuộc xã, Chủ tịch UBND cấp xã quyết định toàn bộ các nội dung quản lý theo quy định của pháp luật.'),
        ('h', 'Những nội dung mới đáng chú ý'),
        ('p', 'So với quy định trước đây, Quyết định số 05/2026/QĐ-UBND có một số điểm mới:'),
        ('ul', ['Giao UBND cấp xã chủ động xây dựng đề án vị trí việc làm, cơ cấu ngạch công chức phù hợp với quy mô dân số, diện tích và đặc thù của từng địa phương.',
                'Cho phép điều động công chức giữa các xã trong cùng khu vực để bổ sung nhân lực cho những địa bàn có khối lượng công việc lớn, thời hạn không quá 12 tháng.',
                'Quy định rõ trách nhiệm của người đứng đầu khi để xảy ra sai phạm trong công tác tuyển dụng, bổ nhiệm, đánh giá cán bộ.',
                'Sở Nội vụ thực hiện kiểm tra, thanh tra định kỳ việc thực hiện nhiệm vụ được phân cấp ít nhất một lần trong năm.']),
        ('p', 'Bà Đỗ Thị Thanh Huyền, Giám đốc Sở Nội vụ cho biết, việc ban hành quy định nhằm tạo sự chủ động cho chính quyền cơ sở trong quản lý nguồn nhân lực, khắc phục tình trạng thừa, thiếu công chức cục bộ sau khi sắp xếp đơn vị hành chính. Đồng thời, quy định gắn quyền hạn với trách nhiệm, bảo đảm sự kiểm soát chặt chẽ của cấp tỉnh.'),
        ('p', 'Hiện nay, toàn tỉnh có 5.812 cán bộ, công chức cấp xã, bình quân 56 người/đơn vị. Sở Nội vụ đang phối hợp với các xã rà soát, đánh giá chất lượng đội ngũ, xây dựng kế hoạch đào tạo, bồi dưỡng kỹ năng quản trị địa phương, chuyển đổi số và tiếp công dân trong năm 2026.'),
        ('p', 'Toàn văn Quyết định số 05/2026/QĐ-UBND được đăng tải tại mục Văn bản chỉ đạo điều hành trên Cổng Thông tin điện tử tỉnh và Trang thông tin điện tử của Sở Nội vụ.'),
    ])

A['q14'] = dict(
    platform='wordpress',
    url='https://svhttdl.khanhhoa.gov.vn/khai-mac-tuan-le-van-hoa-du-lich-bien-dao-khanh-hoa-nam-2026/',
    title='Khai mạc Tuần lễ Văn hóa - Du lịch biển đảo Khánh Hòa năm 2026',
    pub='2026-06-08T08:30:52+07:00',
    author='Quỳnh Anh, Hữu Phước',
    lead=None,
    blocks=[
        ('p', '**Tối 7/6, tại Quảng trường 2/4, phường Nha Trang, Sở Văn hóa, Thể thao và Du lịch tỉnh Khánh Hòa tổ chức khai mạc Tuần lễ Văn hóa - Du lịch biển đảo năm 2026 với chủ đề “Khánh Hòa - Sắc màu biển gọi”.**'),
        ('p', 'Tuần lễ diễn ra từ ngày 7 đến 14/6 với 26 hoạt động văn hóa, thể thao, du lịch được tổ chức tại phường Nha Trang, phường Phan Rang, phường Cam Ranh và xã Ninh Hải. Đây là lần đầu tiên sự kiện được tổ chức trên phạm vi toàn tỉnh sau khi hợp nhất tỉnh Khánh Hòa và tỉnh Ninh Thuận.'),
        ('p', 'Phát biểu khai mạc, bà Huỳnh Thị Mỹ Hạnh, Phó Chủ tịch UBND tỉnh cho biết, Tuần lễ là dịp để giới thiệu với du khách những giá trị văn hóa đặc sắc của vùng đất giàu truyền thống, từ văn hóa biển của ngư dân Nha Trang, Cam Ranh đến văn hóa Chăm, Raglai ở vùng Ninh Thuận cũ.'),
        ('h', 'Nhiều hoạt động đặc sắc'),
        ('p', 'Trong khuôn khổ Tuần lễ, Ban Tổ chức tổ chức nhiều hoạt động hấp dẫn, trong đó có:'),
        ('ul', ['Liên hoan nghệ thuật quần chúng các dân tộc Chăm, Raglai, Kinh với sự tham gia của 18 đội văn nghệ cơ sở.',
                'Triển lãm ảnh “Biển đảo quê hương” trưng bày 120 tác phẩm của các nhiếp ảnh gia trong và ngoài tỉnh.',
                'Giải đua thuyền thúng và lễ hội ẩm thực biển tại bãi biển Bình Sơn, phường Phan Rang.',
                'Hội chợ sản phẩm OCOP, làng nghề gốm Bàu Trúc và dệt thổ cẩm Mỹ Nghiệp.']),
        ('cap', 'Tiết mục nghệ thuật đặc sắc tại lễ khai mạc Tuần lễ Văn hóa - Du lịch biển đảo năm 2026.'),
        ('p', 'Theo Sở Văn hóa, Thể thao và Du lịch, 5 tháng đầu năm 2026, toàn tỉnh đón khoảng 3,9 triệu lượt khách du lịch, tăng 14% so với cùng kỳ; trong đó khách quốc tế đạt 1,4 triệu lượt. Doanh thu từ hoạt động du lịch ước đạt 21.500 tỷ đồng.'),
        ('p', 'Ngành du lịch kỳ vọng Tuần lễ sẽ góp phần kích cầu du lịch mùa hè, quảng bá hình ảnh điểm đến Khánh Hòa an toàn, thân thiện, đồng thời giới thiệu những sản phẩm du lịch mới gắn với văn hóa Chăm, du lịch nông nghiệp và du lịch sinh thái trên vùng đất Ninh Thuận cũ.'),
        ('p', 'Trong thời gian diễn ra sự kiện, các doanh nghiệp lữ hành, lưu trú, vận chuyển trên địa bàn tỉnh cũng đưa ra nhiều chương trình khuyến mại, giảm giá từ 15 đến 40% cho du khách đặt tour, dịch vụ trong tháng 6 và tháng 7.'),
    ])

A['q15'] = dict(
    platform='dnn',
    url='https://sgddt.camau.gov.vn/tin-tuc/tid/Tin-giao-duc/newsid/4318/Ca-Mau-cong-bo-diem-thi-tuyen-sinh-lop-10-nam-hoc-2026-2027',
    title='Cà Mau công bố điểm thi tuyển sinh lớp 10 năm học 2026 - 2027',
    pub='2026-06-30T10:42:05+07:00',
    author='KHÁNH LINH',
    lead='Sáng 30/6, Sở Giáo dục và Đào tạo tỉnh Cà Mau chính thức công bố kết quả Kỳ thi tuyển sinh lớp 10 trung học phổ thông năm học 2026 - 2027. Thí sinh có thể tra cứu điểm trên Cổng thông tin điện tử của Sở từ 10 giờ cùng ngày.',
    blocks=[
        ('p', 'Kỳ thi diễn ra trong hai ngày 3 và 4/6/2026 với 19.684 thí sinh dự thi tại 52 điểm thi, thi 3 môn bắt buộc gồm Ngữ văn, Toán và Tiếng Anh. Riêng thí sinh đăng ký vào Trường THPT Chuyên Phan Ngọc Hiển và Trường THPT Chuyên Bạc Liêu dự thi thêm môn chuyên vào ngày 5/6.'),
        ('p', 'Theo thống kê, điểm trung bình môn Toán đạt 5,62, môn Ngữ văn 6,35 và môn Tiếng Anh 5,18. Có 14 bài thi đạt điểm 10 môn Toán, 3 bài thi đạt điểm 10 môn Tiếng Anh; môn Ngữ văn có điểm cao nhất là 9,5. Tỷ lệ bài thi dưới 1 điểm chiếm 0,4%, giảm so với năm trước.'),
        ('h', 'Điểm chuẩn một số trường'),
        ('table', [['Trường', 'Nguyện vọng 1', 'Nguyện vọng 2'],
                   ['THPT Cà Mau', '21,75', '23,00'],
                   ['THPT Hồ Thị Kỷ', '19,50', '20,75'],
                   ['THPT Bạc Liêu', '20,25', '21,50'],
                   ['THPT Giá Rai', '15,75', '17,00']]),
        ('p', 'Căn cứ kết quả thi và chỉ tiêu được giao, Hội đồng tuyển sinh các trường đã xét duyệt, đề nghị Sở phê duyệt danh sách trúng tuyển. Điểm chuẩn các trường công lập dao động từ 12,5 đến 21,75 điểm; một số trường vùng nông thôn, ven biển tuyển đủ chỉ tiêu ngay ở nguyện vọng 1.'),
        ('p', 'Thí sinh có nhu cầu phúc khảo bài thi nộp đơn tại trường THCS nơi đăng ký dự thi từ ngày 1 đến hết ngày 6/7/2026. Kết quả phúc khảo được công bố trước ngày 20/7/2026. Thí sinh trúng tuyển nộp hồ sơ nhập học trực tuyến hoặc trực tiếp tại trường từ ngày 21 đến 31/7/2026.'),
        ('p', 'Ông Trần Quốc Nam, Phó Giám đốc Sở Giáo dục và Đào tạo cho biết, kỳ thi năm nay được tổ chức nghiêm túc, an toàn, đúng quy chế. Đây là năm đầu tiên tỉnh tổ chức thi tuyển sinh lớp 10 chung một đề cho toàn bộ địa bàn sau hợp nhất, bảo đảm công bằng cho thí sinh giữa các khu vực.'),
        ('cap', 'Cán bộ Sở Giáo dục và Đào tạo kiểm tra dữ liệu điểm thi trước khi công bố.'),
    ])

A['q16'] = dict(
    platform='joomla',
    url='https://thudaumot.hochiminhcity.gov.vn/index.php/tin-tuc/1421-phuong-thu-dau-mot-ra-quan-nao-vet-kenh-rach-chong-ngap-mua-mua',
    title='Phường Thủ Dầu Một ra quân nạo vét kênh rạch, chống ngập mùa mưa',
    pub='2026-08-14T09:05:31+07:00',
    author='Vũ Văn Hiệp',
    lead=None,
    blocks=[
        ('p', 'Sáng 13/8, UBND phường Thủ Dầu Một phối hợp với Ủy ban Mặt trận Tổ quốc Việt Nam phường tổ chức lễ ra quân nạo vét, khơi thông dòng chảy kênh rạch, chủ động phòng, chống ngập úng trong mùa mưa năm 2026.'),
        ('p', 'Tham gia lễ ra quân có hơn 500 cán bộ, đoàn viên, hội viên, lực lượng vũ trang và người dân các khu phố. Các lực lượng tập trung nạo vét bùn đất, vớt rác, lục bình, phát quang bờ kênh tại rạch Bà Lụa, suối Cát và hệ thống mương thoát nước trên các tuyến đường Huỳnh Văn Lũy, Phú Lợi, Lê Hồng Phong.'),
        ('p', 'Theo UBND phường, địa bàn phường hiện có 8 điểm thường xuyên ngập cục bộ khi có mưa lớn kéo dài, nguyên nhân chủ yếu do hệ thống thoát nước xuống cấp, kênh rạch bị bồi lắng và tình trạng xả rác bừa bãi. Từ đầu mùa mưa, phường đã ghi nhận 11 đợt mưa lớn gây ngập từ 20 đến 40 cm tại một số tuyến đường, ảnh hưởng đến sinh hoạt và đi lại của người dân.'),
        ('cap', 'Lực lượng đoàn viên thanh niên vớt rác, lục bình tại rạch Bà Lụa.'),
        ('h', 'Xử lý nghiêm hành vi xả rác xuống kênh rạch'),
        ('p', 'Phát biểu tại buổi ra quân, bà Nguyễn Thị Thanh Tâm, Chủ tịch UBND phường đề nghị các khu phố duy trì ra quân vệ sinh môi trường vào sáng thứ Bảy hằng tuần; lực lượng công an, trật tự đô thị tăng cường kiểm tra, xử lý nghiêm các trường hợp xả rác, đổ phế thải xây dựng xuống kênh rạch, lấn chiếm hành lang thoát nước.'),
        ('p', 'Phường cũng đã đề xuất thành phố đầu tư cải tạo tuyến cống thoát nước trên đường Phú Lợi và nâng cấp bờ kè rạch Bà Lụa, dự kiến khởi công trong quý I/2027. Trước mắt, phường bố trí 2 tổ ứng trực với máy bơm công suất lớn tại các điểm ngập để kịp thời hỗ trợ người dân khi có mưa lớn.'),
        ('p', 'Sau một buổi sáng ra quân, các lực lượng đã nạo vét hơn 2,3 km kênh rạch, mương thoát nước, thu gom khoảng 35 tấn rác thải và bùn đất. Nhiều hộ dân sống ven rạch đã tự giác tháo dỡ các công trình tạm lấn chiếm bờ kênh, phối hợp cùng lực lượng chức năng làm sạch đoạn kênh trước nhà.'),
    ])

A['q17'] = dict(
    platform='sharepoint-trang',
    url='https://stc.nghean.gov.vn/Trang/ChiTietTinTuc.aspx?nid=5096',
    title='Nghệ An: Giải ngân vốn đầu tư công 4 tháng đầu năm 2026 đạt 28,3% kế hoạch',
    pub='2026-05-19T10:20:00+07:00',
    author='Lê Thanh Tâm',
    lead='Tính đến ngày 30/4/2026, tổng số vốn đầu tư công năm 2026 của tỉnh Nghệ An đã giải ngân đạt 4.386 tỷ đồng, bằng 28,3% kế hoạch Thủ tướng Chính phủ giao, cao hơn mức bình quân chung của cả nước.',
    blocks=[
        ('p', 'Theo báo cáo của Sở Tài chính, tổng kế hoạch vốn đầu tư công năm 2026 của tỉnh là 15.498 tỷ đồng, trong đó vốn ngân sách địa phương 9.720 tỷ đồng, vốn ngân sách trung ương 5.778 tỷ đồng. Đến nay, toàn bộ kế hoạch vốn đã được phân bổ chi tiết cho các dự án, đạt 100%.'),
        ('p', 'Một số chủ đầu tư có tỷ lệ giải ngân cao như Ban Quản lý dự án đầu tư xây dựng công trình giao thông tỉnh đạt 41,2%; Ban Quản lý dự án đầu tư xây dựng công trình dân dụng và công nghiệp tỉnh đạt 36,8%; các xã Diễn Châu, Yên Thành, Nghĩa Đàn đạt trên 40% kế hoạch được giao.'),
        ('h', 'Vẫn còn 37 chủ đầu tư giải ngân dưới 10%'),
        ('p', 'Bên cạnh đó, vẫn còn 37 chủ đầu tư có tỷ lệ giải ngân dưới 10%, chủ yếu là các xã mới được giao làm chủ đầu tư sau khi sắp xếp đơn vị hành chính. Nguyên nhân là do công tác bàn giao hồ sơ dự án từ các huyện cũ còn chậm, năng lực cán bộ quản lý dự án ở cấp xã còn hạn chế; một số dự án vướng mắc giải phóng mặt bằng, giá vật liệu san lấp tăng cao.'),
        ('p', 'Tại Quyết định số 1184/QĐ-UBND ngày 12/5/2026, UBND tỉnh đã điều chuyển 312 tỷ đồng từ các dự án chậm giải ngân sang các dự án có khả năng hấp thụ vốn tốt, tập trung cho các công trình giao thông kết nối, trường học và trạm y tế xã.'),
        ('p', 'Để hoàn thành mục tiêu giải ngân trên 95% kế hoạch vốn năm 2026, Sở Tài chính đề nghị UBND tỉnh chỉ đạo:'),
        ('ul', ['Người đứng đầu các cơ quan, đơn vị, địa phương chịu trách nhiệm trực tiếp về kết quả giải ngân; gắn kết quả giải ngân với đánh giá, xếp loại cán bộ cuối năm.',
                'Thành lập các tổ công tác đôn đốc, tháo gỡ vướng mắc về giải phóng mặt bằng tại các dự án trọng điểm.',
                'Kiên quyết thay thế các nhà thầu năng lực yếu, thi công chậm tiến độ theo quy định của hợp đồng.',
                'Định kỳ hằng tháng rà soát, điều chuyển vốn của các dự án không có khả năng giải ngân.']),
        ('p', 'Theo kế hoạch, ngày 25/5/2026, UBND tỉnh sẽ tổ chức hội nghị trực tuyến với các xã, phường về tình hình giải ngân vốn đầu tư công, trong đó có phần đối thoại trực tiếp với những chủ đầu tư có tỷ lệ giải ngân thấp.'),
    ])

A['q18'] = dict(
    platform='drupal',
    url='https://bdbp.quangtri.gov.vn/tin-tuc/bo-doi-bien-phong-quang-tri-trao-300-suat-hoc-bong-nang-buoc-em-toi-truong',
    title='Bộ đội Biên phòng Quảng Trị trao 300 suất học bổng “Nâng bước em tới trường” năm học 2026 - 2027',
    pub='2026-09-23T00:00:00+07:00',
    author='Thượng úy Hoàng Văn Nam',
    lead='Nhân dịp khai giảng năm học mới 2026 - 2027, Bộ Chỉ huy Bộ đội Biên phòng tỉnh Quảng Trị đã tổ chức trao 300 suất học bổng “Nâng bước em tới trường” cho học sinh có hoàn cảnh khó khăn tại các xã biên giới.',
    blocks=[
        ('p', 'Từ ngày 15 đến 22/9, các đồn biên phòng đã phối hợp với cấp ủy, chính quyền và nhà trường tổ chức trao học bổng tại 14 xã biên giới như Lao Bảo, Lìa, A Dơi, Hướng Lập, Dân Hóa, Thượng Trạch. Mỗi suất học bổng gồm 1.000.000 đồng tiền mặt, cặp sách, áo ấm và đồ dùng học tập, tổng trị giá hơn 480 triệu đồng từ nguồn xã hội hóa.'),
        ('p', 'Các học sinh được nhận học bổng đều là con em đồng bào Vân Kiều, Pa Kô, Chứt có hoàn cảnh đặc biệt khó khăn, mồ côi cha hoặc mẹ, nhưng có ý thức vượt khó, chăm ngoan, học tốt. Nhiều em đang được các cán bộ, chiến sĩ biên phòng nhận đỡ đầu theo Chương trình “Nâng bước em tới trường - Con nuôi đồn Biên phòng”.'),
        ('cap', 'Cán bộ Đồn Biên phòng Cửa khẩu Quốc tế Lao Bảo trao học bổng cho học sinh xã Lao Bảo.'),
        ('p', 'Em Hồ Thị Liên, học sinh lớp 8 Trường Phổ thông Dân tộc bán trú THCS A Dơi xúc động: “Bố em mất sớm, mẹ làm rẫy một mình nuôi ba chị em. Có học bổng của các chú bộ đội, em sẽ mua thêm sách vở và cố gắng học thật giỏi”.'),
        ('h', 'Hơn 120 học sinh được nhận đỡ đầu'),
        ('p', 'Hiện nay, Bộ đội Biên phòng tỉnh đang nhận đỡ đầu 124 học sinh theo Chương trình “Nâng bước em tới trường - Con nuôi đồn Biên phòng”, mỗi em được hỗ trợ 500.000 đồng/tháng cho đến khi học hết lớp 12. Bên cạnh hỗ trợ vật chất, các đồn biên phòng còn duy trì lớp học tình thương, lớp học tiếng Việt cho học sinh dân tộc thiểu số và tổ chức dạy bơi, phòng chống đuối nước trong dịp hè.'),
        ('p', 'Đại tá Hồ Xuân Lộc, Chính ủy Bộ đội Biên phòng tỉnh cho biết, việc chăm lo cho học sinh vùng biên không chỉ giúp các em có thêm điều kiện học tập mà còn góp phần củng cố mối quan hệ gắn bó máu thịt giữa bộ đội và Nhân dân, xây dựng “thế trận lòng dân” vững chắc nơi biên cương.'),
    ])

A['q19'] = dict(
    platform='nukeviet',
    url='https://phongdien.hue.gov.vn/news/tin-tuc-su-kien/xa-phong-dien-mo-lop-day-boi-mien-phi-cho-240-tre-em-trong-dip-he-738.html',
    title='Xã Phong Điền mở lớp dạy bơi miễn phí cho 240 trẻ em trong dịp hè',
    pub='2026-06-27T06:15:00+07:00',
    author=None,
    lead='Nhằm trang bị kỹ năng phòng, chống đuối nước cho trẻ em trong dịp hè, UBND xã Phong Điền phối hợp với Đoàn Thanh niên xã tổ chức 6 lớp dạy bơi miễn phí cho 240 em học sinh từ 8 đến 14 tuổi.',
    blocks=[
        ('p', 'Các lớp học được tổ chức tại hồ bơi di động đặt ở sân Nhà văn hóa xã và bể bơi của Trường THCS Phong Điền, mỗi lớp kéo dài 10 ngày. Giáo viên hướng dẫn là các huấn luyện viên của Trung tâm Văn hóa - Thể thao thành phố cùng đoàn viên thanh niên đã qua lớp tập huấn cứu hộ.'),
        ('p', 'Ngoài kỹ năng bơi cơ bản như nín thở, nổi, đạp chân, bơi ếch, các em còn được hướng dẫn cách nhận biết vùng nước nguy hiểm, kỹ năng tự cứu khi bị chuột rút, cách sử dụng áo phao và các vật dụng nổi để hỗ trợ người bị đuối nước.'),
        ('p', 'Phong Điền là địa phương có nhiều sông, hồ, đầm phá và vùng trũng thường xuyên ngập nước vào mùa mưa. Trong 5 năm gần đây, trên địa bàn các xã cũ đã xảy ra 7 vụ đuối nước làm 9 trẻ em tử vong, để lại nỗi đau lớn cho nhiều gia đình.'),
        ('cap', 'Huấn luyện viên hướng dẫn các em học sinh kỹ năng nổi trên mặt nước.'),
        ('p', 'Anh Nguyễn Văn Lực, phụ huynh ở thôn Vĩnh Nguyên cho biết: “Nhà tôi gần sông, mùa hè các cháu hay rủ nhau ra tắm nên tôi rất lo. Được xã tổ chức lớp dạy bơi miễn phí, gia đình tôi đăng ký cho cả hai cháu tham gia ngay”.'),
        ('p', 'Bà Hoàng Thị Thu Hà, Phó Chủ tịch UBND xã cho biết, năm 2026 xã phấn đấu 100% trẻ em từ 6 tuổi trở lên được phổ cập kiến thức về phòng, chống đuối nước, trên 70% trẻ em từ 10 tuổi trở lên biết bơi an toàn. Sau đợt này, xã sẽ tiếp tục mở thêm các lớp cho trẻ em các thôn vùng bãi ngang.'),
        ('p', 'Cùng với tổ chức dạy bơi, xã đã cắm 36 biển cảnh báo tại các khu vực sông, hồ, bến đò nguy hiểm; chỉ đạo các thôn thành lập tổ thanh niên tình nguyện tuần tra, nhắc nhở trẻ em không tắm sông, hồ khi không có người lớn đi kèm.'),
    ])

A['q20'] = dict(
    platform='bootstrap',
    url='https://dongvan.tuyenquang.gov.vn/tin-tuc/xa-dong-van-san-sang-cho-le-hoi-hoa-tam-giac-mach-nam-2026.html',
    title='Xã Đồng Văn sẵn sàng cho Lễ hội Hoa Tam giác mạch năm 2026',
    pub='2026-11-12T07:45:00+07:00',
    author='Ly Thị Mai',
    lead='Lễ hội Hoa Tam giác mạch lần thứ XI năm 2026 sẽ diễn ra từ ngày 20 đến 22/11 tại xã Đồng Văn với nhiều hoạt động văn hóa, thể thao, du lịch đặc sắc của đồng bào các dân tộc vùng Cao nguyên đá.',
    blocks=[
        ('p', 'Theo Ban Tổ chức, lễ hội năm nay có chủ đề “Sắc hoa Cao nguyên đá - Hội tụ và lan tỏa”, là một trong những sự kiện văn hóa - du lịch trọng điểm của tỉnh Tuyên Quang năm 2026.'),
        ('p', 'Đến nay, các xã Đồng Văn, Lũng Cú, Sà Phìn, Phố Bảng đã gieo trồng hơn 420 ha hoa tam giác mạch, tập trung dọc Quốc lộ 4C và các điểm du lịch như Cột cờ Lũng Cú, Dinh thự họ Vương, Phố cổ Đồng Văn. Hoa bắt đầu nở rộ từ đầu tháng 11, thu hút đông đảo du khách đến tham quan, chụp ảnh.'),
        ('cap', 'Du khách tham quan, chụp ảnh tại cánh đồng hoa tam giác mạch ở thôn Phố Cáo, xã Đồng Văn.'),
        ('h', 'Nhiều hoạt động hấp dẫn'),
        ('ul', ['Lễ khai mạc và chương trình nghệ thuật “Sắc hoa Cao nguyên đá” tại Quảng trường xã Đồng Văn vào tối 20/11.',
                'Chợ phiên vùng cao, trình diễn trang phục và ẩm thực truyền thống của các dân tộc Mông, Lô Lô, Dao, Giáy.',
                'Giải chạy địa hình “Chinh phục Cao nguyên đá” với hơn 1.200 vận động viên đăng ký tham gia.',
                'Thi gói bánh tam giác mạch, thi hát dân ca và các trò chơi dân gian như ném pao, kéo co, đẩy gậy.']),
        ('p', 'Để phục vụ du khách, xã đã rà soát 86 cơ sở lưu trú với khoảng 1.500 phòng, yêu cầu các cơ sở niêm yết giá công khai, không tăng giá đột biến trong thời gian diễn ra lễ hội. Lực lượng công an, dân quân xã phối hợp với Cảnh sát giao thông bố trí phân luồng, trông giữ xe tại các điểm tham quan đông khách.'),
        ('p', 'Ông Vàng Mí Chơ, Chủ tịch UBND xã Đồng Văn cho biết, năm 2026, xã dự kiến đón khoảng 180.000 lượt khách, trong đó riêng dịp lễ hội khoảng 35.000 lượt. Xã đã thành lập các tổ hỗ trợ du khách, đường dây nóng tiếp nhận phản ánh và khuyến khích người dân mở thêm các điểm dừng chân, bán nông sản đặc trưng như mật ong bạc hà, chè Shan tuyết, bánh tam giác mạch.'),
    ])

# ---------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------
TZ = dt.timezone(dt.timedelta(hours=7))
WD_LONG = ['Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy', 'Chủ Nhật']
WD_NUM = ['Thứ 2', 'Thứ 3', 'Thứ 4', 'Thứ 5', 'Thứ 6', 'Thứ 7', 'Chủ nhật']


def esc(s):
    return html.escape(s, quote=False)


def att(s):
    return html.escape(s, quote=True)


def inl(s):
    """Escape a text and turn **x** into <strong>x</strong>."""
    return re.sub(r'\*\*(.+?)\*\*', r'<strong>\1</strong>', esc(s))


def plain(s):
    return s.replace('**', '')


def pubdt(a):
    return dt.datetime.fromisoformat(a['pub'])


def slug(s):
    s = unicodedata.normalize('NFD', s.replace('đ', 'd').replace('Đ', 'D'))
    s = ''.join(c for c in s if not unicodedata.combining(c)).lower()
    return re.sub(r'[^a-z0-9]+', '-', s).strip('-')


def gold_blocks(a):
    out = []
    if a.get('lead'):
        out.append(a['lead'])
    for kind, val in a['blocks']:
        if kind in ('ul', 'ol'):
            out.extend(val)
        elif kind == 'table':
            for row in val:
                out.extend(row)
        else:
            out.append(plain(val))
    return out


def vs(rng, nchars):
    """A view-state-like base64 blob of about nchars characters."""
    n = max(4, nchars) * 3 // 4
    return base64.b64encode(rng.randbytes(n)).decode('ascii')


def hexid(rng, n):
    return ''.join(rng.choice('0123456789abcdef') for _ in range(n))


def alnum(rng, n):
    return ''.join(rng.choice('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789') for _ in range(n))


def fit(page, target, filler):
    """Replace the marker @@FILL@@ so that the page is about target bytes."""
    base = len(page.replace('@@FILL@@', '').encode('utf-8'))
    return page.replace('@@FILL@@', filler(max(0, target - base)))


def render(a, st):
    """Render the article blocks with a per-site style dict."""
    out = []
    ci = 0
    for kind, val in a['blocks']:
        if kind == 'p':
            out.append(st['p'].format(t=inl(val)))
        elif kind == 'h':
            out.append(st['h'].format(t=esc(val)))
        elif kind == 'cap':
            ci += 1
            out.append(st['cap'](esc(val), ci))
        elif kind == 'quote':
            out.append(st.get('quote', '<blockquote>{t}</blockquote>').format(t=esc(val)))
        elif kind in ('ul', 'ol'):
            o, item, c = st['list']
            out.append(o + ''.join(item.format(t=esc(x)) for x in val) + c)
        elif kind == 'table':
            out.append(st['table'](val))
    return st.get('join', '\n').join(out)


def table_std(rows, cls='', head=True, attrs='', tdattr=''):
    h = ['<table%s%s>' % ((' class="%s"' % cls) if cls else '', attrs)]
    for i, r in enumerate(rows):
        if i == 0 and head:
            h.append('<thead><tr>' + ''.join('<th%s>%s</th>' % (tdattr, esc(c)) for c in r) + '</tr></thead><tbody>')
        else:
            h.append('<tr>' + ''.join('<td%s>%s</td>' % (tdattr, esc(c)) for c in r) + '</tr>')
    h.append('</tbody></table>' if head else '</table>')
    return '\n'.join(h)


PROVINCES = [
    ('Thành phố Hà Nội', 'hanoi.gov.vn'), ('Thành phố Huế', 'hue.gov.vn'),
    ('Tỉnh Lai Châu', 'laichau.gov.vn'), ('Tỉnh Điện Biên', 'dienbien.gov.vn'),
    ('Tỉnh Sơn La', 'sonla.gov.vn'), ('Tỉnh Lạng Sơn', 'langson.gov.vn'),
    ('Tỉnh Quảng Ninh', 'quangninh.gov.vn'), ('Tỉnh Thanh Hóa', 'thanhhoa.gov.vn'),
    ('Tỉnh Nghệ An', 'nghean.gov.vn'), ('Tỉnh Hà Tĩnh', 'hatinh.gov.vn'),
    ('Tỉnh Cao Bằng', 'caobang.gov.vn'), ('Tỉnh Tuyên Quang', 'tuyenquang.gov.vn'),
    ('Tỉnh Lào Cai', 'laocai.gov.vn'), ('Tỉnh Thái Nguyên', 'thainguyen.gov.vn'),
    ('Tỉnh Phú Thọ', 'phutho.gov.vn'), ('Tỉnh Bắc Ninh', 'bacninh.gov.vn'),
    ('Tỉnh Hưng Yên', 'hungyen.gov.vn'), ('Thành phố Hải Phòng', 'haiphong.gov.vn'),
    ('Tỉnh Ninh Bình', 'ninhbinh.gov.vn'), ('Tỉnh Quảng Trị', 'quangtri.gov.vn'),
    ('Thành phố Đà Nẵng', 'danang.gov.vn'), ('Tỉnh Quảng Ngãi', 'quangngai.gov.vn'),
    ('Tỉnh Gia Lai', 'gialai.gov.vn'), ('Tỉnh Khánh Hòa', 'khanhhoa.gov.vn'),
    ('Tỉnh Lâm Đồng', 'lamdong.gov.vn'), ('Tỉnh Đắk Lắk', 'daklak.gov.vn'),
    ('Thành phố Hồ Chí Minh', 'hochiminhcity.gov.vn'), ('Tỉnh Đồng Nai', 'dongnai.gov.vn'),
    ('Tỉnh Tây Ninh', 'tayninh.gov.vn'), ('Thành phố Cần Thơ', 'cantho.gov.vn'),
    ('Tỉnh Vĩnh Long', 'vinhlong.gov.vn'), ('Tỉnh Đồng Tháp', 'dongthap.gov.vn'),
    ('Tỉnh Cà Mau', 'camau.gov.vn'), ('Tỉnh An Giang', 'angiang.gov.vn'),
]

HEADLINES = [
    'Hội nghị triển khai nhiệm vụ chuyển đổi số cấp xã năm 2026',
    'Tăng cường kiểm tra an toàn thực phẩm dịp cuối năm',
    'Công bố danh mục thủ tục hành chính được tiếp nhận không phụ thuộc địa giới hành chính',
    'Ra quân tổng vệ sinh môi trường hưởng ứng Ngày Chủ nhật xanh',
    'Đẩy nhanh tiến độ giải ngân vốn các chương trình mục tiêu quốc gia',
    'Sơ kết 6 tháng thực hiện mô hình chính quyền địa phương hai cấp',
    'Tập huấn nghiệp vụ văn thư, lưu trữ cho công chức cấp xã',
    'Kiểm tra công tác phòng cháy, chữa cháy tại các chợ truyền thống',
    'Phát động phong trào thi đua “Bình dân học vụ số”',
    'Triển khai kế hoạch phòng, chống dịch bệnh trên đàn gia súc, gia cầm',
    'Trao quyết định bổ nhiệm lãnh đạo một số phòng chuyên môn',
    'Tiếp xúc cử tri trước kỳ họp thường lệ của HĐND tỉnh',
    'Khai giảng lớp bồi dưỡng kiến thức quốc phòng và an ninh cho đối tượng 4',
    'Giao ban công tác cải cách hành chính quý III',
    'Hỗ trợ người dân vùng lũ khôi phục sản xuất nông nghiệp',
    'Đối thoại với doanh nghiệp về tháo gỡ khó khăn trong đầu tư, kinh doanh',
    'Công bố quy hoạch chung xây dựng xã đến năm 2035',
    'Ký kết chương trình phối hợp tuyên truyền pháp luật cho đồng bào dân tộc thiểu số',
    'Tổng kết công tác tuyển sinh quân sự năm 2026',
    'Hội thi tuyên truyền viên giỏi về phòng, chống tác hại thuốc lá',
    'Bàn giao nhà Đại đoàn kết cho hộ nghèo',
    'Khánh thành cầu dân sinh tại thôn vùng cao',
    'Tuyên truyền Luật Đất đai năm 2024 đến người dân cơ sở',
    'Kiện toàn Ban Chỉ đạo thực hiện dân chủ ở cơ sở',
    'Nâng cao chất lượng hoạt động của Trung tâm Phục vụ hành chính công cấp xã',
    'Rà soát hộ nghèo, hộ cận nghèo giai đoạn 2026 - 2030',
    'Hưởng ứng Tháng hành động vì an toàn thực phẩm',
    'Triển khai tiêm vắc xin phòng bệnh dại cho chó, mèo',
    'Diễn tập khu vực phòng thủ cấp xã năm 2026',
    'Trao học bổng cho học sinh nghèo vượt khó',
    'Tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư',
    'Kiểm tra tiến độ xây dựng trường học đạt chuẩn quốc gia',
    'Hội nghị phổ biến chính sách bảo hiểm xã hội tự nguyện',
    'Phát triển mô hình hợp tác xã kiểu mới gắn với chuỗi giá trị',
    'Đẩy mạnh thanh toán không dùng tiền mặt trong dịch vụ công',
    'Triển khai cấp căn cước cho trẻ em dưới 14 tuổi',
    'Ra mắt mô hình “Camera an ninh” tại các khu dân cư',
    'Công tác chuẩn bị Đại hội đại biểu các dân tộc thiểu số',
    'Hội nghị học tập, quán triệt nghị quyết của Trung ương',
    'Kiểm tra công tác quản lý nhà nước về tài nguyên khoáng sản',
    'Hỗ trợ sinh kế cho phụ nữ vùng đồng bào dân tộc thiểu số',
    'Khai mạc Hội chợ thương mại sản phẩm OCOP',
    'Công bố Chỉ số hài lòng của người dân đối với dịch vụ hành chính công',
    'Tăng cường quản lý trật tự xây dựng tại các khu đô thị mới',
    'Tập huấn kỹ năng ứng phó thiên tai cho lực lượng xung kích cơ sở',
    'Đón nhận bằng công nhận xã đạt chuẩn nông thôn mới nâng cao',
    'Phát động ủng hộ Quỹ “Vì người nghèo” năm 2026',
    'Hướng dẫn kê khai tài sản, thu nhập năm 2026',
    'Sắp xếp, xử lý trụ sở làm việc dôi dư sau sáp nhập',
    'Tiếp nhận và xử lý phản ánh, kiến nghị của người dân qua ứng dụng',
    'Giám sát việc thực hiện chính sách đối với người có công',
    'Triển khai kế hoạch trồng cây xanh mùa mưa',
    'Ban hành kế hoạch phát triển du lịch cộng đồng',
    'Thăm, tặng quà gia đình chính sách nhân dịp lễ, tết',
    'Tuyên dương gương người tốt, việc tốt năm 2026',
    'Hội nghị cán bộ, công chức, viên chức năm 2026',
    'Tổng kết phong trào thi đua yêu nước giai đoạn 2021 - 2025',
    'Kiểm tra việc thực hiện quy chế văn hóa công sở',
    'Phổ biến quy định mới về đăng ký, quản lý cư trú',
    'Hội nghị tập huấn công tác thống kê cấp xã',
]

DOCS = [
    ('QĐ-UBND', 'Quyết định ban hành Quy chế làm việc của Ủy ban nhân dân'),
    ('KH-UBND', 'Kế hoạch triển khai công tác cải cách hành chính năm 2026'),
    ('CV-UBND', 'Công văn về việc tăng cường công tác phòng, chống thiên tai'),
    ('QĐ-UBND', 'Quyết định công bố danh mục thủ tục hành chính mới ban hành'),
    ('TB-UBND', 'Thông báo kết luận của Chủ tịch UBND tại cuộc họp giao ban'),
    ('KH-UBND', 'Kế hoạch thực hiện Chương trình chuyển đổi số'),
    ('QĐ-UBND', 'Quyết định phê duyệt danh sách hộ nghèo, hộ cận nghèo'),
    ('CT-UBND', 'Chỉ thị về tăng cường kỷ luật, kỷ cương hành chính'),
    ('NQ-HĐND', 'Nghị quyết về dự toán ngân sách địa phương năm 2026'),
    ('KH-UBND', 'Kế hoạch tổ chức các hoạt động văn hóa, thể thao chào mừng ngày lễ lớn'),
    ('QĐ-UBND', 'Quyết định giao chỉ tiêu biên chế công chức năm 2026'),
    ('CV-UBND', 'Công văn về việc triển khai thu thập dữ liệu dân cư'),
]


def pick(rng, pool, n):
    return rng.sample(pool, n)


def dated(rng, n, lo, hi, pool=HEADLINES):
    """n distinct headlines with dates between lo and hi (dt.date), newest first."""
    titles = rng.sample(pool, n)
    span = (hi - lo).days
    ds = sorted((lo + dt.timedelta(days=rng.randint(0, span)) for _ in range(n)), reverse=True)
    return list(zip(titles, ds))


def docs(rng, n, lo, hi):
    out = []
    span = (hi - lo).days
    ds = sorted((lo + dt.timedelta(days=rng.randint(0, span)) for _ in range(n)), reverse=True)
    for d, (kh, ty) in zip(ds, rng.sample(DOCS, n)):
        out.append(('%d/%s' % (rng.randint(12, 3900), kh), ty, d))
    return out


def dmy(d, sep='/'):
    return d.strftime('%d' + sep + '%m' + sep + '%Y')


def ga(uid):
    return ('<script async src="https://www.googletagmanager.com/gtag/js?id=%s"></script>\n'
            '<script>window.dataLayer = window.dataLayer || [];function gtag(){dataLayer.push(arguments);}'
            "gtag('js', new Date());gtag('config', '%s');</script>" % (uid, uid))


def counter_block(rng, fmt):
    online = rng.randint(20, 400)
    today = rng.randint(900, 9000)
    total = rng.randint(1200000, 39000000)
    return fmt.format(online=online, today='{:,}'.format(today).replace(',', '.'),
                      total='{:,}'.format(total).replace(',', '.'))

# ---------------------------------------------------------------------------
# q01  SharePoint Tân Dân, province portal, big page
# ---------------------------------------------------------------------------
TQ_SO = ['Văn phòng UBND tỉnh', 'Sở Nội vụ', 'Sở Tư pháp', 'Sở Tài chính', 'Sở Công Thương',
         'Sở Nông nghiệp và Môi trường', 'Sở Xây dựng', 'Sở Khoa học và Công nghệ',
         'Sở Giáo dục và Đào tạo', 'Sở Y tế', 'Sở Văn hóa, Thể thao và Du lịch',
         'Sở Dân tộc và Tôn giáo', 'Thanh tra tỉnh', 'Ban Quản lý các Khu công nghiệp',
         'Đài Phát thanh và Truyền hình tỉnh', 'Trường Cao đẳng Tuyên Quang']
TQ_XA = ['Phường Minh Xuân', 'Phường Nông Tiến', 'Phường Mỹ Lâm', 'Phường An Tường', 'Phường Hà Giang 1',
         'Phường Hà Giang 2', 'Xã Mèo Vạc', 'Xã Sơn Vĩ', 'Xã Khâu Vai', 'Xã Đồng Văn', 'Xã Lũng Cú',
         'Xã Sà Phìn', 'Xã Phố Bảng', 'Xã Yên Minh', 'Xã Quản Bạ', 'Xã Bắc Mê', 'Xã Hoàng Su Phì',
         'Xã Xín Mần', 'Xã Bắc Quang', 'Xã Vị Xuyên', 'Xã Thanh Thủy', 'Xã Lâm Bình', 'Xã Na Hang',
         'Xã Chiêm Hóa', 'Xã Hàm Yên', 'Xã Yên Sơn', 'Xã Sơn Dương', 'Xã Tân Trào', 'Xã Kim Bình',
         'Xã Thái Bình', 'Xã Hòa An', 'Xã Bình Xa', 'Xã Yên Phú', 'Xã Tân Quang', 'Xã Đồng Tâm']


def page_q01(a, rng):
    d = pubdt(a)
    vid = rng.randint(1000, 9999)
    digest = '0x' + hexid(rng, 128).upper() + ',22 Nov 2026 0%d:%02d:%02d -0000' % (rng.randint(0, 2), rng.randint(0, 59), rng.randint(0, 59))
    mega = []
    mega.append('<li class="tandan-mega"><a href="/Pages/gioi-thieu.aspx">GIỚI THIỆU</a><div class="tandan-mega-panel"><ul>'
                + ''.join('<li><a href="/Pages/gioi-thieu.aspx?l=%s">%s</a></li>' % (slug(x), esc(x)) for x in
                          ['Tổng quan về Tuyên Quang', 'Lịch sử - Văn hóa', 'Điều kiện tự nhiên', 'Bản đồ hành chính', 'Tiềm năng du lịch', 'Cơ cấu tổ chức'])
                + '</ul></div></li>')
    mega.append('<li class="tandan-mega"><a href="/Pages/chinh-quyen.aspx">CHÍNH QUYỀN</a><div class="tandan-mega-panel"><div class="col"><h4>Sở, ban, ngành</h4><ul>'
                + ''.join('<li><a href="https://%s.tuyenquang.gov.vn">%s</a></li>' % (slug(x).replace('-', '')[:10], esc(x)) for x in TQ_SO)
                + '</ul></div><div class="col"><h4>Xã, phường</h4><ul>'
                + ''.join('<li><a href="https://%s.tuyenquang.gov.vn">%s</a></li>' % (slug(x).replace('-', '').replace('xa', '', 1).replace('phuong', '', 1), esc(x)) for x in TQ_XA)
                + '</ul></div></div></li>')
    for m, subs in [('TIN TỨC - SỰ KIỆN', ['Tin trong tỉnh', 'Tin trong nước', 'Chỉ đạo điều hành', 'Tin xã, phường', 'Thông báo']),
                    ('VĂN BẢN', ['Văn bản quy phạm pháp luật', 'Văn bản chỉ đạo điều hành', 'Dự thảo văn bản', 'Công báo']),
                    ('DỊCH VỤ CÔNG', ['Thủ tục hành chính', 'Tra cứu hồ sơ', 'Đánh giá chất lượng phục vụ']),
                    ('CÔNG DÂN', ['Hỏi đáp', 'Phản ánh kiến nghị', 'Lịch tiếp công dân']),
                    ('DOANH NGHIỆP', ['Thông tin đầu tư', 'Dự án kêu gọi đầu tư', 'Chỉ số PCI']),
                    ('DU KHÁCH', ['Điểm đến', 'Lễ hội', 'Ẩm thực', 'Lưu trú'])]:
        mega.append('<li class="tandan-mega"><a href="/Pages/%s.aspx">%s</a><div class="tandan-mega-panel"><ul>' % (slug(m), esc(m))
                    + ''.join('<li><a href="/Pages/%s.aspx?l=%s">%s</a></li>' % (slug(m), slug(s), esc(s)) for s in subs) + '</ul></div></li>')
    provs = ''.join('<li><a href="https://%s" target="_blank" rel="noopener">%s</a></li>' % (dom, esc(n)) for n, dom in PROVINCES)
    provs_opt = ''.join('<option value="https://%s">Cổng TTĐT %s</option>' % (dom, esc(n)) for n, dom in PROVINCES)

    st = dict(
        p='<p style="text-align: justify;">{t}</p>',
        h='<p style="text-align: justify;"><strong>{t}</strong></p>',
        cap=lambda t, i: ('<table class="image" align="center" style="width: 100%%;"><tbody><tr><td><img alt="khoi-cong-%d.jpg" '
                          'src="/PublishingImages/2026/T3/khoi-cong-duong-%d.jpg" style="width: 100%%;" /></td></tr>'
                          '<tr><td class="image_desc" style="text-align: center;"><em>%s</em></td></tr></tbody></table>' % (i, i, t)),
        list=('<ul>', '<li>{t}</li>', '</ul>'),
        table=lambda rows: table_std(rows, 'ms-rteTable-default'),
    )
    body = render(a, st)
    related = dated(rng, 6, dt.date(2025, 12, 1), dt.date(2026, 3, 4))
    others = dated(rng, 10, dt.date(2026, 1, 5), dt.date(2026, 3, 4))
    hot = dated(rng, 8, dt.date(2026, 2, 1), dt.date(2026, 11, 21))
    vb = docs(rng, 8, dt.date(2026, 9, 1), dt.date(2026, 11, 20))
    views = '{:,}'.format(rng.randint(1200, 5200)).replace(',', '.')
    hour12 = d.hour % 12 or 12
    ampm = 'SA' if d.hour < 12 else 'CH'
    shown = '%s %d:%02d %s' % (dmy(d), hour12, d.minute, ampm)

    p = []
    p.append('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">')
    p.append('<html dir="ltr" lang="vi-VN" xmlns:o="urn:schemas-microsoft-com:office:office">')
    p.append('<head><meta http-equiv="X-UA-Compatible" content="IE=Edge" /><meta name="GENERATOR" content="Microsoft SharePoint" />'
             '<meta http-equiv="Content-type" content="text/html; charset=utf-8" /><meta http-equiv="Expires" content="0" />')
    p.append('<meta name="viewport" content="width=device-width, initial-scale=1" />')
    p.append('<title>\r\n\tTin trong tỉnh - %s\r\n</title>' % esc(a['title']))
    p.append('<meta property="og:title" content="%s" /><meta property="og:type" content="article" />' % att(a['title']))
    p.append('<meta property="og:image" content="https://tuyenquang.gov.vn/PublishingImages/2026/T3/khoi-cong-duong-1.jpg" />')
    p.append('<link rel="shortcut icon" href="/Style%20Library/TanDan/images/favicon.ico" type="image/vnd.microsoft.icon" id="favicon" />')
    p.append('<link rel="stylesheet" type="text/css" href="/_layouts/15/1066/styles/Themable/corev15.css?rev=2a4Jmqz%2BDkeKPDrGcU5Q%3D%3DTAG0"/>')
    p.append('<link rel="stylesheet" type="text/css" href="/Style%20Library/TanDan/css/tandan-portal.min.css?v=3.4.7"/>')
    p.append('<script type="text/javascript" src="/_layouts/15/init.js?rev=ZY1ZD6vVXaB3y%2BkOdb9Xpg%3D%3DTAG0"></script>')
    p.append('<script type="text/javascript" src="/ScriptResource.axd?d=%s&amp;t=ffffffffecf19baa"></script>' % alnum(rng, 86))
    p.append('<script type="text/javascript" src="/_layouts/15/blank.js?rev=nBzPIm07cpYroIjvUHh4jw%3D%3DTAG0"></script>')
    p.append('<script type="text/javascript">RegisterSod("initstrings.js", "\\u002f_layouts\\u002f15\\u002f1066\\u002finitstrings.js?rev=Hnl1mSAK0kN3SRiHAa2%2Fdw\\u00253D\\u00253DTAG0");'
             'RegisterSod("strings.js", "\\u002f_layouts\\u002f15\\u002f1066\\u002fstrings.js?rev=OrQ8p6TmYzV6xbyiVjSWRQ\\u00253D\\u00253DTAG0");'
             'RegisterSod("sp.res.resx", "\\u002f_layouts\\u002f15\\u002fScriptResx.ashx?culture=vi-vn\\u0026name=SP\\u00252ERes");</script>')
    p.append('<style type="text/css">.tandan-news-detail .ms-rtestate-field p{margin:0 0 10px;line-height:1.6}'
             '.tandan-topbar{background:#8b0000;color:#fff;font-size:13px}.tandan-mega-panel{display:none;position:absolute}'
             '.tandan-mega:hover .tandan-mega-panel{display:block}.tandan-title-news{font-size:24px;color:#0b3f7a;font-weight:bold}'
             '.tandan-sapo{font-weight:bold;font-style:italic}.image_desc{color:#444}</style>')
    p.append('</head>')
    p.append('<body scroll="yes" onload="if (typeof(_spBodyOnLoadWrapper) != \'undefined\') _spBodyOnLoadWrapper();" class="tandan-body">')
    p.append('<div id="imgPrefetch" style="display:none"><img src="/_layouts/15/images/spcommon.png?rev=23" /><img src="/_layouts/15/images/favicon.ico?rev=23" /></div>')
    p.append('<form method="post" action="./chi-tiet-tin-tuc.aspx?ItemID=18425&amp;l=TinTucSuKien&amp;lv=1" onsubmit="javascript:return WebForm_OnSubmit();" id="aspnetForm">')
    p.append('<div class="aspNetHidden">')
    p.append('<input type="hidden" name="_wpcmWpid" id="_wpcmWpid" value="" />')
    p.append('<input type="hidden" name="wpcmVal" id="wpcmVal" value="" />')
    p.append('<input type="hidden" name="MSOWebPartPage_PostbackSource" id="MSOWebPartPage_PostbackSource" value="" />')
    p.append('<input type="hidden" name="MSOTlPn_SelectedWpId" id="MSOTlPn_SelectedWpId" value="" />')
    p.append('<input type="hidden" name="__REQUESTDIGEST" id="__REQUESTDIGEST" value="%s" />' % digest)
    p.append('<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />')
    p.append('<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />')
    p.append('<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="@@FILL@@" />')
    p.append('</div>')
    p.append('<script type="text/javascript">\r\n//<![CDATA[\r\nvar theForm = document.forms[\'aspnetForm\'];\r\nif (!theForm) {\r\n    theForm = document.aspnetForm;\r\n}\r\n'
             'function __doPostBack(eventTarget, eventArgument) {\r\n    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {\r\n'
             '        theForm.__EVENTTARGET.value = eventTarget;\r\n        theForm.__EVENTARGUMENT.value = eventArgument;\r\n        theForm.submit();\r\n    }\r\n}\r\n//]]>\r\n</script>')
    p.append('<script type="text/javascript">var _spPageContextInfo = {webServerRelativeUrl: "\\u002f", webAbsoluteUrl: "https:\\u002f\\u002ftuyenquang.gov.vn", '
             'siteAbsoluteUrl: "https:\\u002f\\u002ftuyenquang.gov.vn", serverRequestPath: "\\u002fPages\\u002fchi-tiet-tin-tuc.aspx", layoutsUrl: "_layouts\\u002f15", '
             'webTitle: "C\\u1ED5ng th\\u00F4ng tin \\u0111i\\u1EC7n t\\u1EED t\\u1EC9nh Tuy\\u00EAn Quang", webTemplate: "53", tenantAppVersion: "0", '
             'webLogoUrl: "\\u002fStyle Library\\u002fTanDan\\u002fimages\\u002flogo.png", webLanguage: 1066, currentLanguage: 1066, currentUICultureName: "vi-VN", '
             'currentCultureName: "vi-VN", clientServerTimeDelta: new Date("2026-11-22T01:%02d:%02d.%03dZ") - new Date(), siteClientTag: "%d$$15.0.5545.1000", '
             'crossDomainPhotosEnabled:false, webUIVersion:15, pageListId:"{%s-%s-%s-%s-%s}", pageItemId:%d, userId:0, systemUserKey:"", alertsEnabled:false, '
             'siteServerRelativeUrl: "\\u002f", allowSilverlightPrompt:\'True\'};</script>'
             % (rng.randint(0, 59), rng.randint(0, 59), rng.randint(0, 999), rng.randint(100, 999), hexid(rng, 8), hexid(rng, 4), hexid(rng, 4), hexid(rng, 4), hexid(rng, 12), vid))
    p.append('<div id="s4-ribbonrow" style="display:none"><div id="globalNavBox" class="noindex"><div id="ribbonBox"><div id="s4-ribbon">'
             '<span class="ms-cui-hidden">Ribbon</span></div></div></div></div>')
    p.append('<div id="s4-workspace"><div id="s4-bodyContainer">')
    p.append('<div class="tandan-header">')
    p.append('<div class="tandan-topbar"><div class="container"><div class="row">')
    p.append('<div class="col-md-4"><span class="tandan-date"><i class="fa fa-calendar"></i> Chủ Nhật, 22/11/2026</span></div>')
    p.append('<div class="col-md-8 text-right"><ul class="tandan-toplinks"><li><a href="/Pages/so-do-cong.aspx">Sơ đồ cổng</a></li>'
             '<li><a href="/Pages/lien-he.aspx">Liên hệ</a></li><li><a href="/en/Pages/default.aspx">English</a></li>'
             '<li><a href="/_layouts/15/Authenticate.aspx?Source=%2FPages%2Fchi%2Dtiet%2Dtin%2Dtuc%2Easpx">Đăng nhập</a></li></ul></div>')
    p.append('</div></div></div>')
    p.append('<div class="tandan-banner"><div class="container"><h1 class="tandan-sitename"><a href="/"><img src="/Style%20Library/TanDan/images/quoc-huy.png" alt="Quốc huy" /> '
             '<span class="line1">CỔNG THÔNG TIN ĐIỆN TỬ</span> <span class="line2">TỈNH TUYÊN QUANG</span></a></h1>'
             '<div class="tandan-search"><input name="ctl00$txtKeyword" type="text" id="ctl00_txtKeyword" placeholder="Nhập từ khóa tìm kiếm..." />'
             '<a id="ctl00_btnSearch" href="javascript:__doPostBack(\'ctl00$btnSearch\',\'\')">Tìm kiếm</a></div>'
             '<div class="tandan-weather"><span>Tuyên Quang</span> <b>19°C</b> <span>Nhiều mây</span></div></div></div>')
    p.append('<div class="tandan-menu"><div class="container"><ul class="tandan-menu-root"><li class="home"><a href="/"><i class="fa fa-home"></i></a></li>')
    p.append('\n'.join(mega))
    p.append('</ul></div></div>')
    p.append('</div>')
    p.append('<div class="tandan-marquee"><marquee scrollamount="3">Chào mừng Kỷ niệm 81 năm Ngày Quốc khánh nước Cộng hòa xã hội chủ nghĩa Việt Nam (02/9/1945 - 02/9/2026)</marquee></div>')
    p.append('<div class="container tandan-main"><div class="tandan-breadcrumb"><a href="/">Trang chủ</a> <span>›</span> '
             '<a href="/Pages/tin-tuc-su-kien.aspx">Tin tức - Sự kiện</a> <span>›</span> <a href="/Pages/tin-tuc-su-kien.aspx?l=TinTucSuKien">Tin trong tỉnh</a></div>')
    p.append('<div class="row"><div class="col-md-8">')
    p.append('<div id="ctl00_PlaceHolderMain_g_%s" class="tandan-news-detail" ms-webpart-zone-title="Main">' % hexid(rng, 8))
    p.append('<h2 class="tandan-title-news">%s</h2>' % esc(a['title']))
    p.append('<div class="tandan-date-news"><span class="tandan-ngaydang">%s</span> <span class="sep">|</span> '
             '<span class="tandan-luotxem">Lượt xem: %s</span></div>' % (shown, views))
    p.append('<div class="tandan-tools"><a href="javascript:void(0)" class="font-dec">A-</a> <a href="javascript:void(0)" class="font-def">A</a> '
             '<a href="javascript:void(0)" class="font-inc">A+</a> <a href="javascript:window.print()">In bài viết</a> '
             '<a href="mailto:?subject=Tin%20t%E1%BB%AB%20C%E1%BB%95ng">Gửi email</a> '
             '<a class="fb-share" href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Ftuyenquang.gov.vn">Chia sẻ</a></div>')
    p.append('<div class="tandan-sapo"><p>%s</p></div>' % esc(a['lead']))
    p.append('<div class="ms-rtestate-field tandan-content">')
    p.append(body)
    p.append('<p style="text-align: right;"><strong>Hoàng Minh Đức</strong></p>')
    p.append('<p style="text-align: right;"><em>Sở Xây dựng</em></p>')
    p.append('</div>')
    p.append('<div class="tandan-rating"><span>Đánh giá bài viết:</span> <span class="stars">★★★★★</span> <span>(%d lượt đánh giá)</span></div>' % rng.randint(3, 40))
    p.append('<div class="tandan-tags"><b>Từ khóa:</b> <a href="/Pages/tim-kiem.aspx?k=giao%20th%C3%B4ng">giao thông</a>, '
             '<a href="/Pages/tim-kiem.aspx?k=kh%E1%BB%9Fi%20c%C3%B4ng">khởi công</a>, <a href="/Pages/tim-kiem.aspx?k=M%C3%A8o%20V%E1%BA%A1c">Mèo Vạc</a></div>')
    p.append('<div class="tandan-related"><h3 class="tandan-box-title">Tin liên quan</h3><ul>')
    for t, dd in related:
        p.append('<li><a href="/Pages/chi-tiet-tin-tuc.aspx?ItemID=%d&amp;l=TinTucSuKien">%s</a> <span class="date">(%s)</span></li>' % (rng.randint(15000, 18400), esc(t), dmy(dd)))
    p.append('</ul></div>')
    p.append('<div class="tandan-other"><h3 class="tandan-box-title">Các tin khác</h3><ul>')
    for t, dd in others:
        p.append('<li><i class="fa fa-caret-right"></i> <a href="/Pages/chi-tiet-tin-tuc.aspx?ItemID=%d&amp;l=TinTucSuKien">%s</a> <span class="date">%s %d:%02d %s</span></li>'
                 % (rng.randint(15000, 18400), esc(t), dmy(dd), rng.randint(1, 11), rng.randint(0, 59), rng.choice(['SA', 'CH'])))
    p.append('</ul></div>')
    p.append('</div></div>')
    p.append('<div class="col-md-4 tandan-sidebar">')
    p.append('<div class="tandan-box"><h3 class="tandan-box-title">Đọc nhiều</h3><ol>')
    for t, dd in hot:
        p.append('<li><a href="/Pages/chi-tiet-tin-tuc.aspx?ItemID=%d">%s</a><span class="date">%s</span></li>' % (rng.randint(15000, 19000), esc(t), dmy(dd)))
    p.append('</ol></div>')
    p.append('<div class="tandan-box"><h3 class="tandan-box-title">Văn bản mới</h3><ul class="vanban">')
    for so, ty, dd in vb:
        p.append('<li><a href="/Pages/van-ban.aspx?so=%s"><b>%s</b></a><p>%s</p><span>Ngày ban hành: %s</span></li>' % (att(so), esc(so), esc(ty), dmy(dd)))
    p.append('</ul></div>')
    p.append('<div class="tandan-box poll"><h3 class="tandan-box-title">Thăm dò ý kiến</h3><p>Bạn đánh giá thế nào về chất lượng cung cấp dịch vụ công trực tuyến của tỉnh?</p>'
             '<label><input type="radio" name="poll" value="1" /> Rất hài lòng</label><label><input type="radio" name="poll" value="2" /> Hài lòng</label>'
             '<label><input type="radio" name="poll" value="3" /> Chưa hài lòng</label><a class="btn" href="javascript:void(0)">Biểu quyết</a> '
             '<a href="javascript:void(0)">Xem kết quả</a></div>')
    p.append('<div class="tandan-box"><h3 class="tandan-box-title">Cổng TTĐT các tỉnh, thành phố</h3><ul class="tinh-thanh">%s</ul>'
             '<select onchange="window.open(this.value)"><option>-- Liên kết website --</option>%s</select></div>' % (provs, provs_opt))
    p.append('<div class="tandan-box banner"><a href="https://dichvucong.gov.vn"><img src="/Style%20Library/TanDan/images/banner-dvc.png" alt="Cổng Dịch vụ công quốc gia" /></a>'
             '<a href="https://chinhphu.vn"><img src="/Style%20Library/TanDan/images/banner-cp.png" alt="Cổng TTĐT Chính phủ" /></a></div>')
    p.append(counter_block(rng, '<div class="tandan-box counter"><h3 class="tandan-box-title">Thống kê truy cập</h3><p>Đang trực tuyến: {online}</p><p>Hôm nay: {today}</p><p>Tổng lượt truy cập: {total}</p></div>'))
    p.append('</div></div></div>')
    p.append('<div class="tandan-footer"><div class="container"><p><b>CỔNG THÔNG TIN ĐIỆN TỬ TỈNH TUYÊN QUANG</b></p>'
             '<p>Cơ quan chủ quản: Ủy ban nhân dân tỉnh Tuyên Quang</p><p>Cơ quan thường trực: Văn phòng UBND tỉnh Tuyên Quang</p>'
             '<p>Địa chỉ: Số 160, đường Trần Hưng Đạo, phường Minh Xuân, tỉnh Tuyên Quang. Điện thoại: 0207.3822.xxx - Email: cttdt@tuyenquang.gov.vn</p>'
             '<p>Giấy phép số 47/GP-TTĐT ngày 14/10/2025 của Cục Phát thanh, Truyền hình và Thông tin điện tử.</p>'
             '<p>Ghi rõ nguồn “Cổng Thông tin điện tử tỉnh Tuyên Quang” khi phát hành lại thông tin từ website này.</p>'
             '<p class="tandan-copy">Thiết kế và phát triển bởi Công ty CP Công nghệ Tin học Tân Dân</p></div></div>')
    p.append('</div></div>')
    p.append('<script type="text/javascript">//<![CDATA[\r\nvar _spFormDigestRefreshInterval = 1440000;function WebForm_OnSubmit() {UpdateFormDigest(\'\\u002f\', 1440000);return true;}\r\n//]]></script>')
    p.append(ga('G-TQ%s' % alnum(rng, 8).upper()))
    p.append('</form></body></html>')
    page = '\n'.join(p)
    return fit(page, rng.randint(138000, 158000), lambda n: vs(rng, n))

# ---------------------------------------------------------------------------
# q02  SharePoint /Trang/ChiTietTinTuc.aspx, Sở NN&MT Gia Lai, title in capitals
# ---------------------------------------------------------------------------
def page_q02(a, rng):
    d = pubdt(a)
    st = dict(
        p='<div style="text-align: justify;">{t}</div>',
        h='<div style="text-align: justify;"><b><i>{t}</i></b></div>',
        cap=lambda t, i: '<div style="text-align: center;"><img src="/SiteAssets/Lists/TinTuc/2317/cap-gcn-%d.jpg" width="600" alt="" /><br /><span style="font-size: 9pt;"><i>%s</i></span></div>' % (i, t),
        list=('<ul style="text-align: justify;">', '<li>{t}</li>', '</ul>'),
        table=lambda rows: '<div><table border="1" cellspacing="0" cellpadding="4" style="border-collapse: collapse; width: 100%;"><tbody>'
        + ''.join('<tr>' + ''.join(('<td style="text-align: center;"><b>%s</b></td>' if ri == 0 else '<td>%s</td>') % esc(c) for c in r) + '</tr>' for ri, r in enumerate(rows))
        + '</tbody></table></div>',
    )
    body = render(a, st)
    menu = [('Trang chủ', '/Trang/default.aspx'), ('Giới thiệu', '/Trang/GioiThieu.aspx'), ('Tin tức - Sự kiện', '/Trang/DanhSachTin.aspx?cid=1'),
            ('Chỉ đạo - Điều hành', '/Trang/DanhSachTin.aspx?cid=2'), ('Văn bản', '/Trang/VanBan.aspx'), ('Thủ tục hành chính', '/Trang/TTHC.aspx'),
            ('Thông tin đất đai', '/Trang/DanhSachTin.aspx?cid=7'), ('Khuyến nông', '/Trang/DanhSachTin.aspx?cid=9'), ('Hỏi đáp', '/Trang/HoiDap.aspx'),
            ('Liên hệ', '/Trang/LienHe.aspx')]
    other = dated(rng, 8, dt.date(2026, 2, 10), dt.date(2026, 4, 13))
    newer = dated(rng, 4, dt.date(2026, 4, 15), dt.date(2026, 11, 20))
    vb = docs(rng, 6, dt.date(2026, 8, 1), dt.date(2026, 11, 19))
    p = []
    p.append('<!DOCTYPE html>\n<html dir="ltr" lang="vi-VN">\n<head><meta name="GENERATOR" content="Microsoft SharePoint" /><meta http-equiv="Content-type" content="text/html; charset=utf-8" />')
    p.append('<meta http-equiv="X-UA-Compatible" content="IE=10" /><title>\r\n\tSở Nông nghiệp và Môi trường tỉnh Gia Lai - Chi tiết tin tức\r\n</title>')
    p.append('<link rel="stylesheet" type="text/css" href="/_layouts/15/1066/styles/Themable/corev15.css?rev=OqAycmyMLoQIDkAlzHdMhQ%3D%3D"/>')
    p.append('<link rel="stylesheet" type="text/css" href="/Style%20Library/GiaLai/css/style.css"/>')
    p.append('<script type="text/javascript" src="/_layouts/15/init.js?rev=rQHvYUfURJXLBpgKnm0dcA%3D%3D"></script>')
    p.append('<script type="text/javascript" src="/_layouts/15/jquery-1.11.1.min.js"></script>')
    p.append('<style>.TieuDeTin{font:bold 18px Arial;color:#006b2e;margin:10px 0}.NgayDang{color:#888;font-size:12px}.TomTat{font-weight:bold;margin:8px 0}'
             '.NoiDung div{margin-bottom:8px;line-height:20px}.TacGia{text-align:right;font-weight:bold}#zz1_TopNavigationMenu li{display:inline-block}</style>')
    p.append('</head>\n<body>')
    p.append('<form method="post" action="./ChiTietTinTuc.aspx?nid=2317" id="aspnetForm">')
    p.append('<div class="aspNetHidden"><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="%s" />' % vs(rng, 5200))
    p.append('<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="%s" />' % hexid(rng, 8).upper())
    p.append('<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="%s" /></div>' % vs(rng, 480))
    p.append('<div id="s4-workspace"><div id="s4-bodyContainer"><div class="wrapper">')
    p.append('<div class="top-line"><span class="NgayHienTai">Chủ Nhật, ngày 22 tháng 11 năm 2026</span>'
             '<span class="dn"><a href="/_layouts/15/Authenticate.aspx?Source=%2FTrang%2FChiTietTinTuc%2Easpx%3Fnid%3D2317">Đăng nhập</a></span></div>')
    p.append('<div class="banner"><a href="/Trang/default.aspx"><img src="/Style%20Library/GiaLai/images/banner-snnmt.jpg" alt="Sở Nông nghiệp và Môi trường tỉnh Gia Lai" /></a></div>')
    p.append('<div class="menu-top"><div id="zz1_TopNavigationMenu" class="ms-core-listMenu-horizontalBox"><ul class="root ms-core-listMenu-root static">'
             + ''.join('<li class="static"><a class="static menu-item ms-core-listMenu-item" href="%s"><span class="additional-background"><span class="menu-item-text">%s</span></span></a></li>' % (u, esc(t)) for t, u in menu)
             + '</ul></div><div class="search-box"><input type="text" id="txtSearch" value="Tìm kiếm..." onfocus="this.value=\'\'" /><input type="button" value="Tìm" /></div></div>')
    p.append('<table class="layout" width="100%" cellpadding="0" cellspacing="0"><tr><td class="col-left" valign="top" width="220">')
    p.append('<div class="box-left"><div class="box-title">CHUYÊN MỤC</div><ul>' + ''.join('<li><a href="/Trang/DanhSachTin.aspx?cid=%d">%s</a></li>' % (i + 1, esc(x)) for i, x in enumerate(
        ['Tin hoạt động của Sở', 'Tin ngành', 'Đất đai', 'Môi trường', 'Tài nguyên nước', 'Lâm nghiệp', 'Thủy sản', 'Khuyến nông', 'Phòng chống thiên tai', 'Chuyển đổi số'])) + '</ul></div>')
    p.append('<div class="box-left"><div class="box-title">LIÊN KẾT</div><ul><li><a href="https://gialai.gov.vn">Cổng TTĐT tỉnh Gia Lai</a></li><li><a href="https://mae.gov.vn">Bộ Nông nghiệp và Môi trường</a></li>'
             '<li><a href="https://dichvucong.gialai.gov.vn">Hệ thống thông tin giải quyết TTHC</a></li></ul></div>')
    p.append('</td><td class="col-main" valign="top">')
    p.append('<div class="duongdan"><a href="/Trang/default.aspx">Trang chủ</a> » <a href="/Trang/DanhSachTin.aspx?cid=3">Đất đai</a></div>')
    p.append('<div id="ctl00_PlaceHolderMain_ctl00_ChiTiet" class="ChiTietTin">')
    p.append('<div class="TieuDeTin"><span id="ctl00_PlaceHolderMain_ctl00_lblTieuDe">%s</span></div>' % esc(a['title']))
    p.append('<div class="NgayDang"><span id="ctl00_PlaceHolderMain_ctl00_lblNgayDang">Ngày %02d tháng %02d năm %d</span></div>' % (d.day, d.month, d.year))
    p.append('<div class="TomTat"><span id="ctl00_PlaceHolderMain_ctl00_lblTomTat">%s</span></div>' % esc(a['lead']))
    p.append('<div class="NoiDung ms-rtestate-field">%s</div>' % body)
    p.append('<div class="TacGia"><span id="ctl00_PlaceHolderMain_ctl00_lblTacGia">Tác giả: Nguyễn Thị Hoài Thương | Nguồn: Văn phòng Sở</span></div>')
    p.append('<div class="CongCu"><a href="javascript:window.print();"><img src="/Style%20Library/GiaLai/images/print.gif" alt="" /> In trang</a> '
             '<a href="javascript:history.back();">Quay lại</a> <a href="#top">Về đầu trang</a></div>')
    p.append('</div>')
    p.append('<div class="TinKhac"><div class="box-title">CÁC TIN MỚI HƠN</div><ul>' + ''.join('<li><a href="ChiTietTinTuc.aspx?nid=%d">%s</a> <i>(%s)</i></li>' % (2318 + i, esc(t), dmy(dd)) for i, (t, dd) in enumerate(newer)) + '</ul></div>')
    p.append('<div class="TinKhac"><div class="box-title">CÁC TIN ĐÃ ĐƯA</div><ul>' + ''.join('<li><a href="ChiTietTinTuc.aspx?nid=%d">%s</a> <i>(%s)</i></li>' % (2316 - i, esc(t), dmy(dd)) for i, (t, dd) in enumerate(other)) + '</ul></div>')
    p.append('</td><td class="col-right" valign="top" width="240">')
    p.append('<div class="box-right"><div class="box-title">VĂN BẢN MỚI</div><ul>' + ''.join('<li><a href="/Trang/VanBan.aspx?so=%s">%s</a><br />%s<br /><i>%s</i></li>' % (att(so), esc(so), esc(ty), dmy(dd)) for so, ty, dd in vb) + '</ul></div>')
    p.append('<div class="box-right"><div class="box-title">GIÁ NÔNG SẢN</div><table class="gia"><tr><td>Cà phê nhân</td><td>%s đ/kg</td></tr><tr><td>Hồ tiêu</td><td>%s đ/kg</td></tr><tr><td>Cao su mủ nước</td><td>%s đ/độ</td></tr></table></div>'
             % ('{:,}'.format(rng.randint(95, 125) * 1000).replace(',', '.'), '{:,}'.format(rng.randint(130, 160) * 1000).replace(',', '.'), '{:,}'.format(rng.randint(350, 420)).replace(',', '.')))
    p.append(counter_block(rng, '<div class="box-right"><div class="box-title">THỐNG KÊ TRUY CẬP</div><p>Trực tuyến: {online}</p><p>Hôm nay: {today}</p><p>Tổng số: {total}</p></div>'))
    p.append('</td></tr></table>')
    p.append('<div class="footer"><p><b>SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG TỈNH GIA LAI</b></p><p>Địa chỉ: 17 Trần Hưng Đạo, phường Pleiku, tỉnh Gia Lai - Điện thoại: 0269.3824.xxx</p>'
             '<p>Chịu trách nhiệm chính: Giám đốc Sở Nông nghiệp và Môi trường</p><p>© Bản quyền thuộc Sở Nông nghiệp và Môi trường tỉnh Gia Lai</p></div>')
    p.append('</div></div></div>')
    p.append(ga('UA-%d-1' % rng.randint(10000000, 99999999)))
    p.append('</form>\n</body>\n</html>')
    return '\n'.join(p)


# ---------------------------------------------------------------------------
# q17  SharePoint /Trang/, Sở Tài chính Nghệ An, big page, crawl date right above title
# ---------------------------------------------------------------------------
NA_XA = ['Phường Trường Vinh', 'Phường Thành Vinh', 'Phường Vinh Hưng', 'Phường Vinh Phú', 'Phường Vinh Lộc', 'Phường Cửa Lò',
         'Phường Hoàng Mai', 'Phường Thái Hòa', 'Xã Diễn Châu', 'Xã Yên Thành', 'Xã Nghĩa Đàn', 'Xã Quỳnh Lưu', 'Xã Đô Lương',
         'Xã Thanh Chương', 'Xã Nam Đàn', 'Xã Hưng Nguyên', 'Xã Nghi Lộc', 'Xã Anh Sơn', 'Xã Con Cuông', 'Xã Tương Dương',
         'Xã Kỳ Sơn', 'Xã Quế Phong', 'Xã Quỳ Châu', 'Xã Quỳ Hợp', 'Xã Tân Kỳ', 'Xã Mường Xén', 'Xã Châu Khê', 'Xã Tam Quang']


def page_q17(a, rng):
    d = pubdt(a)
    st = dict(
        p='<p style="text-align: justify;">{t}</p>',
        h='<h3 style="text-align: justify;">{t}</h3>',
        cap=lambda t, i: '<p style="text-align: center;"><img src="/SiteAssets/Lists/TinTuc/5096/anh-%d.jpg" alt="anh-%d" /></p><p style="text-align: center;"><em>%s</em></p>' % (i, i, t),
        list=('<ul>', '<li style="text-align: justify;">{t}</li>', '</ul>'),
        table=lambda rows: table_std(rows, 'ms-rteTable-1'),
    )
    body = render(a, st)
    p = []
    p.append('<!DOCTYPE html>\n<html dir="ltr" lang="vi-VN">\n<head><meta name="GENERATOR" content="Microsoft SharePoint" /><meta http-equiv="Content-type" content="text/html; charset=utf-8" />')
    p.append('<meta name="viewport" content="width=device-width, initial-scale=1.0" />')
    p.append('<title>\r\n\tChi tiết tin tức | Sở Tài chính tỉnh Nghệ An | %s\r\n</title>' % esc(a['title']))
    p.append('<meta name="description" content="%s" />' % att(a['lead']))
    p.append('<link rel="stylesheet" type="text/css" href="/_layouts/15/1066/styles/Themable/corev15.css?rev=OqAycmyMLoQIDkAlzHdMhQ%3D%3DTAG0"/>')
    p.append('<link rel="stylesheet" href="/Style%20Library/STC/bootstrap.min.css" /><link rel="stylesheet" href="/Style%20Library/STC/stc.css?v=20260301" />')
    p.append('<script src="/_layouts/15/init.js?rev=ZY1ZD6vVXaB3y%2BkOdb9Xpg%3D%3DTAG0"></script><script src="/_layouts/15/MicrosoftAjax.js?rev=PKkbPKb2Syx6X%2BL0E2Lz1A%3D%3DTAG0"></script>')
    p.append('<script src="/_layouts/15/sp.core.js?rev=ZL1rqGkRR7%2BcgdmrOLkCxg%3D%3DTAG0"></script>')
    p.append('<style>.ngay-hien-tai{font-size:12px;color:#777;border-bottom:1px dotted #ccc;padding:4px 0}.tieude-tin{font-size:22px;color:#003c71;margin:6px 0 4px}'
             '.thongtin-tin{font-size:12px;color:#999}.tomtat-tin{font-weight:bold;color:#333}.menu-tinh li{width:33%;float:left}</style>')
    p.append('</head>\n<body>')
    p.append('<form method="post" action="./ChiTietTinTuc.aspx?nid=5096" onsubmit="javascript:return WebForm_OnSubmit();" id="aspnetForm">')
    p.append('<div class="aspNetHidden">\n<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />\n<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />')
    p.append('<input type="hidden" name="__REQUESTDIGEST" id="__REQUESTDIGEST" value="0x%s,22 Nov 2026 00:4%d:%02d -0000" />' % (hexid(rng, 128).upper(), rng.randint(0, 9), rng.randint(0, 59)))
    p.append('<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="@@FILL@@" />\n</div>')
    p.append('<script type="text/javascript">\r\n//<![CDATA[\r\nvar g_presenceEnabled = true;var g_wsaEnabled = false;var g_correlationId = \'%s-%s-%s-%s-%s\';'
             'var g_wsaQoSEnabled = false;var g_wsaQoSDataPoints = [];var g_wsaRUMEnabled = false;var g_wsaLCID = 1066;var g_wsaListTemplateId = 850;'
             'var _fV4UI=true;var _spPageContextInfo = {webServerRelativeUrl: "\\u002f", webAbsoluteUrl: "https:\\u002f\\u002fstc.nghean.gov.vn", '
             'serverRequestPath: "\\u002fTrang\\u002fChiTietTinTuc.aspx", webLanguage: 1066, currentLanguage: 1066, currentUICultureName: "vi-VN", '
             'userId: 0, pageItemId: 214, alertsEnabled: false};\r\n//]]>\r\n</script>'
             % (hexid(rng, 8), hexid(rng, 4), hexid(rng, 4), hexid(rng, 4), hexid(rng, 12)))
    p.append('<div id="s4-workspace"><div id="s4-bodyContainer">')
    p.append('<header class="stc-header"><div class="container"><div class="row"><div class="col-md-8">'
             '<h1 class="stc-logo"><a href="/Trang/default.aspx"><img src="/Style%20Library/STC/images/logo.png" alt="" /> SỞ TÀI CHÍNH TỈNH NGHỆ AN</a></h1>'
             '<p class="stc-slogan">Minh bạch - Kỷ cương - Hiệu quả</p></div>'
             '<div class="col-md-4 stc-util"><a href="/Trang/LienHe.aspx">Liên hệ</a> | <a href="/Trang/SoDoSite.aspx">Sơ đồ site</a> | '
             '<a href="/_layouts/15/Authenticate.aspx">Đăng nhập</a><div class="stc-search"><input type="search" name="k" placeholder="Tìm kiếm" />'
             '<button type="button">Tìm</button></div></div></div></div></header>')
    menus = [('Giới thiệu', ['Chức năng nhiệm vụ', 'Cơ cấu tổ chức', 'Lãnh đạo Sở', 'Các phòng, đơn vị']),
             ('Tin tức', ['Hoạt động của Sở', 'Tài chính - Ngân sách', 'Đầu tư công', 'Giá cả thị trường', 'Doanh nghiệp']),
             ('Văn bản', ['Văn bản của Trung ương', 'Văn bản của tỉnh', 'Văn bản của Sở', 'Dự thảo lấy ý kiến']),
             ('Công khai ngân sách', ['Dự toán ngân sách', 'Quyết toán ngân sách', 'Thực hiện ngân sách quý', 'Công khai ngân sách xã']),
             ('Thủ tục hành chính', ['Lĩnh vực tài chính - ngân sách', 'Lĩnh vực quản lý công sản', 'Lĩnh vực đầu tư', 'Lĩnh vực doanh nghiệp']),
             ('Hỏi đáp', ['Gửi câu hỏi', 'Câu hỏi thường gặp'])]
    p.append('<nav class="stc-nav"><div class="container"><ul class="nav-root"><li><a href="/Trang/default.aspx">Trang chủ</a></li>'
             + ''.join('<li class="dropdown"><a href="#">%s</a><ul class="dropdown-menu">%s</ul></li>' % (esc(m), ''.join('<li><a href="/Trang/DanhSachTin.aspx?cid=%d">%s</a></li>' % (rng.randint(1, 60), esc(s)) for s in subs)) for m, subs in menus)
             + '</ul></div></nav>')
    p.append('<div class="container stc-content"><div class="row"><div class="col-md-9">')
    p.append('<ol class="stc-breadcrumb"><li><a href="/Trang/default.aspx">Trang chủ</a></li><li><a href="/Trang/DanhSachTin.aspx?cid=3">Tin tức</a></li><li><a href="/Trang/DanhSachTin.aspx?cid=12">Đầu tư công</a></li></ol>')
    p.append('<div id="ctl00_PlaceHolderMain_ucChiTiet_pnlChiTiet" class="chitiet-tin">')
    p.append('<div class="ngay-hien-tai">Chủ nhật, 22/11/2026</div>')
    p.append('<h3 class="tieude-tin">%s</h3>' % esc(a['title']))
    p.append('<div class="thongtin-tin"><span>Ngày xuất bản: %s %02d:%02d</span> - <span>Lượt xem: %d</span></div>' % (dmy(d), d.hour, d.minute, rng.randint(300, 2000)))
    p.append('<div class="tomtat-tin">%s</div>' % esc(a['lead']))
    p.append('<div class="noidung-tin ms-rtestate-field">%s</div>' % body)
    p.append('<div class="tacgia-tin" style="text-align: right;"><b>Lê Thanh Tâm</b></div>')
    p.append('<div class="nguon-tin" style="text-align: right;"><i>Nguồn: Sở Tài chính</i></div>')
    p.append('<div class="share"><a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fstc.nghean.gov.vn%2FTrang%2FChiTietTinTuc.aspx%3Fnid%3D5096">Facebook</a> '
             '<a href="https://zalo.me/share?u=https%3A%2F%2Fstc.nghean.gov.vn">Zalo</a> <a href="javascript:window.print()">In</a></div>')
    p.append('</div>')
    p.append('<div class="tin-lien-quan"><h4>Tin cùng chuyên mục</h4><ul>' + ''.join('<li><a href="ChiTietTinTuc.aspx?nid=%d">%s</a> <span>%s</span></li>' % (rng.randint(4000, 5095), esc(t), dmy(dd)) for t, dd in dated(rng, 12, dt.date(2026, 1, 2), dt.date(2026, 5, 18))) + '</ul></div>')
    p.append('</div><div class="col-md-3 stc-right">')
    p.append('<div class="box"><h4>Giá vàng, ngoại tệ</h4><table><tr><td>USD</td><td>%s</td></tr><tr><td>EUR</td><td>%s</td></tr><tr><td>Vàng SJC</td><td>%s</td></tr></table><p class="capnhat">Cập nhật: 22/11/2026</p></div>'
             % ('{:,}'.format(rng.randint(25900, 26800)).replace(',', '.'), '{:,}'.format(rng.randint(29000, 31000)).replace(',', '.'), '{:,}'.format(rng.randint(140, 160) * 1000).replace(',', '.')))
    p.append('<div class="box"><h4>Văn bản mới</h4><ul>' + ''.join('<li><a href="/Trang/VanBan.aspx?so=%s">%s</a><span>%s</span><em>Ban hành: %s</em></li>' % (att(so), esc(so), esc(ty), dmy(dd)) for so, ty, dd in docs(rng, 10, dt.date(2026, 6, 1), dt.date(2026, 11, 20))) + '</ul></div>')
    p.append('<div class="box"><h4>Công khai ngân sách xã</h4><ul class="menu-tinh">' + ''.join('<li><a href="/Trang/CongKhai.aspx?xa=%s">%s</a></li>' % (slug(x), esc(x)) for x in NA_XA) + '</ul></div>')
    p.append('<div class="box"><h4>Cổng TTĐT 34 tỉnh, thành phố</h4><ul class="menu-tinh">' + ''.join('<li><a href="https://%s">%s</a></li>' % (dom, esc(n)) for n, dom in PROVINCES) + '</ul></div>')
    p.append(counter_block(rng, '<div class="box"><h4>Lượt truy cập</h4><p>Online: {online}</p><p>Trong ngày: {today}</p><p>Tất cả: {total}</p></div>'))
    p.append('</div></div></div>')
    p.append('<footer class="stc-footer"><div class="container"><p>SỞ TÀI CHÍNH TỈNH NGHỆ AN</p><p>Địa chỉ: Số 14 đường Trường Thi, phường Thành Vinh, tỉnh Nghệ An</p>'
             '<p>Điện thoại: 0238.3844.xxx - Fax: 0238.3844.xxx - Email: stc@nghean.gov.vn</p><p>Người chịu trách nhiệm: Giám đốc Sở Tài chính</p>'
             '<p>Giấy phép số 112/GP-STTTT ngày 09/11/2022. Ghi rõ nguồn khi trích dẫn thông tin từ trang này.</p></div></footer>')
    p.append('</div></div>')
    p.append('<script type="text/javascript">//<![CDATA[\r\nvar _spFormDigestRefreshInterval = 1440000;function WebForm_OnSubmit(){UpdateFormDigest(\'\\u002f\', 1440000);return true;}\r\n//]]></script>')
    p.append('</form>\n</body>\n</html>')
    page = '\n'.join(p)
    return fit(page, rng.randint(125000, 150000), lambda n: vs(rng, n))

# ---------------------------------------------------------------------------
# q03  VNPT ePortal (Liferay 6.2), Sở Y tế Lào Cai, truncated breadcrumb
# ---------------------------------------------------------------------------
def liferay_head(rng, title, extra=''):
    return ('<!DOCTYPE html>\n<html class="ltr" dir="ltr" lang="vi-VN">\n<head>\n<title>%s</title>\n'
            '<meta content="initial-scale=1.0, width=device-width" name="viewport" />\n'
            '<meta content="text/html; charset=UTF-8" http-equiv="content-type" />\n%s'
            '<link href="/vnpt-portal-theme/images/favicon.ico" rel="Shortcut Icon" />\n'
            '<link class="lfr-css-file" href="/vnpt-portal-theme/css/aui.css?browserId=other&amp;themeId=vnptportal_WAR_vnptportaltheme&amp;minifierType=css&amp;languageId=vi_VN&amp;b=6210&amp;t=%d" rel="stylesheet" type="text/css" />\n'
            '<link href="/html/css/main.css?browserId=other&amp;themeId=vnptportal_WAR_vnptportaltheme&amp;minifierType=css&amp;languageId=vi_VN&amp;b=6210&amp;t=%d" rel="stylesheet" type="text/css" />\n'
            '<script type="text/javascript">var Liferay={Browser:{acceptsGzip:function(){return true},getMajorVersion:function(){return 120},isIe:function(){return false}},'
            'ThemeDisplay:{getLayoutId:function(){return"%d"},getLayoutURL:function(){return"/tin-tuc-su-kien"},isPrivateLayout:function(){return"false"},'
            'getCompanyId:function(){return"10154"},getDoAsUserIdEncoded:function(){return""},getPathContext:function(){return""},getPathImage:function(){return"/image"},'
            'getPathMain:function(){return"/c"},getPortalURL:function(){return""},getScopeGroupId:function(){return"%d"},isSignedIn:function(){return false},'
            'getLanguageId:function(){return"vi_VN"},getTimeZone:function(){return"Asia/Ho_Chi_Minh"}},PropsValues:{NTLM_AUTH_ENABLED:false}};'
            'var themeDisplay=Liferay.ThemeDisplay;Liferay.AUI={getBaseURL:function(){return"/html/js/aui/"},getCombine:function(){return true},'
            'getComboPath:function(){return"/combo/?browserId=other&minifierType=&languageId=vi_VN&b=6210&t=%d&"}};'
            'Liferay.authToken="%s";Liferay.currentURL="\\x2ftin-tuc-su-kien";Liferay.currentURLEncoded="%%2Ftin-tuc-su-kien";</script>\n'
            '<script src="/html/js/barebone.jsp?browserId=other&amp;themeId=vnptportal_WAR_vnptportaltheme&amp;colorSchemeId=01&amp;minifierType=js&amp;languageId=vi_VN&amp;b=6210&amp;t=%d" type="text/javascript"></script>\n'
            % (title, extra, rng.randint(10**12, 10**13), rng.randint(10**12, 10**13), rng.randint(10, 300), rng.randint(20000, 90000),
               rng.randint(10**12, 10**13), alnum(rng, 8), rng.randint(10**12, 10**13)))


def page_q03(a, rng):
    d = pubdt(a)
    inst = 'Xk9pQ2rTz1aB'
    pid = '101_INSTANCE_' + inst
    st = dict(
        p='<p style="text-align:justify">{t}</p>',
        h='<p style="text-align:justify"><strong><em>{t}</em></strong></p>',
        cap=lambda t, i: ('<p style="text-align:center"><img alt="" src="/documents/%d/0/tiem-soi-%d.jpg/%s-%s?t=%d" style="width:640px" /></p>'
                          '<p style="text-align:center"><span style="font-size:11px"><em>%s</em></span></p>' % (rng.randint(20000, 30000), i, hexid(rng, 8), hexid(rng, 4), rng.randint(10**12, 10**13), t)),
        list=('<ul>', '<li>{t}</li>', '</ul>'),
        table=lambda rows: table_std(rows),
    )
    body = render(a, st)
    short = a['title'][:50].rsplit(' ', 1)[0] + '…'
    p = []
    p.append(liferay_head(rng, '%s - Sở Y tế tỉnh Lào Cai' % esc(a['title']),
                          '<meta property="og:title" content="%s" />\n<meta property="og:url" content="%s" />\n' % (att(a['title']), att(a['url']))))
    p.append('<style>.header-title{color:#005aa0;font-size:22px;font-weight:bold}.ngay-dang{color:#7a7a7a;font-size:12px}.journal-content-article p{line-height:1.6}'
             '.breadcrumb-truncate li{display:inline}.breadcrumb-truncate li+li:before{content:" / "}</style>\n</head>')
    p.append('<body class="vnptportal yui3-skin-sam controls-visible guest-site signed-out public-page site">')
    p.append('<a href="#main-content" id="skip-to-content">Chuyển đến nội dung chính</a>')
    p.append('<div class="container-fluid" id="wrapper">')
    p.append('<div class="top-header"><div class="container"><span class="today">Chủ nhật, 22/11/2026</span>'
             '<span class="hotline">Đường dây nóng: 1900 9095</span><a href="/c/portal/login?p_l_id=%d" class="sign-in">Đăng nhập</a></div></div>' % rng.randint(10000, 90000))
    p.append('<header id="banner" role="banner"><div id="heading"><h1 class="site-title"><a class="logo custom-logo" href="/web/soyte" title="Đi tới Sở Y tế tỉnh Lào Cai">'
             '<img alt="Sở Y tế tỉnh Lào Cai" height="110" src="/image/layout_set_logo?img_id=%d&amp;t=%d" width="1200" /></a>'
             '<span class="site-name" title="Đi tới Sở Y tế tỉnh Lào Cai">Sở Y tế tỉnh Lào Cai</span></h1></div>' % (rng.randint(10000, 99999), rng.randint(10**12, 10**13)))
    nav = ['Trang chủ', 'Giới thiệu', 'Tin tức - Sự kiện', 'Văn bản', 'Thủ tục hành chính', 'Y tế dự phòng', 'Khám chữa bệnh', 'Dược - Mỹ phẩm', 'Hỏi đáp', 'Liên hệ']
    p.append('<nav class="sort-pages modify-pages" id="navigation" role="navigation"><ul aria-label="Trang web" role="menubar">'
             + ''.join('<li class="%s" id="layout_%d" role="presentation"><a aria-labelledby="layout_%d" href="/%s" role="menuitem"><span>%s</span></a></li>'
                       % ('selected' if x == 'Tin tức - Sự kiện' else '', i + 1, i + 1, slug(x), esc(x)) for i, x in enumerate(nav))
             + '</ul></nav></header>')
    p.append('<div id="content"><div class="portlet-layout row-fluid"><div class="portlet-column portlet-column-first span8" id="column-1">')
    p.append('<div class="portlet-dropzone portlet-column-content portlet-column-content-first" id="layout-column_column-1">')
    p.append('<div class="portlet-boundary portlet-boundary_73_ portlet-static portlet-static-end portlet-borderless portlet-breadcrumb" id="p_p_id_73_INSTANCE_bc01_">'
             '<span id="p_73_INSTANCE_bc01"></span><div class="portlet-body"><ul class="breadcrumb breadcrumb-truncate">'
             '<li class="first"><a href="/web/soyte">Trang chủ</a></li><li><a href="/tin-tuc-su-kien">Tin tức - Sự kiện</a></li>'
             '<li><a href="/tin-tuc-su-kien?p_p_id=%s&amp;p_p_lifecycle=0&amp;p_p_state=normal&amp;p_p_mode=view&amp;_%s_categoryId=%d">Hoạt động ngành</a></li>'
             '<li class="active last">%s</li></ul></div></div>' % (pid, pid, rng.randint(30000, 40000), esc(short)))
    p.append('<div class="portlet-boundary portlet-boundary_101_ portlet-static portlet-static-end portlet-asset-publisher" id="p_p_id_%s_">' % pid)
    p.append('<span id="p_%s"></span><div class="portlet-borderless-container"><div class="portlet-body">' % pid)
    p.append('<div class="taglib-header "><span class="header-back-to"><a class="icon-circle-arrow-left previous-level" href="/tin-tuc-su-kien" id="_%s_%s" title="Quay lại">'
             '<span class="helper-hidden-accessible">Quay lại</span></a></span><h3 class="header-title"><span>%s</span></h3></div>' % (pid, alnum(rng, 6).lower(), esc(a['title'])))
    p.append('<div class="asset-full-content default-asset-publisher show-asset-title">')
    p.append('<div class="ngay-dang">Ngày đăng: %s | Lượt xem: %s</div>' % (dmy(d), '1.234'))
    p.append('<div class="asset-content" id="_%s_%d"><div class="journal-content-article">' % (pid, rng.randint(100000, 999999)))
    p.append('<p style="text-align:justify"><strong>%s</strong></p>' % esc(a['lead']))
    p.append(body)
    p.append('<p style="text-align:right"><strong>Tin: Lò Thị Hạnh; Ảnh: Vàng Seo Chứ</strong></p>')
    p.append('</div>')
    p.append('<div class="asset-ratings"><div class="taglib-ratings stars"><div class="liferay-rating-vote" id="_%s_%sratingStar"><div id="_%s_%sratingStarContent">'
             '<div class="rating-label">Đánh giá của bạn</div><a class="rating-element icon-star-empty" href="javascript:;"></a><a class="rating-element icon-star-empty" href="javascript:;"></a>'
             '<a class="rating-element icon-star-empty" href="javascript:;"></a><a class="rating-element icon-star-empty" href="javascript:;"></a><a class="rating-element icon-star-empty" href="javascript:;"></a>'
             '</div></div><div class="liferay-rating-score"><div class="rating-label">Trung bình (%d Phiếu)</div></div></div></div>' % (pid, 'a', pid, 'a', rng.randint(0, 12)))
    p.append('</div>')
    p.append('<div class="asset-links"><div class="taglib-social-bookmarks"><ul class="unstyled"><li><a href="https://www.facebook.com/sharer/sharer.php?u=%s">Facebook</a></li>'
             '<li><a href="https://twitter.com/intent/tweet?url=%s">Twitter</a></li><li><a href="javascript:window.print()">In trang</a></li></ul></div></div>' % (att(a['url']), att(a['url'])))
    p.append('<div class="asset-metadata"><span class="metadata-entry metadata-tags">Từ khóa: <a href="/tin-tuc-su-kien/-/asset_publisher/%s/tag/tiem-chung">tiêm chủng</a>, '
             '<a href="/tin-tuc-su-kien/-/asset_publisher/%s/tag/soi">sởi</a></span></div>' % (inst, inst))
    p.append('</div>')
    p.append('<div class="tin-khac"><h4 class="title-tin-khac">Tin khác</h4><ul>')
    for t, dd in dated(rng, 8, dt.date(2025, 7, 10), dt.date(2025, 9, 8)):
        p.append('<li><a href="/tin-tuc-su-kien/-/asset_publisher/%s/content/%s">%s</a> <span class="ngay">(%s)</span></li>' % (inst, slug(t), esc(t), dmy(dd)))
    p.append('</ul></div>')
    p.append('</div></div></div>')
    p.append('</div></div><div class="portlet-column portlet-column-last span4" id="column-2"><div class="portlet-dropzone portlet-column-content" id="layout-column_column-2">')
    p.append('<section class="portlet" id="portlet_56_INSTANCE_hotline"><header class="portlet-topper"><h1 class="portlet-title"><span class="portlet-title-text">Đường dây nóng</span></h1></header>'
             '<div class="portlet-content"><div class="journal-content-article"><p>Đường dây nóng Sở Y tế: 0214.3840.xxx</p><p>Tư vấn sức khỏe: 1900 9095</p></div></div></section>')
    p.append('<section class="portlet" id="portlet_101_INSTANCE_docnhieu"><header class="portlet-topper"><h1 class="portlet-title"><span class="portlet-title-text">Tin đọc nhiều</span></h1></header>'
             '<div class="portlet-content"><ul>' + ''.join('<li><a href="/tin-tuc-su-kien/-/asset_publisher/docnhieu/content/%s">%s</a><br /><small>%s</small></li>' % (slug(t), esc(t), dmy(dd)) for t, dd in dated(rng, 6, dt.date(2025, 8, 1), dt.date(2026, 11, 20))) + '</ul></div></section>')
    p.append('<section class="portlet" id="portlet_vanban"><header class="portlet-topper"><h1 class="portlet-title"><span class="portlet-title-text">Văn bản mới</span></h1></header>'
             '<div class="portlet-content"><table class="table">' + ''.join('<tr><td>%s</td><td>%s</td><td>%s</td></tr>' % (esc(so), esc(ty), dmy(dd)) for so, ty, dd in docs(rng, 5, dt.date(2026, 7, 1), dt.date(2026, 11, 18))) + '</table></div></section>')
    p.append('<section class="portlet" id="portlet_lienket"><header class="portlet-topper"><h1 class="portlet-title"><span class="portlet-title-text">Liên kết website</span></h1></header>'
             '<div class="portlet-content"><select onchange="window.open(this.value)"><option value="">-- Chọn liên kết --</option><option value="https://moh.gov.vn">Bộ Y tế</option>'
             '<option value="https://laocai.gov.vn">Cổng TTĐT tỉnh Lào Cai</option><option value="https://cdclaocai.vn">CDC Lào Cai</option></select></div></section>')
    p.append(counter_block(rng, '<section class="portlet" id="portlet_thongke"><div class="portlet-content"><p>Đang truy cập: {online}</p><p>Hôm nay: {today}</p><p>Tổng lượt truy cập: {total}</p></div></section>'))
    p.append('</div></div></div></div>')
    p.append('<footer id="footer" role="contentinfo"><div class="footer-info"><p><strong>SỞ Y TẾ TỈNH LÀO CAI</strong></p><p>Địa chỉ: Đường Hoàng Liên, phường Cam Đường, tỉnh Lào Cai</p>'
             '<p>Điện thoại: 0214.3840.xxx | Email: soyte@laocai.gov.vn</p><p>Chịu trách nhiệm nội dung: Giám đốc Sở Y tế</p>'
             '<p>Bản quyền © 2025 Sở Y tế tỉnh Lào Cai. Phát triển bởi VNPT Lào Cai.</p></div></footer>')
    p.append('</div>')
    p.append('<script type="text/javascript">Liferay.Util.addInputFocus();Liferay.Portlet.runtimePortletIds=["73_INSTANCE_bc01","56_INSTANCE_hotline"];'
             'Liferay.Portlet.onLoad({canEditTitle:false,columnPos:1,isStatic:"end",namespacedId:"p_p_id_%s_",portletId:"%s",refreshURL:"\\x2fc\\x2fportal\\x2frender_portlet"});</script>' % (pid, pid))
    p.append(ga('G-LC%s' % alnum(rng, 8).upper()))
    p.append('</body>\n</html>')
    return '\n'.join(p)


# ---------------------------------------------------------------------------
# q13  VNPT ePortal (Liferay 7), Sở Nội vụ Hưng Yên, document rows, big page
# ---------------------------------------------------------------------------
TTHC_NV = ['Thi tuyển công chức', 'Xét tuyển công chức', 'Tiếp nhận vào làm công chức', 'Thăng hạng viên chức', 'Thi nâng ngạch công chức',
           'Thẩm định thành lập đơn vị sự nghiệp công lập', 'Thẩm định giải thể đơn vị sự nghiệp công lập', 'Công nhận ban vận động thành lập hội',
           'Phê duyệt điều lệ hội', 'Cho phép hội đặt văn phòng đại diện', 'Tặng Bằng khen của UBND tỉnh', 'Tặng danh hiệu Chiến sĩ thi đua cấp tỉnh',
           'Tặng Cờ thi đua của UBND tỉnh', 'Đăng ký hoạt động tín ngưỡng', 'Đăng ký sinh hoạt tôn giáo tập trung', 'Cấp chứng chỉ hành nghề lưu trữ',
           'Cấp bản sao và chứng thực tài liệu lưu trữ', 'Đăng ký nội quy lao động', 'Giải quyết chế độ người có công', 'Cấp giấy phép lao động cho người nước ngoài',
           'Đăng ký thỏa ước lao động tập thể', 'Xác nhận người lao động nước ngoài không thuộc diện cấp giấy phép lao động']


def page_q13(a, rng):
    d = pubdt(a)
    inst = 'aB3dEf9GhIjK'
    pid = 'com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_' + inst
    st = dict(
        p='<p style="text-align: justify;">{t}</p>',
        h='<h4 style="text-align: justify;"><strong>{t}</strong></h4>',
        cap=lambda t, i: '<figure class="image"><img src="/documents/d/snv/qd-05-%d" alt="" /><figcaption>%s</figcaption></figure>' % (i, t),
        list=('<ul style="text-align: justify;">', '<li>{t}</li>', '</ul>'),
        table=lambda rows: table_std(rows),
    )
    body = render(a, st)
    p = []
    p.append(liferay_head(rng, '%s - Sở Nội vụ - Cổng thông tin điện tử tỉnh Hưng Yên' % esc(a['title']),
                          '<meta property="og:title" content="%s" />\n<meta property="og:site_name" content="Sở Nội vụ tỉnh Hưng Yên" />\n<meta name="author" content="Sở Nội vụ tỉnh Hưng Yên" />\n' % att(a['title'])))
    p.append('<style>.vb-info{border:1px solid #d6e2ef;margin:10px 0}.vb-info th{width:160px;background:#f1f6fb;text-align:left}.meta-row{font-size:12px;color:#6b6b6b}'
             '.asset-title{font-size:22px;color:#b30000}.mega-menu .col{float:left;width:25%}</style>\n</head>')
    p.append('<body class="controls-visible yui3-skin-sam guest-site signed-out public-page site dockbar-split">')
    p.append('<div class="d-flex flex-column min-vh-100"><div class="d-flex flex-column flex-fill" id="wrapper">')
    p.append('<div class="snv-topbar"><div class="container"><span class="snv-date">Hôm nay: Chủ nhật, 22/11/2026</span>'
             '<span class="snv-lang"><a href="/web/snv">Tiếng Việt</a> | <a href="/en/web/snv">English</a></span>'
             '<a class="snv-login" href="/c/portal/login?p_l_id=%d">Đăng nhập</a></div></div>' % rng.randint(10000, 99999))
    p.append('<header id="banner"><div class="container"><div class="snv-brand"><a href="/web/snv"><img src="/o/vnpt-hungyen-theme/images/logo.png" alt="" /></a>'
             '<div class="snv-brand-text"><p class="l1">ỦY BAN NHÂN DÂN TỈNH HƯNG YÊN</p><p class="l2">SỞ NỘI VỤ</p></div></div>'
             '<form class="snv-search" action="/web/snv/tim-kiem" method="get"><input type="hidden" name="p_p_id" value="com_liferay_portal_search_web_portlet_SearchPortlet" />'
             '<input type="text" name="_com_liferay_portal_search_web_portlet_SearchPortlet_keywords" placeholder="Tìm kiếm..." /><button type="submit">Tìm</button></form></div></header>')
    mega = [('Giới thiệu', ['Chức năng, nhiệm vụ', 'Cơ cấu tổ chức', 'Lãnh đạo Sở', 'Phòng chuyên môn', 'Đơn vị trực thuộc', 'Lịch sử phát triển']),
            ('Tin tức - Sự kiện', ['Tin hoạt động', 'Tổ chức bộ máy', 'Công chức, viên chức', 'Cải cách hành chính', 'Thi đua - Khen thưởng', 'Tôn giáo', 'Văn thư - Lưu trữ', 'Lao động - Việc làm']),
            ('Văn bản', ['Văn bản quy phạm pháp luật', 'Văn bản chỉ đạo điều hành', 'Văn bản của Bộ Nội vụ', 'Dự thảo văn bản']),
            ('Thủ tục hành chính', TTHC_NV),
            ('Tuyển dụng', ['Thông báo tuyển dụng', 'Kết quả tuyển dụng', 'Thi nâng ngạch']),
            ('Hỏi đáp', ['Gửi câu hỏi', 'Danh sách câu hỏi'])]
    p.append('<nav class="mega-menu"><div class="container"><ul class="navbar-nav">'
             + ''.join('<li class="nav-item dropdown"><a class="nav-link" href="/web/snv/%s">%s</a><div class="dropdown-menu"><div class="col"><ul>%s</ul></div></div></li>'
                       % (slug(m), esc(m), ''.join('<li><a class="dropdown-item" href="/web/snv/%s/-/%s">%s</a></li>' % (slug(m), slug(s), esc(s)) for s in subs)) for m, subs in mega)
             + '</ul></div></nav>')
    p.append('<section id="content"><div class="container"><div class="row"><div class="col-md-8" id="column-1">')
    p.append('<nav aria-label="Breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/web/snv">Trang chủ</a></li>'
             '<li class="breadcrumb-item"><a href="/web/snv/tin-tuc-su-kien">Tin tức - Sự kiện</a></li><li class="breadcrumb-item active">Tổ chức bộ máy</li></ol></nav>')
    p.append('<div class="portlet-boundary portlet-boundary_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_ portlet-static portlet-static-end portlet-barebone portlet-asset-publisher" id="p_p_id_%s_">' % pid)
    p.append('<span id="p_%s"></span><section class="portlet" id="portlet_%s"><div class="portlet-content"><div class="autofit-float autofit-row portlet-header"></div>'
             '<div class="portlet-content-container"><div class="portlet-body">' % (pid, pid))
    p.append('<div class="asset-full-content clearfix default-asset-publisher show-asset-title">')
    p.append('<h3 class="asset-title">%s</h3>' % esc(a['title']))
    p.append('<div class="meta-row">Ngày đăng: %s %02d:%02d | Người đăng: admin_snv | Người duyệt: Lê Quang Vinh | Lượt xem: %d</div>' % (dmy(d), d.hour, d.minute, rng.randint(400, 3000)))
    p.append('<table class="vb-info table table-sm"><caption>Thông tin văn bản</caption><tbody>'
             '<tr><th>Số ký hiệu</th><td>05/2026/QĐ-UBND</td></tr><tr><th>Ngày ban hành</th><td>16/01/2026</td></tr>'
             '<tr><th>Ngày hiệu lực</th><td>01/02/2026</td></tr><tr><th>Cơ quan ban hành</th><td>UBND tỉnh Hưng Yên</td></tr>'
             '<tr><th>Người ký</th><td>Phó Chủ tịch UBND tỉnh</td></tr><tr><th>Loại văn bản</th><td>Quyết định</td></tr>'
             '<tr><th>Tệp đính kèm</th><td><a href="/documents/d/snv/05-2026-qd-ubnd-pdf">05-2026-QD-UBND.pdf</a> (1,2 MB)</td></tr></tbody></table>')
    p.append('<div class="asset-content mb-3"><div class="journal-content-article" data-analytics-asset-id="%d" data-analytics-asset-title="%s" data-analytics-asset-type="web-content">'
             % (rng.randint(100000, 999999), att(a['title'])))
    p.append('<p style="text-align: justify;"><strong>%s</strong></p>' % esc(a['lead']))
    p.append(body)
    p.append('<p style="text-align: right;"><strong>Minh Châu</strong></p>')
    p.append('</div></div>')
    p.append('<div class="asset-links"><a href="javascript:window.print()">In bài</a> | <a href="mailto:?subject=%s">Gửi email</a> | '
             '<a href="https://www.facebook.com/sharer/sharer.php?u=%s">Chia sẻ</a></div>' % (att(a['title']), att(a['url'])))
    p.append('</div>')
    p.append('<div class="related-assets"><h4>Tin cùng chuyên mục</h4><ul>' + ''.join('<li><a href="/web/snv/tin-tuc-su-kien/-/asset_publisher/%s/content/%s">%s</a> <span>%s</span></li>' % (inst, slug(t), esc(t), dmy(dd)) for t, dd in dated(rng, 10, dt.date(2025, 10, 1), dt.date(2026, 1, 25))) + '</ul></div>')
    p.append('</div></div></div></section></div>')
    p.append('</div><div class="col-md-4" id="column-2">')
    p.append('<div class="box-side"><h4>Văn bản mới ban hành</h4><table class="table table-striped"><thead><tr><th>Số hiệu</th><th>Trích yếu</th><th>Ngày ban hành</th></tr></thead><tbody>'
             + ''.join('<tr><td>%s</td><td>%s</td><td>%s</td></tr>' % (esc(so), esc(ty), dmy(dd)) for so, ty, dd in docs(rng, 10, dt.date(2026, 5, 1), dt.date(2026, 11, 20))) + '</tbody></table></div>')
    p.append('<div class="box-side"><h4>Lịch công tác tuần</h4><p>Tuần 47 (từ 16/11/2026 đến 22/11/2026)</p><a href="/web/snv/lich-cong-tac">Xem chi tiết</a></div>')
    p.append('<div class="box-side"><h4>Cổng TTĐT các tỉnh, thành phố</h4><ul>' + ''.join('<li><a href="https://%s">%s</a></li>' % (dom, esc(n)) for n, dom in PROVINCES) + '</ul></div>')
    p.append(counter_block(rng, '<div class="box-side"><h4>Thống kê truy cập</h4><p>Đang online: {online}</p><p>Hôm nay: {today}</p><p>Tổng: {total}</p></div>'))
    p.append('</div></div></div></section>')
    p.append('<footer id="footer"><div class="container"><p><strong>SỞ NỘI VỤ TỈNH HƯNG YÊN</strong></p><p>Địa chỉ: Số 8 đường Chùa Chuông, phường Phố Hiến, tỉnh Hưng Yên</p>'
             '<p>Điện thoại: 0221.3862.xxx - Email: snv@hungyen.gov.vn</p><p>Chịu trách nhiệm chính: Giám đốc Sở Nội vụ</p><p>Phát triển bởi VNPT Hưng Yên</p></div></footer>')
    p.append('</div></div>')
    p.append('<script type="text/javascript">// <![CDATA[\nLiferay.Portlet.register("%s");Liferay.Portlet.onLoad({canEditTitle:false,columnPos:0,isStatic:"end",namespacedId:"p_p_id_%s_",portletId:"%s",refreshURL:"/c/portal/render_portlet?p_l_id=%d&p_p_id=%s&p_p_lifecycle=0&p_t_lifecycle=0&p_p_state=normal&p_p_mode=view&p_p_col_id=column-1&p_p_col_pos=0&p_p_col_count=1&p_p_isolated=1&currentURL=%%2Fweb%%2Fsnv%%2Ftin-tuc-su-kien",refreshURLData:{}});\n// ]]></script>'
             % (pid, pid, pid, rng.randint(10000, 99999), pid))
    p.append('<script type="text/javascript">// <![CDATA[\nLiferay.Loader.require("frontend-js-web/liferay/toast/commands/OpenToast.es", function(){});\n'
             'var __vnptMenuCache = "@@FILL@@";\n// ]]></script>')
    p.append(ga('G-HY%s' % alnum(rng, 8).upper()))
    p.append('</body>\n</html>')
    page = '\n'.join(p)
    return fit(page, rng.randint(128000, 152000), lambda n: vs(rng, n))

# ---------------------------------------------------------------------------
# q04  DNN, Ban Tuyên giáo và Dân vận Tỉnh ủy Quảng Ngãi, title in a span,
#      published the day before the crawl
# ---------------------------------------------------------------------------
def dnn_head(rng, title, extra=''):
    return ('<!DOCTYPE html>\n<html  lang="vi-VN">\n<head id="Head"><meta content="text/html; charset=UTF-8" http-equiv="Content-Type" />'
            '<meta name="REVISIT-AFTER" content="1 DAYS" />\n<meta name="RATING" content="GENERAL" />\n<meta name="RESOURCE-TYPE" content="DOCUMENT" />\n'
            '<meta content="text/javascript" http-equiv="Content-Script-Type" />\n<meta content="text/css" http-equiv="Content-Style-Type" />\n'
            '<title>\n\t%s\n</title>%s'
            '<link href="/Resources/Shared/stylesheets/dnndefault/7.0.0/default.css?cdv=%d" type="text/css" rel="stylesheet"/>'
            '<link href="/Portals/_default/skins/%s/skin.css?cdv=%d" type="text/css" rel="stylesheet"/>'
            '<script src="/Resources/libraries/jQuery/03_05_01/jquery.js?cdv=%d" type="text/javascript"></script>'
            '<script src="/Resources/libraries/jQuery-Migrate/03_02_00/jquery-migrate.js?cdv=%d" type="text/javascript"></script>\n'
            % (title, extra, rng.randint(100, 400), rng.choice(['ttdt2024', 'btg_skin', 'portal_v3']), rng.randint(100, 400), rng.randint(100, 400), rng.randint(100, 400)))


def page_q04(a, rng):
    d = pubdt(a)
    mid = 512
    st = dict(
        p='<p style="text-align: justify;">{t}</p>',
        h='<p style="text-align: justify;"><strong>{t}</strong></p>',
        cap=lambda t, i: '<p style="text-align: center;"><img alt="" src="/Portals/0/Images/2026/11/bieu-duong-dvk-%d.jpg" style="width: 600px; height: 400px;" /></p><p style="text-align: center;"><em>%s</em></p>' % (i, t),
        list=('<ul>', '<li>{t}</li>', '</ul>'),
        table=lambda rows: table_std(rows, 'table'),
    )
    body = render(a, st)
    news = dated(rng, 8, dt.date(2026, 11, 10), dt.date(2026, 11, 20))
    p = []
    p.append(dnn_head(rng, 'Quảng Ngãi biểu dương 86 mô hình “Dân vận khéo” tiêu biểu năm 2026 &gt; Hoạt động công tác dân vận',
                      '<meta id="MetaDescription" name="DESCRIPTION" content="%s" /><meta id="MetaKeywords" name="KEYWORDS" content="dân vận khéo, Quảng Ngãi, DotNetNuke, DNN" />'
                      '<meta id="MetaRobots" name="ROBOTS" content="INDEX, FOLLOW" />' % att(a['lead'])))
    p.append('<style>.news-detail-title{display:block;font-size:20px;font-weight:bold;color:#c00000;margin:10px 0}.news-date{color:#888;font-style:italic}'
             '.news-summary{font-weight:bold;margin:10px 0}.news-author{text-align:right;font-weight:bold;margin-top:10px}</style>')
    p.append('</head>\n<body id="Body">')
    p.append('<form method="post" action="/Default.aspx?tabid=87&amp;ctl=Detail&amp;mid=512&amp;ItemID=6142" id="Form" enctype="multipart/form-data">')
    p.append('<div class="aspNetHidden">\n<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />\n<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />')
    p.append('<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="%s" />\n</div>' % vs(rng, 3600))
    p.append('<script type="text/javascript">\n//<![CDATA[\nvar theForm = document.forms[\'Form\'];\nif (!theForm) {\n    theForm = document.Form;\n}\nfunction __doPostBack(eventTarget, eventArgument) {\n'
             '    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {\n        theForm.__EVENTTARGET.value = eventTarget;\n        theForm.__EVENTARGUMENT.value = eventArgument;\n        theForm.submit();\n    }\n}\n//]]>\n</script>')
    p.append('<script src="/WebResource.axd?d=%s&amp;t=638%012d" type="text/javascript"></script>' % (alnum(rng, 80), rng.randint(0, 10**12 - 1)))
    p.append('<div class="aspNetHidden"><input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="CA0B0334" />'
             '<input type="hidden" name="__VIEWSTATEENCRYPTED" id="__VIEWSTATEENCRYPTED" value="" />'
             '<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="%s" /></div>' % vs(rng, 360))
    p.append('<script src="/js/dnn.modalpopup.js?cdv=%d" type="text/javascript"></script><script src="/js/dnncore.js?cdv=%d" type="text/javascript"></script>' % (rng.randint(100, 400), rng.randint(100, 400)))
    p.append('<div id="skin-wrapper">')
    p.append('<div class="skin-top"><div class="container"><span id="dnn_dnnCURRENTDATE_lblDate" class="DateToken">Chủ nhật, 22-11-2026</span>'
             '<div class="top-links"><a id="dnn_dnnLOGIN_loginLink" title="Đăng nhập" class="LoginLink" rel="nofollow" onclick="this.disabled=true;" href="/Login?returnurl=%2fDefault.aspx%3ftabid%3d87">Đăng nhập</a></div></div></div>')
    p.append('<div class="skin-header"><div class="container"><div class="header-logo"><a id="dnn_dnnLOGO_hypLogo" title="Ban Tuyên giáo và Dân vận Tỉnh ủy Quảng Ngãi" href="/">'
             '<img id="dnn_dnnLOGO_imgLogo" src="/Portals/0/logo-dang.png" alt="Ban Tuyên giáo và Dân vận Tỉnh ủy Quảng Ngãi" /></a></div>'
             '<div class="header-title"><h1>BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY QUẢNG NGÃI</h1><p>Trang thông tin điện tử</p></div>'
             '<div class="header-search"><span id="dnn_dnnSEARCH_ClassicSearch"><input name="dnn$dnnSEARCH$txtSearch" type="text" maxlength="255" size="20" id="dnn_dnnSEARCH_txtSearch" class="NormalTextBox" />'
             '<a id="dnn_dnnSEARCH_cmdSearch" class="SkinObject" href="javascript:__doPostBack(&#39;dnn$dnnSEARCH$cmdSearch&#39;,&#39;&#39;)">Tìm kiếm</a></span></div></div></div>')
    menu = ['Trang chủ', 'Giới thiệu', 'Tin tức - Sự kiện', 'Hoạt động công tác dân vận', 'Tuyên truyền', 'Dân vận khéo', 'Đấu tranh phản bác quan điểm sai trái', 'Văn bản', 'Thư viện ảnh', 'Liên hệ']
    p.append('<div class="skin-menu"><div class="container"><ul class="dnnmega">' + ''.join('<li class="%s"><a href="/Default.aspx?tabid=%d">%s</a></li>' % ('active' if 'dân vận' in x else '', 60 + i, esc(x)) for i, x in enumerate(menu)) + '</ul></div></div>')
    p.append('<div class="skin-content container"><div class="row"><div id="dnn_ContentPane" class="col-md-8 contentPane">')
    p.append('<div class="DnnModule DnnModule-NewsModule DnnModule-%d"><a name="%d"></a>' % (mid, mid))
    p.append('<div class="container-title"><div class="breadcrumb-dnn"><span id="dnn_dnnBREADCRUMB_lblBreadCrumb" itemprop="breadcrumb" itemscope="" itemtype="https://schema.org/breadcrumb">'
             '<span itemscope itemtype="http://schema.org/BreadcrumbList"><span itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><a href="/Default.aspx?tabid=62" class="breadcrumbLink" itemprop="item"><span itemprop="name">Tin tức - Sự kiện</span></a><meta itemprop="position" content="1" /></span>'
             ' » <span itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><a href="/Default.aspx?tabid=87" class="breadcrumbLink" itemprop="item"><span itemprop="name">Hoạt động công tác dân vận</span></a><meta itemprop="position" content="2" /></span></span></span></div></div>')
    p.append('<div id="dnn_ctr%d_ContentPane"><div id="dnn_ctr%d_ModuleContent" class="DNNModuleContent ModNewsModuleC">' % (mid, mid))
    p.append('<div id="dnn_ctr%d_ViewDetail_pnlDetail" class="news-detail">' % mid)
    p.append('<span id="dnn_ctr%d_ViewDetail_lblTitle" class="news-detail-title">%s</span>' % (mid, esc(a['title'])))
    p.append('<div class="news-info"><span id="dnn_ctr%d_ViewDetail_lblDate" class="news-date">%s</span> <span class="news-sep">-</span> '
             '<span id="dnn_ctr%d_ViewDetail_lblView" class="news-view">%d lượt xem</span></div>' % (mid, dmy(d, '-'), mid, rng.randint(40, 300)))
    p.append('<div id="dnn_ctr%d_ViewDetail_lblSummary" class="news-summary">%s</div>' % (mid, esc(a['lead'])))
    p.append('<div id="dnn_ctr%d_ViewDetail_lblContent" class="news-content">%s</div>' % (mid, body))
    p.append('<div id="dnn_ctr%d_ViewDetail_lblAuthor" class="news-author">Hồ Thị Thanh Nga - Ban Tuyên giáo và Dân vận Tỉnh ủy</div>' % mid)
    p.append('<div class="news-tools"><a href="javascript:window.print();" class="print">In bài</a> <a href="javascript:history.go(-1);" class="back">Trở về</a></div>')
    p.append('</div>')
    p.append('<div id="dnn_ctr%d_ViewDetail_pnlOther" class="news-other"><h3>Các tin khác</h3><ul>' % mid + ''.join(
        '<li><a href="/Default.aspx?tabid=87&amp;ctl=Detail&amp;mid=512&amp;ItemID=%d">%s</a> <span class="news-date">(%s)</span></li>' % (6141 - i, esc(t), dmy(dd, '-')) for i, (t, dd) in enumerate(news)) + '</ul></div>')
    p.append('</div></div></div>')
    p.append('</div><div id="dnn_RightPane" class="col-md-4 rightPane">')
    p.append('<div class="DnnModule DnnModule-DNN_HTML DnnModule-520"><a name="520"></a><div class="box"><h3 class="box-title">Tin mới</h3><ul>'
             + ''.join('<li><a href="/Default.aspx?tabid=62&amp;ctl=Detail&amp;mid=500&amp;ItemID=%d">%s</a><span class="date">%s</span></li>' % (rng.randint(6000, 6200), esc(t), dmy(dd, '-')) for t, dd in dated(rng, 6, dt.date(2026, 11, 15), dt.date(2026, 11, 21))) + '</ul></div></div>')
    p.append('<div class="DnnModule DnnModule-DNN_HTML DnnModule-521"><a name="521"></a><div class="box"><h3 class="box-title">Chuyên mục</h3><ul>'
             + ''.join('<li><a href="/Default.aspx?tabid=%d">%s</a></li>' % (90 + i, esc(x)) for i, x in enumerate(['Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh', 'Công tác dân tộc', 'Công tác tôn giáo', 'Dân chủ ở cơ sở', 'Gương điển hình', 'Bảo vệ nền tảng tư tưởng của Đảng'])) + '</ul></div></div>')
    p.append('<div class="DnnModule DnnModule-DNN_HTML DnnModule-522"><a name="522"></a><div class="box poll"><h3 class="box-title">Thăm dò ý kiến</h3><p>Theo bạn, nội dung nào của Trang thông tin cần được cải thiện?</p>'
             '<p><input type="radio" name="p" /> Tin tức</p><p><input type="radio" name="p" /> Văn bản</p><p><input type="radio" name="p" /> Giao diện</p><input type="button" value="Bình chọn" /></div></div>')
    p.append(counter_block(rng, '<div class="DnnModule DnnModule-523"><div class="box"><h3 class="box-title">Thống kê truy cập</h3><p>Đang truy cập: {online}</p><p>Hôm nay: {today}</p><p>Tổng số: {total}</p></div></div>'))
    p.append('</div></div></div>')
    p.append('<div class="skin-footer"><div class="container"><p>TRANG THÔNG TIN ĐIỆN TỬ BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY QUẢNG NGÃI</p>'
             '<p>Địa chỉ: 52 Hùng Vương, phường Cẩm Thành, tỉnh Quảng Ngãi. Điện thoại: 0255.3822.xxx</p><p>Chịu trách nhiệm: Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy</p>'
             '<p>Giấy phép số 05/GP-TTĐT ngày 18/9/2025. Ghi rõ nguồn khi phát hành lại thông tin từ trang này.</p>'
             '<span id="dnn_dnnCOPYRIGHT_lblCopyright" class="SkinObject">Copyright 2026 by Ban TG&amp;DV Tỉnh ủy</span></div></div>')
    p.append('</div>')
    p.append('<input name="ScrollTop" type="hidden" id="ScrollTop" />\n<input name="__dnnVariable" type="hidden" id="__dnnVariable" autocomplete="off" value="`{`__scdoff`:`1`,`sf_siteRoot`:`/`,`sf_tabId`:`87`}" />')
    p.append('</form>\n<!--CDF(Javascript|/js/dnncore.js?cdv=200|DnnBodyProvider|100)-->\n</body>\n</html>')
    return '\n'.join(p)


# ---------------------------------------------------------------------------
# q15  DNN 9 with EasyDNNnews, Sở GD&ĐT Cà Mau, time with seconds
# ---------------------------------------------------------------------------
def page_q15(a, rng):
    d = pubdt(a)
    st = dict(
        p='<p style="text-align:justify">{t}</p>',
        h='<h3>{t}</h3>',
        cap=lambda t, i: '<div class="edn_image_caption"><img alt="" src="/Portals/0/EasyDNNNews/4318/%d-diem-thi.jpg" /><p class="caption"><em>%s</em></p></div>' % (i, t),
        list=('<ul>', '<li>{t}</li>', '</ul>'),
        table=lambda rows: '<div class="table-responsive">' + table_std(rows, 'table table-bordered', tdattr=' style="text-align:center"') + '</div>',
    )
    body = render(a, st)
    p = []
    p.append(dnn_head(rng, '%s | Sở Giáo dục và Đào tạo tỉnh Cà Mau' % esc(a['title']),
                      '<meta property="og:title" content="%s" /><meta property="og:type" content="article" />'
                      '<meta id="MetaRobots" name="ROBOTS" content="INDEX, FOLLOW" /><link rel="canonical" href="%s" />' % (att(a['title']), att(a['url']))))
    p.append('<link href="/DesktopModules/EasyDNNnews/Templates/_default/Ozone/Ozone.css?cdv=241" type="text/css" rel="stylesheet"/>')
    p.append('<style>.edn_articleTitle{font-size:24px;line-height:1.3}.edn_metaDetails{color:#777;font-size:13px}.edn_articleSummary{font-weight:600}</style>')
    p.append('</head>\n<body id="Body" class="sgd-camau">')
    p.append('<form method="post" action="/tin-tuc/tid/Tin-giao-duc/newsid/4318/Ca-Mau-cong-bo-diem-thi-tuyen-sinh-lop-10-nam-hoc-2026-2027" id="Form" enctype="multipart/form-data">')
    p.append('<div class="aspNetHidden"><input type="hidden" name="StylesheetManager_TSSM" id="StylesheetManager_TSSM" value="" />'
             '<input type="hidden" name="ScriptManager_TSM" id="ScriptManager_TSM" value="" />'
             '<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" /><input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />'
             '<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="%s" /></div>' % vs(rng, 7800))
    p.append('<div class="aspNetHidden"><input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="CA0B0334" />'
             '<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="%s" /></div>' % vs(rng, 420))
    p.append('<script type="text/javascript">//<![CDATA[\nSys.WebForms.PageRequestManager._initialize(\'ScriptManager\', \'Form\', [\'tdnn$ctr633$ViewEasyDNNNewsMain$ctl00$upPanelComments\',\'dnn_ctr633_ViewEasyDNNNewsMain_ctl00_upPanelComments\'], [], [], 90, \'\');\n//]]></script>')
    p.append('<div class="page-wrap">')
    p.append('<div class="header-top"><div class="container"><div class="pull-left">Hôm nay: 22/11/2026</div>'
             '<div class="pull-right"><a href="/lien-he">Liên hệ</a> · <a href="/so-do-trang">Sơ đồ trang</a> · <a id="dnn_dnnLogin_enhancedLoginLink" title="Đăng nhập" class="secondaryActionsList" rel="nofollow" href="/dang-nhap?returnurl=%2ftin-tuc">Đăng nhập</a></div></div></div>')
    p.append('<div class="header"><div class="container"><a id="dnn_dnnLOGO_hypLogo" title="Sở Giáo dục và Đào tạo tỉnh Cà Mau" href="/"><img id="dnn_dnnLOGO_imgLogo" src="/Portals/0/banner-sgd-camau.png" alt="Sở Giáo dục và Đào tạo tỉnh Cà Mau" /></a></div></div>')
    nav = [('Giới thiệu', ['Lãnh đạo Sở', 'Các phòng chức năng', 'Đơn vị trực thuộc']), ('Tin tức', ['Tin giáo dục', 'Tin hoạt động', 'Thông báo', 'Tuyển sinh']),
           ('Văn bản', ['Văn bản của Bộ', 'Văn bản của tỉnh', 'Văn bản của Sở']), ('Thi cử - Tuyển sinh', ['Thi tốt nghiệp THPT', 'Tuyển sinh lớp 10', 'Học sinh giỏi']),
           ('Thủ tục hành chính', ['Cấp Sở', 'Cấp xã']), ('Tra cứu', ['Tra cứu điểm thi', 'Tra cứu văn bằng'])]
    p.append('<nav class="navbar"><div class="container"><ul id="dnn_pnav" class="nav navbar-nav"><li><a href="/">Trang chủ</a></li>'
             + ''.join('<li class="dropdown"><a href="/%s">%s</a><ul class="dropdown-menu">%s</ul></li>' % (slug(m), esc(m), ''.join('<li><a href="/%s/%s">%s</a></li>' % (slug(m), slug(s), esc(s)) for s in subs)) for m, subs in nav)
             + '</ul></div></nav>')
    p.append('<div class="container main"><div class="row"><div id="dnn_ContentPane" class="col-md-8">')
    p.append('<div class="DnnModule DnnModule-EasyDNNnews DnnModule-633"><a name="633"></a><div class="DNNContainer_noTitle"><div id="dnn_ctr633_ContentPane">')
    p.append('<div id="dnn_ctr633_ModuleContent" class="DNNModuleContent ModEasyDNNnewsC"><div class="eds_news_module_633 news eds_subCollection_news eds_news_Ozone eds_template_Details_Article_Default">')
    p.append('<div class="edn_article edn_clearFix">')
    p.append('<div class="edn_articleCategories"><a href="/tin-tuc/cid/3/Tin-giao-duc" class="edn_articleCategory">Tin giáo dục</a></div>')
    p.append('<h1 class="edn_articleTitle">%s</h1>' % esc(a['title']))
    p.append('<div class="edn_metaDetails"><span class="edn_articleDate">%s, %s %02d:%02d:%02d</span> <span class="edn_separator">|</span> '
             '<span class="edn_numberOfViews">Lượt xem: %d</span></div>' % (WD_LONG[d.weekday()], dmy(d), d.hour, d.minute, d.second, rng.randint(2000, 9000)))
    p.append('<div class="edn_articleSummary"><p>%s</p></div>' % esc(a['lead']))
    p.append('<div class="edn_articleContent">%s' % body)
    p.append('<p style="text-align:right"><strong>KHÁNH LINH</strong></p></div>')
    p.append('<div class="edn_socialPrintWrapper"><a class="edn_printButton" href="/tin-tuc/tid/Tin-giao-duc/newsid/4318/Print" target="_blank">In bài</a> '
             '<div class="edn_social_buttons"><a href="https://www.facebook.com/sharer.php?u=%s">Facebook</a></div></div>' % att(a['url']))
    p.append('<div class="edn_author">Người đăng: sgd_admin</div>')
    p.append('<div class="edn_tags">Thẻ: <a href="/tin-tuc/tag/tuyen-sinh-lop-10">tuyển sinh lớp 10</a>, <a href="/tin-tuc/tag/diem-thi">điểm thi</a></div>')
    p.append('</div>')
    p.append('<div class="edn_relatedArticles"><h3>Tin liên quan</h3><ul>' + ''.join('<li><a href="/tin-tuc/tid/Tin-giao-duc/newsid/%d/%s">%s</a> <time>%s</time></li>' % (rng.randint(4000, 4317), slug(t)[:40], esc(t), dmy(dd)) for t, dd in dated(rng, 5, dt.date(2026, 5, 20), dt.date(2026, 6, 29))) + '</ul></div>')
    p.append('<div id="dnn_ctr633_ViewEasyDNNNewsMain_ctl00_upPanelComments"><div class="edn_comments"><h3>Bình luận</h3><p>Chưa có bình luận nào. Hãy là người đầu tiên bình luận.</p>'
             '<textarea name="comment" rows="4" placeholder="Nội dung bình luận"></textarea><input type="text" placeholder="Họ và tên" /><input type="text" placeholder="Email" /><input type="button" value="Gửi bình luận" /></div></div>')
    p.append('</div></div></div></div></div>')
    p.append('</div><div id="dnn_RightPane" class="col-md-4">')
    p.append('<div class="box"><h3>Thông báo</h3><ul>' + ''.join('<li><a href="/thong-bao/%d">%s</a> <span>(%s)</span></li>' % (rng.randint(100, 900), esc(t), dmy(dd)) for t, dd in dated(rng, 6, dt.date(2026, 8, 1), dt.date(2026, 11, 20))) + '</ul></div>')
    p.append('<div class="box"><h3>Lịch công tác</h3><p>Lịch công tác tuần từ 16/11/2026 đến 22/11/2026</p></div>')
    p.append('<div class="box"><h3>Liên kết</h3><ul><li><a href="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</a></li><li><a href="https://camau.gov.vn">Cổng TTĐT tỉnh Cà Mau</a></li><li><a href="https://thisinh.thitotnghiepthpt.edu.vn">Hệ thống quản lý thi</a></li></ul></div>')
    p.append(counter_block(rng, '<div class="box"><h3>Truy cập</h3><p>Online: {online}</p><p>Hôm nay: {today}</p><p>Tổng: {total}</p></div>'))
    p.append('</div></div></div>')
    p.append('<footer><div class="container"><p>SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH CÀ MAU</p><p>Địa chỉ: Số 10 Hùng Vương, phường An Xuyên, tỉnh Cà Mau - ĐT: 0290.3831.xxx</p>'
             '<p>Chịu trách nhiệm: Giám đốc Sở Giáo dục và Đào tạo</p><p>Ghi rõ nguồn "Sở GD&amp;ĐT Cà Mau" khi sử dụng thông tin từ website này.</p></div></footer>')
    p.append('</div>')
    p.append('<input name="ScrollTop" type="hidden" id="ScrollTop" /><input name="__dnnVariable" type="hidden" id="__dnnVariable" autocomplete="off" value="`{`__scdoff`:`1`}" />')
    p.append('</form>\n</body>\n</html>')
    return '\n'.join(p)

# ---------------------------------------------------------------------------
# q05  WordPress, xã Ea Kar (Đắk Lắk), og:title differs, UTC time element
# ---------------------------------------------------------------------------
def wp_emoji():
    return ('<script>window._wpemojiSettings = {"baseUrl":"https:\\/\\/s.w.org\\/images\\/core\\/emoji\\/15.0.3\\/72x72\\/","ext":".png",'
            '"svgUrl":"https:\\/\\/s.w.org\\/images\\/core\\/emoji\\/15.0.3\\/svg\\/","svgExt":".svg","source":{"concatemoji":"\\/wp-includes\\/js\\/wp-emoji-release.min.js?ver=6.6.2"}};'
            '!function(i,n){var o,s,e;function c(e){try{var t={supportTests:e,timestamp:(new Date).valueOf()};sessionStorage.setItem(o,JSON.stringify(t))}catch(e){}}'
            'function p(e,t,n){e.clearRect(0,0,e.canvas.width,e.canvas.height),e.fillText(t,0,0);var t=new Uint32Array(e.getImageData(0,0,e.canvas.width,e.canvas.height).data)}'
            '}((window,document),window._wpemojiSettings);</script>\n'
            '<style id="wp-emoji-styles-inline-css">img.wp-smiley, img.emoji {display: inline !important;border: none !important;box-shadow: none !important;height: 1em !important;'
            'width: 1em !important;margin: 0 0.07em !important;vertical-align: -0.1em !important;background: none !important;padding: 0 !important;}</style>\n')


def page_q05(a, rng):
    d = pubdt(a)
    du = d.astimezone(dt.timezone.utc)
    post = 3482
    utc = du.strftime('%Y-%m-%dT%H:%M:%S+00:00')
    st = dict(
        p='<p>{t}</p>',
        h='<h3 class="wp-block-heading">{t}</h3>',
        cap=lambda t, i: ('<figure class="wp-block-image size-large"><img fetchpriority="high" decoding="async" width="1024" height="683" '
                          'src="/wp-content/uploads/2025/12/chuyen-doi-cay-trong-%d-1024x683.jpg" alt="chuyển đổi cây trồng" class="wp-image-%d" '
                          'srcset="/wp-content/uploads/2025/12/chuyen-doi-cay-trong-%d-1024x683.jpg 1024w, /wp-content/uploads/2025/12/chuyen-doi-cay-trong-%d-300x200.jpg 300w" '
                          'sizes="(max-width: 1024px) 100vw, 1024px" /><figcaption class="wp-element-caption">%s</figcaption></figure>' % (i, post + i, i, i, t)),
        list=('<ul class="wp-block-list">', '<li>{t}</li>', '</ul>'),
        table=lambda rows: '<figure class="wp-block-table">' + table_std(rows, 'has-fixed-layout') + '</figure>',
    )
    body = render(a, st)
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "Article", "@id": a['url'] + "#article", "isPartOf": {"@id": a['url']},
         "author": {"name": "admin", "@id": "https://eakar.daklak.gov.vn/#/schema/person/7f3c"},
         "headline": a['title'], "datePublished": utc, "dateModified": utc,
         "mainEntityOfPage": {"@id": a['url']}, "wordCount": 412, "publisher": {"@id": "https://eakar.daklak.gov.vn/#organization"},
         "articleSection": ["Kinh tế", "Tin tức - Sự kiện"], "inLanguage": "vi"},
        {"@type": "WebPage", "@id": a['url'], "url": a['url'], "name": a['og_title'] + " - UBND xã Ea Kar", "datePublished": utc},
        {"@type": "Organization", "@id": "https://eakar.daklak.gov.vn/#organization", "name": "UBND xã Ea Kar", "url": "https://eakar.daklak.gov.vn/"}]}
    p = []
    p.append('<!doctype html>\n<html lang="vi">\n<head>\n<meta charset="UTF-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<link rel="profile" href="https://gmpg.org/xfn/11">')
    p.append('<!-- This site is optimized with the Yoast SEO plugin v23.5 - https://yoast.com/wordpress/plugins/seo/ -->')
    p.append('<title>%s – Cổng thông tin điện tử xã Ea Kar</title>' % esc(a['title']))
    p.append('<meta name="description" content="Xã Ea Kar hỗ trợ giống, kỹ thuật cho người dân chuyển đổi đất lúa, đất mì kém hiệu quả sang cây ăn quả, cây dược liệu." />')
    p.append('<link rel="canonical" href="%s" />' % att(a['url']))
    p.append('<meta property="og:locale" content="vi_VN" />\n<meta property="og:type" content="article" />')
    p.append('<meta property="og:title" content="%s" />' % att(a['og_title']))
    p.append('<meta property="og:url" content="%s" />\n<meta property="og:site_name" content="Cổng thông tin điện tử xã Ea Kar" />' % att(a['url']))
    p.append('<meta property="article:published_time" content="%s" />' % utc)
    p.append('<meta name="author" content="admin" />\n<meta name="twitter:card" content="summary_large_image" />\n<meta name="twitter:label1" content="Được viết bởi" />\n<meta name="twitter:data1" content="admin" />')
    p.append('<script type="application/ld+json" class="yoast-schema-graph">%s</script>' % json.dumps(ld, ensure_ascii=False, separators=(',', ':')).replace('/', '\\/'))
    p.append('<!-- / Yoast SEO plugin. -->')
    p.append('<link rel="alternate" type="application/rss+xml" title="Cổng thông tin điện tử xã Ea Kar &raquo; Dòng thông tin" href="https://eakar.daklak.gov.vn/feed/" />')
    p.append(wp_emoji())
    p.append('<link rel="stylesheet" id="wp-block-library-css" href="/wp-includes/css/dist/block-library/style.min.css?ver=6.6.2" media="all" />')
    p.append('<link rel="stylesheet" id="xa-portal-style-css" href="/wp-content/themes/xa-portal/style.css?ver=1.8.2" media="all" />')
    p.append('<style id="global-styles-inline-css">:root{--wp--preset--color--black: #000000;--wp--preset--color--white: #ffffff;--wp--preset--color--vivid-red: #cf2e2e;'
             '--wp--preset--font-size--small: 13px;--wp--preset--font-size--medium: 20px;--wp--preset--font-size--large: 36px;}'
             '.has-text-align-right{text-align:right}.entry-meta span{margin-right:12px}</style>')
    p.append('<script src="/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>')
    p.append('<link rel="https://api.w.org/" href="https://eakar.daklak.gov.vn/wp-json/" /><link rel="alternate" title="JSON" type="application/json" href="https://eakar.daklak.gov.vn/wp-json/wp/v2/posts/%d" />' % post)
    p.append('<link rel="shortlink" href="https://eakar.daklak.gov.vn/?p=%d" />' % post)
    p.append('</head>\n<body class="post-template-default single single-post postid-%d single-format-standard wp-embed-responsive">' % post)
    p.append('<div id="page" class="site"><a class="skip-link screen-reader-text" href="#primary">Chuyển đến nội dung</a>')
    p.append('<div class="top-bar"><div class="wrap"><span class="today">Chủ Nhật, 22/11/2026</span><span class="hotline">Đường dây nóng: 0262.3625.xxx</span>'
             '<a href="/wp-login.php" class="login">Đăng nhập</a></div></div>')
    p.append('<header id="masthead" class="site-header"><div class="site-branding"><a href="/" rel="home"><img src="/wp-content/uploads/2025/07/logo-xa.png" alt="" width="90" height="90" /></a>'
             '<div class="brand-text"><p class="site-title"><a href="/" rel="home">Cổng thông tin điện tử xã Ea Kar</a></p><p class="site-description">Ủy ban nhân dân xã Ea Kar - tỉnh Đắk Lắk</p></div></div>')
    menu = [('Trang chủ', []), ('Giới thiệu', ['Tổng quan', 'Bộ máy tổ chức', 'Lãnh đạo xã']), ('Tin tức - Sự kiện', ['Chính trị', 'Kinh tế', 'Văn hóa - Xã hội', 'Quốc phòng - An ninh']),
            ('Chỉ đạo điều hành', ['Văn bản của xã', 'Lịch công tác']), ('Thủ tục hành chính', []), ('Công khai', ['Ngân sách', 'Quy hoạch', 'Đất đai']), ('Liên hệ', [])]
    p.append('<nav id="site-navigation" class="main-navigation"><button class="menu-toggle" aria-controls="primary-menu" aria-expanded="false">Menu</button><ul id="primary-menu" class="menu">')
    for i, (m, subs) in enumerate(menu):
        cls = 'menu-item menu-item-type-taxonomy menu-item-object-category menu-item-%d%s' % (100 + i, ' menu-item-has-children' if subs else '')
        p.append('<li id="menu-item-%d" class="%s"><a href="/%s/">%s</a>%s</li>' % (100 + i, cls, slug(m), esc(m),
                 ('<ul class="sub-menu">' + ''.join('<li class="menu-item"><a href="/%s/%s/">%s</a></li>' % (slug(m), slug(s), esc(s)) for s in subs) + '</ul>') if subs else ''))
    p.append('</ul></nav>')
    p.append('<form role="search" method="get" class="search-form" action="/"><label><span class="screen-reader-text">Tìm kiếm cho:</span>'
             '<input type="search" class="search-field" placeholder="Tìm kiếm &hellip;" value="" name="s" /></label><input type="submit" class="search-submit" value="Tìm kiếm" /></form></header>')
    p.append('<div id="content" class="site-content"><main id="primary" class="site-main">')
    p.append('<nav class="breadcrumbs"><span><a href="/">Trang chủ</a></span> » <span><a href="/tin-tuc-su-kien/kinh-te/">Kinh tế</a></span> » <span class="breadcrumb_last" aria-current="page">%s</span></nav>' % esc(a['title']))
    p.append('<article id="post-%d" class="post-%d post type-post status-publish format-standard has-post-thumbnail hentry category-kinh-te category-tin-tuc-su-kien">' % (post, post))
    p.append('<header class="entry-header"><h1 class="entry-title">%s</h1>' % esc(a['title']))
    p.append('<div class="entry-meta"><span class="posted-on"><i class="fa fa-calendar"></i> <a href="%s" rel="bookmark"><time class="entry-date published updated" datetime="%s">%s</time></a></span>'
             '<span class="byline"> bởi <span class="author vcard"><a class="url fn n" href="/author/admin/">admin</a></span></span>'
             '<span class="post-views"><i class="fa fa-eye"></i> %d lượt xem</span></div></header>' % (att(a['url']), utc, dmy(d), rng.randint(200, 900)))
    p.append('<div class="entry-content">')
    p.append(body)
    p.append('<p class="has-text-align-right"><strong>CTV Phan Văn Tài</strong></p>')
    p.append('</div>')
    p.append('<footer class="entry-footer"><span class="cat-links">Đăng trong <a href="/tin-tuc-su-kien/kinh-te/" rel="category tag">Kinh tế</a>, <a href="/tin-tuc-su-kien/" rel="category tag">Tin tức - Sự kiện</a></span>'
             '<span class="tags-links">Thẻ <a href="/tag/chuyen-doi-cay-trong/" rel="tag">chuyển đổi cây trồng</a>, <a href="/tag/nong-thon-moi/" rel="tag">nông thôn mới</a></span></footer>')
    p.append('<div class="share-buttons"><span>Chia sẻ:</span> <a href="https://www.facebook.com/sharer/sharer.php?u=%s">Facebook</a> <a href="https://zalo.me/share?url=%s">Zalo</a> <a href="javascript:window.print()">In</a></div>' % (att(a['url']), att(a['url'])))
    p.append('</article>')
    p.append('<nav class="navigation post-navigation" aria-label="Bài viết"><h2 class="screen-reader-text">Điều hướng bài viết</h2><div class="nav-links">'
             '<div class="nav-previous"><a href="/2025/12/16/tong-ket-cong-tac-tiem-chung/" rel="prev"><span class="nav-subtitle">Bài trước:</span> <span class="nav-title">Xã Ea Kar tổng kết công tác tiêm chủng mở rộng năm 2025</span></a></div>'
             '<div class="nav-next"><a href="/2025/12/19/hoi-nghi-dai-bieu-nhan-dan/" rel="next"><span class="nav-subtitle">Bài sau:</span> <span class="nav-title">Kỳ họp thứ năm HĐND xã Ea Kar khóa I</span></a></div></div></nav>')
    p.append('<div class="related-posts"><h3 class="widget-title">Bài viết liên quan</h3><ul>' + ''.join('<li><a href="/%s/">%s</a> <span class="date">%s</span></li>' % (slug(t), esc(t), dmy(dd)) for t, dd in dated(rng, 5, dt.date(2025, 10, 1), dt.date(2025, 12, 17))) + '</ul></div>')
    p.append('<div id="comments" class="comments-area"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Để lại một bình luận</h3>'
             '<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes">Email của bạn sẽ không được hiển thị công khai. Các trường bắt buộc được đánh dấu *</p>'
             '<p class="comment-form-comment"><label for="comment">Bình luận *</label><textarea id="comment" name="comment" cols="45" rows="8" required></textarea></p>'
             '<p class="comment-form-author"><label for="author">Tên *</label><input id="author" name="author" type="text" size="30" required /></p>'
             '<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Phản hồi" /><input type="hidden" name="comment_post_ID" value="%d" id="comment_post_ID" /></p></form></div></div>' % post)
    p.append('</main>')
    p.append('<aside id="secondary" class="widget-area">')
    p.append('<section id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Bài viết mới</h2><ul>'
             + ''.join('<li><a href="/%s/">%s</a><span class="post-date">%s</span></li>' % (slug(t), esc(t), dmy(dd)) for t, dd in dated(rng, 6, dt.date(2026, 9, 1), dt.date(2026, 11, 21))) + '</ul></section>')
    p.append('<section class="widget"><h2 class="widget-title">Lịch tiếp công dân</h2><p>Chủ tịch UBND xã tiếp công dân định kỳ vào ngày 10 và 25 hằng tháng tại trụ sở UBND xã.</p></section>')
    p.append('<section class="widget"><h2 class="widget-title">Liên kết</h2><ul><li><a href="https://daklak.gov.vn">Cổng TTĐT tỉnh Đắk Lắk</a></li><li><a href="https://dichvucong.gov.vn">Cổng Dịch vụ công quốc gia</a></li></ul></section>')
    p.append(counter_block(rng, '<section class="widget"><h2 class="widget-title">Thống kê</h2><p>Đang online: {online}</p><p>Hôm nay: {today}</p><p>Tổng lượt xem: {total}</p></section>'))
    p.append('</aside></div>')
    p.append('<footer id="colophon" class="site-footer"><div class="site-info"><p><strong>ỦY BAN NHÂN DÂN XÃ EA KAR</strong></p><p>Địa chỉ: Thôn 1, xã Ea Kar, tỉnh Đắk Lắk</p>'
             '<p>Điện thoại: 0262.3625.xxx - Email: ubndxaeakar@daklak.gov.vn</p><p>Chịu trách nhiệm nội dung: Chủ tịch UBND xã Ea Kar</p></div></footer></div>')
    p.append('<script src="/wp-content/themes/xa-portal/js/navigation.js?ver=1.8.2" id="xa-portal-navigation-js"></script>')
    p.append('</body>\n</html>')
    return '\n'.join(p)


# ---------------------------------------------------------------------------
# q14  WordPress (Newspaper-like theme), Sở VHTTDL Khánh Hòa,
#      published / updated time elements, "Bài: … - Ảnh: …"
# ---------------------------------------------------------------------------
def page_q14(a, rng):
    d = pubdt(a)
    upd = dt.datetime(2026, 6, 10, 15, 2, 11, tzinfo=TZ)
    post = 9127
    st = dict(
        p='<p style="text-align: justify;">{t}</p>',
        h='<h2 class="wp-block-heading">{t}</h2>',
        cap=lambda t, i: ('<figure id="attachment_%d" aria-describedby="caption-attachment-%d" style="width: 900px" class="wp-caption aligncenter">'
                          '<img loading="lazy" decoding="async" class="size-full wp-image-%d" src="/wp-content/uploads/2026/06/khai-mac-tuan-le-%d.jpg" alt="" width="900" height="600" />'
                          '<figcaption id="caption-attachment-%d" class="wp-caption-text">%s</figcaption></figure>' % (post + i, post + i, post + i, i, post + i, t)),
        list=('<ul>', '<li>{t}</li>', '</ul>'),
        table=lambda rows: table_std(rows),
    )
    body = render(a, st)
    p = []
    p.append('<!doctype html >\n<html lang="vi">\n<head>\n<title>%s | Sở Văn hóa, Thể thao và Du lịch tỉnh Khánh Hòa</title>' % esc(a['title']))
    p.append('<meta charset="UTF-8" />\n<meta name="viewport" content="width=device-width, initial-scale=1.0">\n<meta name="robots" content="index, follow, max-image-preview:large" />')
    p.append('<meta property="og:title" content="%s" />\n<meta property="og:type" content="article" />\n<meta property="og:site_name" content="Sở VHTTDL Khánh Hòa" />' % att(a['title']))
    p.append('<meta property="article:published_time" content="%s" />\n<meta property="article:modified_time" content="%s" />' % (d.isoformat(), upd.isoformat()))
    p.append(wp_emoji())
    p.append('<link rel="stylesheet" id="td-theme-css" href="/wp-content/themes/Newspaper/style.css?ver=12.6.5" type="text/css" media="all" />')
    p.append('<style>.td-post-title .entry-title{font-size:32px}.updated:not(.published){display:none}.td-post-date{color:#767676}.td-ss-main-sidebar li{list-style:none}</style>')
    p.append('<script type="text/javascript">var tdBlocksArray = [];var tdLocalCache = {};var td_viewport_interval_list=[{"limitBottom":767,"sidebarWidth":228},{"limitBottom":1018,"sidebarWidth":300},{"limitBottom":1140,"sidebarWidth":324}];'
             'var tdc_is_installed="yes";var td_ajax_url="https:\\/\\/svhttdl.khanhhoa.gov.vn\\/wp-admin\\/admin-ajax.php?td_theme_name=Newspaper&v=12.6.5";var td_get_template_directory_uri="\\/wp-content\\/plugins\\/td-composer\\/legacy\\/common";</script>')
    p.append('</head>\n<body class="post-template-default single single-post postid-%d single-format-standard td-standard-pack global-block-template-1 td-full-layout">' % post)
    p.append('<div class="td-scroll-up"><i class="td-icon-menu-up"></i></div>')
    p.append('<div id="td-outer-wrap" class="td-theme-wrap">')
    p.append('<div class="td-header-top-menu-full td-container-wrap"><div class="td-container td-header-row td-header-top-menu"><div class="top-bar-style-1">'
             '<div class="td-header-sp-top-menu"><div class="td_data_time"><div>Chủ Nhật, 22 Tháng 11, 2026</div></div>'
             '<div class="menu-top-container"><ul id="menu-top" class="top-header-menu"><li class="menu-item"><a href="/lien-he/"><span>Liên hệ</span></a></li>'
             '<li class="menu-item"><a href="/so-do-trang/"><span>Sơ đồ trang</span></a></li></ul></div></div></div></div></div>')
    p.append('<div class="td-header-wrap td-header-style-1"><div class="td-banner-wrap-full td-logo-wrap-full"><div class="td-header-sp-logo">'
             '<a class="td-main-logo" href="/"><img class="td-retina-data" src="/wp-content/uploads/2025/07/logo-svhttdl.png" alt="Sở Văn hóa, Thể thao và Du lịch tỉnh Khánh Hòa"/>'
             '<span class="td-visual-hidden">Sở Văn hóa, Thể thao và Du lịch tỉnh Khánh Hòa</span></a></div></div>')
    nav = ['Trang chủ', 'Giới thiệu', 'Tin tức', 'Văn hóa', 'Thể thao', 'Du lịch', 'Gia đình', 'Văn bản', 'Thủ tục hành chính', 'Liên hệ']
    p.append('<div class="td-header-menu-wrap-full"><div class="td-header-menu-wrap td-header-gradient"><div class="td-container td-header-row td-header-main-menu"><div id="td-header-menu" role="navigation">'
             '<ul id="menu-main" class="sf-menu">' + ''.join('<li class="menu-item td-menu-item td-normal-menu"><a href="/%s/">%s</a></li>' % (slug(x), esc(x)) for x in nav) + '</ul></div>'
             '<div class="header-search-wrap"><a id="td-header-search-button" href="#" role="button" aria-label="Search" class="dropdown-toggle"><i class="td-icon-search"></i></a>'
             '<form method="get" class="td-search-form" action="/"><input class="needsclick" id="td-header-search" type="text" value="" name="s" autocomplete="off" /><input class="wpb_button" type="submit" value="Tìm kiếm" /></form></div></div></div></div></div>')
    p.append('<div class="td-main-content-wrap td-container-wrap"><div class="td-container td-post-template-default"><div class="td-crumb-container"><div class="entry-crumbs">'
             '<span><a title="" class="entry-crumb" href="/">Trang chủ</a></span> <i class="td-icon-right td-bread-sep"></i> <span><a class="entry-crumb" href="/du-lich/">Du lịch</a></span> '
             '<i class="td-icon-right td-bread-sep td-bred-no-url-last"></i> <span class="td-bred-no-url-last">%s</span></div></div>' % esc(a['title']))
    p.append('<div class="td-pb-row"><div class="td-pb-span8 td-main-content" role="main"><div class="td-ss-main-content">')
    p.append('<article id="post-%d" class="post-%d post type-post status-publish format-standard has-post-thumbnail category-du-lich" itemscope itemtype="https://schema.org/Article">' % (post, post))
    p.append('<div class="td-post-header"><ul class="td-category"><li class="entry-category"><a href="/du-lich/">Du lịch</a></li></ul>')
    p.append('<header class="td-post-title"><h1 class="entry-title">%s</h1>' % esc(a['title']))
    p.append('<div class="td-module-meta-info"><div class="td-post-author-name"><div class="td-author-by">Bởi</div> <a href="/author/bientap-svh/">bientap_svh</a><div class="td-author-line"> - </div></div>'
             '<span class="td-post-date"><time class="entry-date published td-module-date" datetime="%s">%s</time>'
             '<time class="updated" datetime="%s">%s</time></span>'
             '<div class="td-post-views"><i class="td-icon-views"></i><span class="td-nr-views-%d">%d</span></div></div></header></div>'
             % (d.isoformat(), d.strftime('%Y-%m-%d %H:%M'), upd.isoformat(), upd.strftime('%Y-%m-%d %H:%M'), post, rng.randint(800, 4000)))
    p.append('<div class="td-post-sharing-top"><div class="td-post-sharing-visible"><a class="td-social-sharing-button td-social-facebook" href="https://www.facebook.com/sharer.php?u=%s"><span>Facebook</span></a>'
             '<a class="td-social-sharing-button td-social-zalo" href="https://zalo.me/share?u=%s"><span>Zalo</span></a><a class="td-social-sharing-button td-social-print" href="#"><span>In</span></a></div></div>' % (att(a['url']), att(a['url'])))
    p.append('<div class="td-post-content tagdiv-type">')
    p.append('<div class="td-post-featured-image"><a href="/wp-content/uploads/2026/06/anh-dai-dien.jpg" data-caption=""><img class="entry-thumb" src="/wp-content/uploads/2026/06/anh-dai-dien-696x464.jpg" alt="" title="anh-dai-dien"/></a></div>')
    p.append(body)
    p.append('<p style="text-align: right;"><em><strong>Bài: Quỳnh Anh - Ảnh: Hữu Phước</strong></em></p>')
    p.append('</div>')
    p.append('<footer><div class="td-post-source-tags"><ul class="td-tags td-post-small-box clearfix"><li><span>Thẻ</span></li><li><a href="/tag/tuan-le-van-hoa/">Tuần lễ văn hóa</a></li><li><a href="/tag/du-lich-bien/">du lịch biển</a></li></ul></div>'
             '<div class="td-block-row td-post-next-prev"><div class="td-block-span6 td-post-prev-post"><div class="td-post-next-prev-content"><span>Bài trước</span><a href="/le-hoi-ca-voi-2026/">Ngư dân phường Cam Ranh tổ chức Lễ hội Cầu ngư năm 2026</a></div></div>'
             '<div class="td-block-span6 td-post-next-post"><div class="td-post-next-prev-content"><span>Bài tiếp theo</span><a href="/giai-bong-chuyen-bai-bien/">Khởi tranh Giải bóng chuyền bãi biển tỉnh Khánh Hòa mở rộng</a></div></div></div></footer>')
    p.append('</article>')
    p.append('<div class="td_block_wrap td_block_related_posts"><h4 class="td-related-title"><a class="td-related-left td-cur-simple-item" href="#">BÀI VIẾT LIÊN QUAN</a>'
             '<a class="td-related-right" href="#">XEM THÊM TỪ TÁC GIẢ</a></h4><div class="td_block_inner">'
             + ''.join('<div class="td-related-span4"><div class="td_module_related_posts td-animation-stack td_mod_related_posts"><h3 class="entry-title td-module-title"><a href="/%s/">%s</a></h3>'
                       '<span class="td-post-date"><time class="entry-date updated td-module-date" datetime="%sT08:00:00+07:00">%s</time></span></div></div>' % (slug(t), esc(t), dd.isoformat(), dd.strftime('%Y-%m-%d'))
                       for t, dd in dated(rng, 6, dt.date(2026, 4, 1), dt.date(2026, 6, 7))) + '</div></div>')
    p.append('<div class="comments" id="comments"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">BÌNH LUẬN</h3>'
             '<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form"><div class="clearfix"></div><div class="comment-form-input-wrap td-form-comment">'
             '<textarea placeholder="Bình luận:" id="comment" name="comment" cols="45" rows="8" aria-required="true"></textarea></div>'
             '<div class="comment-form-input-wrap td-form-author"><input class="" id="author" name="author" placeholder="Tên:*" type="text" value="" size="30" aria-required="true" /></div>'
             '<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Gửi bình luận" /></p></form></div></div>')
    p.append('</div></div>')
    p.append('<div class="td-pb-span4 td-main-sidebar" role="complementary"><div class="td-ss-main-sidebar">')
    p.append('<aside class="td_block_template_1 widget widget_recent_entries"><h4 class="block-title"><span>Tin mới nhất</span></h4><ul>'
             + ''.join('<li><a href="/%s/">%s</a> <span class="post-date">%s</span></li>' % (slug(t), esc(t), dd.strftime('%Y-%m-%d')) for t, dd in dated(rng, 7, dt.date(2026, 10, 1), dt.date(2026, 11, 21))) + '</ul></aside>')
    p.append('<aside class="widget"><h4 class="block-title"><span>Sự kiện sắp diễn ra</span></h4><ul><li>Lễ hội Tháp Bà Ponagar 2027 (dự kiến tháng 4/2027)</li><li>Festival Biển Nha Trang - Khánh Hòa 2027</li></ul></aside>')
    p.append('<aside class="widget"><h4 class="block-title"><span>Liên kết</span></h4><select onchange="location=this.value"><option>-- Chọn --</option><option value="https://bvhttdl.gov.vn">Bộ VHTTDL</option><option value="https://khanhhoa.gov.vn">Cổng TTĐT tỉnh Khánh Hòa</option></select></aside>')
    p.append('</div></div></div></div></div>')
    p.append('<div class="td-footer-wrapper td-container-wrap"><div class="td-container"><div class="td-pb-row"><div class="td-pb-span12"><div class="footer-text-wrap">'
             '<p>SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH TỈNH KHÁNH HÒA</p><p>Địa chỉ: 17 Lê Thánh Tôn, phường Nha Trang, tỉnh Khánh Hòa</p>'
             '<p>Điện thoại: 0258.3822.xxx - Email: svhttdl@khanhhoa.gov.vn</p><p>Chịu trách nhiệm chính: Giám đốc Sở</p></div></div></div></div></div>')
    p.append('<div class="td-sub-footer-container td-container-wrap"><div class="td-container"><div class="td-pb-row"><div class="td-pb-span-td-sub-footer-copy"><div class="td-sub-footer-copy">&copy; 2026 Sở Văn hóa, Thể thao và Du lịch tỉnh Khánh Hòa</div></div></div></div></div>')
    p.append('</div>')
    p.append('<script type="text/javascript" src="/wp-content/plugins/td-composer/legacy/Newspaper/js/tagdiv_theme.min.js?ver=12.6.5" id="td-site-min-js"></script>')
    p.append(ga('G-KH%s' % alnum(rng, 8).upper()))
    p.append('</body>\n</html>')
    return '\n'.join(p)

# ---------------------------------------------------------------------------
# q06  Joomla 3 + K2, phường Hạc Thành (Thanh Hóa), "Viết bởi Quản trị viên",
#      created and modified dates, byline "BBT"
# ---------------------------------------------------------------------------
def page_q06(a, rng):
    d = pubdt(a)
    mod = dt.datetime(2026, 3, 13, 7, 2, tzinfo=TZ)
    st = dict(
        p='<p style="text-align: justify;">{t}</p>',
        h='<p style="text-align: justify;"><span style="color: #0000ff;"><strong>{t}</strong></span></p>',
        cap=lambda t, i: '<p style="text-align: center;"><img src="/images/2026/thang3/doi-thoai-%d.jpg" alt="doi thoai %d" width="650" height="433" /></p><p style="text-align: center;"><em>%s</em></p>' % (i, i, t),
        list=('<ul>', '<li>{t}</li>', '</ul>'),
        table=lambda rows: table_std(rows, 'table'),
    )
    body = render(a, st)
    p = []
    p.append('<!DOCTYPE html>\n<html prefix="og: http://ogp.me/ns#" xmlns="http://www.w3.org/1999/xhtml" xml:lang="vi-vn" lang="vi-vn" dir="ltr">\n<head>')
    p.append('<meta name="viewport" content="width=device-width, initial-scale=1.0" />\n<base href="%s" />' % att(a['url']))
    p.append('<meta http-equiv="content-type" content="text/html; charset=utf-8" />\n<meta name="keywords" content="Hạc Thành, đô thị, vỉa hè" />')
    p.append('<meta name="title" content="%s" />\n<meta name="author" content="Quản trị viên" />' % att(a['title']))
    p.append('<meta property="og:url" content="%s" />\n<meta property="og:title" content="%s - Cổng thông tin điện tử phường Hạc Thành" />\n<meta property="og:type" content="article" />' % (att(a['url']), att(a['title'])))
    p.append('<meta property="og:description" content="%s" />\n<meta name="description" content="%s" />\n<meta name="generator" content="Joomla! - Open Source Content Management" />' % (att(a['lead'][:150]), att(a['lead'][:150])))
    p.append('<title>%s - Cổng thông tin điện tử phường Hạc Thành</title>' % esc(a['title']))
    p.append('<link href="/templates/hacthanh/favicon.ico" rel="shortcut icon" type="image/vnd.microsoft.icon" />')
    p.append('<link href="/media/k2/assets/css/k2.fonts.css?v2.10.3" rel="stylesheet" type="text/css" />\n<link href="/components/com_k2/css/k2.css?v2.10.3&b=20200429" rel="stylesheet" type="text/css" />')
    p.append('<link href="/templates/hacthanh/css/template.css" rel="stylesheet" type="text/css" />')
    p.append('<style type="text/css">.itemTitle{font-size:22px;color:#a50000}.itemDateCreated{color:#999}.itemIntroText{font-weight:bold}.mod-date{float:right}</style>')
    p.append('<script src="/media/jui/js/jquery.min.js?%s" type="text/javascript"></script>\n<script src="/media/k2/assets/js/k2.frontend.js?v2.10.3&b=20200429&sitepath=/" type="text/javascript"></script>' % hexid(rng, 32))
    p.append('<script type="application/x-k2-headers">\n{"Last-Modified": "%s","ETag": "%s"}\n</script>' % (mod.astimezone(dt.timezone.utc).strftime('%a, %d %b %Y %H:%M:%S GMT'), hexid(rng, 32)))
    p.append('</head>\n<body class="site com_k2 view-item no-layout no-task itemid-%d">' % rng.randint(100, 200))
    p.append('<div id="wrapper">')
    p.append('<div id="top"><div class="container"><div class="mod-date">Chủ nhật, 22/11/2026</div>'
             '<div class="moduletable top-menu"><ul class="nav menu"><li class="item-101"><a href="/index.php">Trang chủ</a></li><li class="item-150"><a href="/index.php/lien-he">Liên hệ</a></li>'
             '<li class="item-151"><a href="/index.php/dang-nhap">Đăng nhập</a></li></ul></div></div></div>')
    p.append('<div id="header"><div class="container"><a class="brand" href="/"><img src="/images/banner/banner-hac-thanh.png" alt="Cổng thông tin điện tử phường Hạc Thành" /></a>'
             '<div class="moduletable search"><form action="/index.php/tin-tuc" method="post" class="form-inline"><label for="mod-search-searchword" class="element-invisible">Tìm kiếm</label> '
             '<input name="searchword" id="mod-search-searchword" maxlength="200" class="inputbox search-query" type="search" placeholder="Tìm kiếm..." />'
             '<input type="hidden" name="task" value="search" /><input type="hidden" name="option" value="com_search" /></form></div></div></div>')
    menu = [('Giới thiệu', ['Tổng quan', 'Đảng ủy phường', 'HĐND phường', 'UBND phường', 'MTTQ và các đoàn thể']),
            ('Tin tức', ['Tin hoạt động', 'Tin Đảng - Đoàn thể', 'Kinh tế - Đô thị', 'Văn hóa - Xã hội']),
            ('Chính quyền', ['Lịch công tác', 'Văn bản chỉ đạo', 'Thông báo']), ('Thủ tục hành chính', []), ('Công khai', ['Ngân sách', 'Quy hoạch', 'Đấu thầu']),
            ('Hỏi đáp', [])]
    p.append('<div id="mainmenu"><div class="container"><ul class="nav menu mod-list">' + ''.join(
        '<li class="item-%d deeper parent"><a href="/index.php/%s">%s</a>%s</li>' % (110 + i, slug(m), esc(m), ('<ul class="nav-child unstyled small">' + ''.join('<li><a href="/index.php/%s/%s">%s</a></li>' % (slug(m), slug(s), esc(s)) for s in subs) + '</ul>') if subs else '')
        for i, (m, subs) in enumerate(menu)) + '</ul></div></div>')
    p.append('<div id="main" class="container"><div class="row"><div id="content" class="span8">')
    p.append('<ul itemscope itemtype="https://schema.org/BreadcrumbList" class="breadcrumb"><li>Bạn đang ở: &#160;</li>'
             '<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="/index.php" class="pathway"><span itemprop="name">Trang chủ</span></a><span class="divider">/</span><meta itemprop="position" content="1"></li>'
             '<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="/index.php/tin-tuc/tin-hoat-dong" class="pathway"><span itemprop="name">Tin hoạt động</span></a><meta itemprop="position" content="2"></li></ul>')
    p.append('<div id="system-message-container"></div>')
    p.append('<span id="startOfPageId1873"></span>')
    p.append('<div id="k2Container" class="itemView">')
    p.append('<div class="itemHeader">')
    p.append('<span class="itemDateCreated">%s, %d Tháng %d %d %02d:%02d</span>' % (WD_LONG[d.weekday()], d.day, d.month, d.year, d.hour, d.minute))
    p.append('<h2 class="itemTitle">%s</h2>' % esc(a['title']))
    p.append('<span class="itemAuthor">Viết bởi&nbsp;<a rel="author" href="/index.php/tin-tuc/tin-hoat-dong/itemlist/user/42-quantrivien">Quản trị viên</a></span>')
    p.append('</div>')
    p.append('<div class="itemToolbar"><ul><li><span class="itemTextResizerTitle">kích thước font</span> <a href="#" id="fontDecrease"><span>giảm kích thước chữ</span></a> '
             '<a href="#" id="fontIncrease"><span>tăng kích thước chữ</span></a></li><li><a class="itemPrintLink" rel="nofollow" href="/index.php/tin-tuc/tin-hoat-dong/item/1873?tmpl=component&amp;print=1" onclick="window.open(this.href,\'printWindow\',\'width=900,height=600\');return false;"><span>In</span></a></li>'
             '<li><a class="itemEmailLink" rel="nofollow" href="/index.php/component/mailto/?tmpl=component&amp;link=%s" onclick="window.open(this.href,\'emailWindow\',\'width=400,height=350\');return false;"><span>E-mail</span></a></li></ul></div>' % hexid(rng, 40))
    p.append('<div class="itemRatingBlock"><span>Bình chọn cho bài viết này</span><div class="itemRatingForm"><ul class="itemRatingList"><li class="itemCurrentRating" id="itemCurrentRating1873" style="width:%d%%;"></li>'
             '<li><a href="#" data-id="1873" title="1 sao trên 5" class="one-star">1</a></li><li><a href="#" data-id="1873" title="2 sao trên 5" class="two-stars">2</a></li>'
             '<li><a href="#" data-id="1873" title="3 sao trên 5" class="three-stars">3</a></li><li><a href="#" data-id="1873" title="4 sao trên 5" class="four-stars">4</a></li>'
             '<li><a href="#" data-id="1873" title="5 sao trên 5" class="five-stars">5</a></li></ul><div id="itemRatingLog1873" class="itemRatingLog">(%d phiếu)</div></div></div>' % (rng.randint(50, 100), rng.randint(1, 9)))
    p.append('<div class="itemBody">')
    p.append('<div class="itemImageBlock"><span class="itemImage"><a data-k2-modal="image" href="/media/k2/items/cache/%s_XL.jpg" title="Nhấn để xem ảnh lớn"><img src="/media/k2/items/cache/%s_L.jpg" alt="%s" style="width:600px; height:auto;" /></a></span></div>' % (hexid(rng, 32), hexid(rng, 32), att(a['title'])))
    p.append('<div class="itemIntroText">\n<p style="text-align: justify;">%s</p>\n</div>' % esc(a['lead']))
    p.append('<div class="itemFullText">')
    p.append(body)
    p.append('<p style="text-align: right;"><strong>BBT</strong></p>')
    p.append('</div>')
    p.append('<div class="itemDateModified">Sửa lần cuối vào %s, %d Tháng %d %d %02d:%02d</div>' % (WD_LONG[mod.weekday()], mod.day, mod.month, mod.year, mod.hour, mod.minute))
    p.append('</div>')
    p.append('<div class="itemLinks"><div class="itemHitsBlock"><span class="itemHits">Đọc <b>%d</b> lần</span></div>'
             '<div class="itemCategory"><span>Đăng trong</span> <a href="/index.php/tin-tuc/tin-hoat-dong">Tin hoạt động</a></div>'
             '<div class="itemTagsBlock"><span>Các thẻ</span><ul class="itemTags"><li><a href="/index.php/tin-tuc/tin-hoat-dong/itemlist/tag/do-thi">đô thị</a></li>'
             '<li><a href="/index.php/tin-tuc/tin-hoat-dong/itemlist/tag/doi-thoai">đối thoại</a></li></ul></div></div>' % rng.randint(300, 1500))
    p.append('<div class="itemSocialSharing"><div class="itemFacebookButton"><div class="fb-like" data-href="%s" data-width="160" data-layout="button_count" data-action="like" data-show-faces="false"></div></div></div>' % att(a['url']))
    p.append('<div class="itemRelated"><h3>Bài viết liên quan</h3><ul>' + ''.join('<li class="%s"><a class="itemRelTitle" href="/index.php/tin-tuc/tin-hoat-dong/item/%d-%s">%s</a></li>' % ('even' if i % 2 else 'odd', 1800 + i, slug(t)[:30], esc(t)) for i, (t, dd) in enumerate(dated(rng, 5, dt.date(2026, 1, 1), dt.date(2026, 3, 11)))) + '</ul><div class="clr"></div></div>')
    p.append('<div class="itemCategoryBlock"><h3>Các bài viết mới nhất từ Tin hoạt động</h3><ul>' + ''.join('<li><a href="/index.php/tin-tuc/tin-hoat-dong/item/%d-%s">%s</a> <span>(%s)</span></li>' % (rng.randint(1874, 2400), slug(t)[:30], esc(t), dmy(dd)) for t, dd in dated(rng, 6, dt.date(2026, 3, 13), dt.date(2026, 11, 20))) + '</ul></div>')
    p.append('<div class="itemCommentsForm"><h3 class="itemCommentsFormTitle">Gửi ý kiến</h3><p class="itemCommentsFormNotes">Các trường đánh dấu (*) là bắt buộc. Nội dung HTML không được phép.</p>'
             '<form action="/index.php" method="post" id="comment-form" class="form-validate"><label class="formComment" for="commentText">Nội dung *</label><textarea rows="20" cols="10" class="inputbox" name="commentText" id="commentText"></textarea>'
             '<label class="formName" for="userName">Tên *</label><input class="inputbox" type="text" name="userName" id="userName" value="" /><input type="submit" class="button" id="submitCommentButton" value="Gửi ý kiến" /></form></div>')
    p.append('</div>')
    p.append('</div><div id="aside" class="span4">')
    p.append('<div class="moduletable"><h3>Thông báo</h3><ul class="latestnews">' + ''.join('<li><a href="/index.php/thong-bao/%d">%s</a> <span class="date">%s</span></li>' % (rng.randint(100, 900), esc(t), dmy(dd)) for t, dd in dated(rng, 5, dt.date(2026, 9, 1), dt.date(2026, 11, 21))) + '</ul></div>')
    p.append('<div class="moduletable"><h3>Lịch tiếp công dân</h3><p>Bí thư Đảng ủy phường tiếp công dân vào ngày 15 hằng tháng; Chủ tịch UBND phường tiếp công dân vào thứ Năm hằng tuần.</p></div>')
    p.append('<div class="moduletable"><h3>Thăm dò ý kiến</h3><form><p>Bạn có hài lòng khi giải quyết thủ tục hành chính tại phường?</p><label><input type="radio" name="v" /> Hài lòng</label><label><input type="radio" name="v" /> Bình thường</label><label><input type="radio" name="v" /> Chưa hài lòng</label><input type="button" value="Bình chọn" /></form></div>')
    p.append(counter_block(rng, '<div class="moduletable"><h3>Thống kê truy cập</h3><p>Khách trực tuyến: {online}</p><p>Hôm nay: {today}</p><p>Tổng cộng: {total}</p></div>'))
    p.append('</div></div></div>')
    p.append('<div id="footer"><div class="container"><p><strong>CỔNG THÔNG TIN ĐIỆN TỬ PHƯỜNG HẠC THÀNH</strong></p><p>Cơ quan chủ quản: UBND phường Hạc Thành, tỉnh Thanh Hóa</p>'
             '<p>Địa chỉ: Số 35 Đại lộ Lê Lợi, phường Hạc Thành, tỉnh Thanh Hóa - Điện thoại: 0237.3852.xxx</p><p>Chịu trách nhiệm: Chủ tịch UBND phường</p></div></div>')
    p.append('</div>')
    p.append(ga('UA-%d-3' % rng.randint(10000000, 99999999)))
    p.append('</body>\n</html>')
    return '\n'.join(p)


# ---------------------------------------------------------------------------
# q16  Joomla 4 (Cassiopeia child), phường Thủ Dầu Một, datePublished in UTC,
#      itemprop author = CMS account, byline "Tác giả bài viết:"
# ---------------------------------------------------------------------------
def page_q16(a, rng):
    d = pubdt(a)
    du = d.astimezone(dt.timezone.utc)
    mod = dt.datetime(2026, 8, 16, 8, 40, 12, tzinfo=TZ).astimezone(dt.timezone.utc)
    st = dict(
        p='<p style="text-align: justify;">{t}</p>',
        h='<h3>{t}</h3>',
        cap=lambda t, i: '<figure class="image"><img src="images/tin-tuc/2026/08/nao-vet-%d.jpg" alt="" width="800" height="533" loading="lazy" data-path="local-images:/tin-tuc/2026/08/nao-vet-%d.jpg"><figcaption>%s</figcaption></figure>' % (i, i, t),
        list=('<ul>', '<li>{t}</li>', '</ul>'),
        table=lambda rows: table_std(rows, 'table'),
    )
    body = render(a, st)
    p = []
    p.append('<!DOCTYPE html>\n<html lang="vi-vn" dir="ltr">\n<head>\n    <meta charset="utf-8">\n\t<meta name="author" content="Quản trị hệ thống">')
    p.append('\t<meta name="viewport" content="width=device-width, initial-scale=1">\n\t<meta name="description" content="UBND phường Thủ Dầu Một ra quân nạo vét kênh rạch, chủ động phòng, chống ngập úng mùa mưa.">')
    p.append('\t<meta name="generator" content="Joomla! - Open Source Content Management">\n\t<title>Tin tức – %s</title>' % esc(a['title']))
    p.append('\t<link href="/media/system/images/joomla-favicon.svg" rel="icon" type="image/svg+xml">')
    p.append('\t<link href="/media/templates/site/cassiopeia/css/template.min.css?%s" rel="stylesheet" />\n\t<link href="/media/templates/site/cassiopeia_tdm/css/user.css?%s" rel="stylesheet" />' % (hexid(rng, 20), hexid(rng, 20)))
    p.append('\t<style>:root {--hue: 214;--template-bg-light: #f0f4fb;--template-text-dark: #495057;--template-text-light: #ffffff;--template-link-color: #2a69b8;--template-special-color: #001B4C;}'
             '.header-date{font-size:.85rem}.com-content-article__body figcaption{font-style:italic;text-align:center}</style>')
    p.append('\t<script type="application/json" class="joomla-script-options new">{"joomla.jtext":{"ERROR":"Lỗi","MESSAGE":"Thông báo","NOTICE":"Chú ý","WARNING":"Cảnh báo",'
             '"JCLOSE":"Đóng","JOK":"Đồng ý","JOPEN":"Mở"},"system.paths":{"root":"","rootFull":"https:\\/\\/thudaumot.hochiminhcity.gov.vn\\/","base":"","baseFull":"https:\\/\\/thudaumot.hochiminhcity.gov.vn\\/"},"csrf.token":"%s"}</script>' % hexid(rng, 32))
    p.append('\t<script src="/media/system/js/core.min.js?%s"></script>\n\t<script src="/media/templates/site/cassiopeia/js/template.min.js?%s" defer></script>' % (hexid(rng, 20), hexid(rng, 20)))
    p.append('\t<script type="application/ld+json">{"@context":"https://schema.org","@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,"item":{"@id":"https://thudaumot.hochiminhcity.gov.vn/index.php","name":"Trang chủ"}},{"@type":"ListItem","position":2,"item":{"@id":"https://thudaumot.hochiminhcity.gov.vn/index.php/tin-tuc","name":"Tin tức"}}]}</script>')
    p.append('</head>\n<body class="site com_content wrapper-static view-article layout-blog no-task itemid-118 has-sidebar-right">')
    p.append('\t<header class="header container-header full-width">')
    p.append('\t\t<div class="container-topbar"><div class="moduletable header-date">Chủ Nhật, 22 tháng 11 năm 2026</div>'
             '<div class="moduletable"><ul class="mod-menu mod-list nav "><li class="nav-item item-150"><a href="/index.php/lien-he">Liên hệ</a></li><li class="nav-item item-151"><a href="/index.php/dang-nhap">Đăng nhập</a></li></ul></div></div>')
    p.append('\t\t<div class="grid-child"><div class="navbar-brand"><a class="brand-logo" href="/"><img loading="eager" decoding="async" src="/images/logo/logo-tdm.png" alt="UBND phường Thủ Dầu Một" width="520" height="90"></a>'
             '<div class="site-description">Cổng thông tin điện tử phường Thủ Dầu Một - Thành phố Hồ Chí Minh</div></div></div>')
    menu = [('Trang chủ', []), ('Giới thiệu', ['Lịch sử hình thành', 'Bộ máy chính quyền', 'Các khu phố']), ('Tin tức', ['Chính trị', 'Kinh tế', 'Đô thị - Môi trường', 'Văn hóa - Xã hội', 'An ninh - Trật tự']),
            ('Văn bản', ['Văn bản chỉ đạo', 'Thông báo']), ('Dịch vụ công', []), ('Công khai', ['Ngân sách', 'Quy hoạch']), ('Liên hệ', [])]
    p.append('\t\t<div class="grid-child container-nav"><nav class="navbar navbar-expand-md" aria-label="Main Menu"><button class="navbar-toggler navbar-toggler-right" type="button" data-bs-toggle="collapse" data-bs-target="#navbar1" aria-controls="navbar1" aria-expanded="false" aria-label="Bật/tắt điều hướng"><span class="icon-menu" aria-hidden="true"></span></button>'
             '<div class="collapse navbar-collapse" id="navbar1"><ul class="mod-menu mod-menu_dropdown-metismenu metismenu mod-list ">' + ''.join(
                 '<li class="metismenu-item item-%d level-1%s"><a href="/index.php/%s">%s</a>%s</li>' % (110 + i, ' deeper parent' if subs else '', slug(m), esc(m),
                 ('<ul class="mm-collapse">' + ''.join('<li class="metismenu-item level-2"><a href="/index.php/%s/%s">%s</a></li>' % (slug(m), slug(s), esc(s)) for s in subs) + '</ul>') if subs else '')
                 for i, (m, subs) in enumerate(menu)) + '</ul></div></nav>'
             '<div class="container-search"><form class="mod-finder js-finder-searchform form-search" action="/index.php/tim-kiem" method="get" role="search"><label for="mod-finder-searchword" class="visually-hidden finder">Tìm kiếm</label>'
             '<input type="text" name="q" id="mod-finder-searchword" class="js-finder-search-query form-control" value="" placeholder="Tìm kiếm ..."></form></div></div>')
    p.append('\t</header>')
    p.append('\t<div class="site-grid"><div class="grid-child container-component">')
    p.append('<nav class="mod-breadcrumbs__wrapper" aria-label="Breadcrumbs"><ol class="mod-breadcrumbs breadcrumb px-3 py-2"><li class="mod-breadcrumbs__here float-start">Bạn đang ở: &#160;</li>'
             '<li class="mod-breadcrumbs__item breadcrumb-item"><a href="/index.php" class="pathway"><span>Trang chủ</span></a></li>'
             '<li class="mod-breadcrumbs__item breadcrumb-item"><a href="/index.php/tin-tuc" class="pathway"><span>Tin tức</span></a></li>'
             '<li class="mod-breadcrumbs__item breadcrumb-item active"><span>%s</span></li></ol></nav>' % esc(a['title']))
    p.append('<main>\n<div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article">\n\t<meta itemprop="inLanguage" content="vi-VN">')
    p.append('\t<div class="page-header">\n\t\t<h2 itemprop="headline">\n\t\t\t%s\t\t</h2>\n\t</div>' % esc(a['title']))
    p.append('\t<dl class="article-info text-muted">\n\t\t<dt class="article-info-term">\n\t\t\tChi tiết\t\t</dt>')
    p.append('\t\t<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">\n\t<span class="icon-user icon-fw" aria-hidden="true"></span>\n\tViết bởi: <span itemprop="name">Quản trị hệ thống</span>\t</dd>')
    p.append('\t\t<dd class="category-name">\n\t<span class="icon-folder-open icon-fw" aria-hidden="true"></span>\tDanh mục: <a href="/index.php/tin-tuc" itemprop="genre">Tin tức</a>\t</dd>')
    p.append('\t\t<dd class="published">\n\t<span class="icon-calendar icon-fw" aria-hidden="true"></span>\n\t<time datetime="%s" itemprop="datePublished">\n\t\tĐược đăng: %d Tháng %d %d\t</time>\n</dd>'
             % (du.strftime('%Y-%m-%dT%H:%M:%S+00:00'), d.day, d.month, d.year))
    p.append('\t\t<dd class="modified">\n\t<span class="icon-calendar icon-fw" aria-hidden="true"></span>\n\t<time datetime="%s" itemprop="dateModified">\n\t\tCập nhật lần cuối: %d Tháng %d %d\t</time>\n</dd>'
             % (mod.strftime('%Y-%m-%dT%H:%M:%S+00:00'), 16, 8, 2026))
    p.append('\t\t<dd class="hits">\n\t<span class="icon-eye icon-fw" aria-hidden="true"></span>\n\t<meta itemprop="interactionCount" content="UserPageVisits:%d">\n\tLượt xem: %d</dd>\n\t</dl>' % ((hits := rng.randint(900, 3000)), hits))
    p.append('\t<div itemprop="articleBody" class="com-content-article__body">')
    p.append(body)
    p.append('<p style="text-align: right;"><em>Tác giả bài viết: Vũ Văn Hiệp</em></p>\t</div>')
    p.append('\t<ul class="tags list-inline"><li class="list-inline-item tag-12 tag-list0"><a href="/index.php/component/tags/tag/chong-ngap" class="btn-sm btn-info">chống ngập</a></li>'
             '<li class="list-inline-item tag-15 tag-list1"><a href="/index.php/component/tags/tag/moi-truong" class="btn-sm btn-info">môi trường</a></li></ul>')
    p.append('<nav class="pagenavigation" aria-label="Điều hướng trang"><span class="pagination ms-0"><a class="btn btn-sm btn-secondary previous" href="/index.php/tin-tuc/1420-hoi-nghi" rel="prev"><span class="visually-hidden">Bài trước: Hội nghị giao ban khu phố tháng 8/2026</span><span class="icon-chevron-left" aria-hidden="true"></span> <span aria-hidden="true">Trước</span></a>'
             '<a class="btn btn-sm btn-secondary next" href="/index.php/tin-tuc/1422-tiem-chung" rel="next"><span class="visually-hidden">Bài tiếp: Tiêm vắc xin sởi cho trẻ 1 - 5 tuổi</span><span aria-hidden="true">Tiếp</span> <span class="icon-chevron-right" aria-hidden="true"></span></a></span></nav>')
    p.append('</div>\n</main>\n</div>')
    p.append('<div class="grid-child container-sidebar-right"><div class="sidebar-right card "><h3 class="card-header ">Tin mới</h3><div class="card-body"><ul class="mod-articleslatest latestnews mod-list">'
             + ''.join('<li itemscope itemtype="https://schema.org/Article"><a href="/index.php/tin-tuc/%d-%s" itemprop="url"><span itemprop="name">%s</span></a> <small>%s</small></li>' % (rng.randint(1423, 1700), slug(t)[:30], esc(t), dmy(dd)) for t, dd in dated(rng, 6, dt.date(2026, 10, 1), dt.date(2026, 11, 21))) + '</ul></div></div>')
    p.append('<div class="sidebar-right card "><h3 class="card-header ">Đọc nhiều</h3><div class="card-body"><ul class="mostread mod-list">'
             + ''.join('<li itemscope itemtype="https://schema.org/Article"><a href="/index.php/tin-tuc/%d" itemprop="url"><span itemprop="name">%s</span></a></li>' % (rng.randint(1000, 1420), esc(t)) for t in pick(rng, HEADLINES, 5)) + '</ul></div></div>')
    p.append('<div class="sidebar-right card "><h3 class="card-header ">Đường dây nóng</h3><div class="card-body"><p>Chủ tịch UBND phường: 0274.3822.xxx</p><p>Công an phường: 0274.3855.xxx</p></div></div></div>')
    p.append('</div>')
    p.append('<footer class="container-footer footer full-width"><div class="grid-child"><div class="mod-custom custom"><p><strong>ỦY BAN NHÂN DÂN PHƯỜNG THỦ DẦU MỘT</strong></p>'
             '<p>Địa chỉ: Số 1 Quang Trung, phường Thủ Dầu Một, Thành phố Hồ Chí Minh</p><p>Điện thoại: 0274.3822.xxx - Email: ubnd.thudaumot@tphcm.gov.vn</p>'
             '<p>Người chịu trách nhiệm: Chủ tịch UBND phường Thủ Dầu Một</p></div></div></footer>')
    p.append('<a href="#top" id="back-top" class="back-to-top-link" aria-label="Trở lại đầu trang"><span class="icon-arrow-up icon-fw" aria-hidden="true"></span></a>')
    p.append('</body>\n</html>')
    return '\n'.join(p)

# ---------------------------------------------------------------------------
# q07  NukeViet 4 (default theme), đặc khu Côn Đảo, machine time with seconds
# ---------------------------------------------------------------------------
WD_NV = ['Thứ hai', 'Thứ ba', 'Thứ tư', 'Thứ năm', 'Thứ sáu', 'Thứ bảy', 'Chủ nhật']


def nv_head(rng, a, title, extra=''):
    return ('<!DOCTYPE html>\n    <html lang="vi" xmlns="http://www.w3.org/1999/xhtml" prefix="og: http://ogp.me/ns#">\n    <head>\n'
            '<title>%s</title>\n<meta name="description" content="%s">\n<meta name="author" content="%s">\n'
            '<meta name="copyright" content="%s [webmaster@%s]">\n<meta name="generator" content="NukeViet v4.5">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<meta property="og:title" content="%s">\n<meta property="og:type" content="article">\n<meta property="og:description" content="%s">\n'
            '<meta property="og:site_name" content="%s">\n<meta property="og:url" content="%s">\n%s'
            '<link rel="shortcut icon" href="/favicon.ico">\n<link rel="canonical" href="%s">\n'
            '<link rel="alternate" href="/news/rss/" title="Tin Tức" type="application/rss+xml">\n'
            '<link rel="preload" as="script" href="/assets/js/jquery/jquery.min.js?t=%d">\n'
            '<link rel="stylesheet" href="/assets/css/font-awesome.min.css?t=%d">\n<link rel="stylesheet" href="/themes/%s/css/bootstrap.min.css?t=%d">\n'
            '<link rel="stylesheet" href="/themes/%s/css/style.css?t=%d">\n<link rel="stylesheet" href="/themes/%s/css/news.css?t=%d">\n'
            % (title, att(a['lead'][:160]), att(a['site']), att(a['site']), a['domain'], att(a['title']), att(a['lead'][:160]), att(a['site']), att(a['url']), extra, att(a['url']),
               rng.randint(100, 999), rng.randint(100, 999), a['theme'], rng.randint(100, 999), a['theme'], rng.randint(100, 999), a['theme'], rng.randint(100, 999)))


def nv_script(rng):
    return ('<script data-show="inline">var nv_base_siteurl="/",nv_lang_data="vi",nv_lang_interface="vi",nv_name_variable="nv",nv_fc_variable="op",'
            'nv_lang_variable="language",nv_module_name="news",nv_func_name="detail",nv_is_user=0, nv_my_ofs=7,nv_my_abbr="ICT",nv_cookie_prefix="nv4c_%s",'
            'nv_check_pass_mstime=1738000,nv_area_admin=0,nv_safemode=0,theme_responsive=1,nv_recaptcha_ver=2,nv_recaptcha_sitekey="",nv_recaptcha_type="image",'
            'XSSsanitize=1;</script>\n<script src="/assets/js/jquery/jquery.min.js?t=%d"></script>\n<script src="/assets/js/language/vi.js?t=%d"></script>\n'
            '<script src="/assets/js/global.js?t=%d"></script>\n<script src="/themes/default/js/main.js?t=%d"></script>\n'
            % (alnum(rng, 5), rng.randint(100, 999), rng.randint(100, 999), rng.randint(100, 999), rng.randint(100, 999)))


def page_q07(a, rng):
    d = pubdt(a)
    a = dict(a, site='Cổng thông tin điện tử đặc khu Côn Đảo', domain='condao.hochiminhcity.gov.vn', theme='default')
    st = dict(
        p='<p style="text-align:justify;">{t}</p>',
        h='<h2>{t}</h2>',
        cap=lambda t, i: '<div class="image-center"><figure class="image"><img alt="dien tap %d" height="480" src="/uploads/news/2025_10/dien-tap-tran-dau-%d.jpg" width="720" /><figcaption>%s</figcaption></figure></div>' % (i, i, t),
        list=('<ul>', '<li>{t}</li>', '</ul>'),
        table=lambda rows: table_std(rows, 'table table-bordered'),
    )
    body = render(a, st)
    newer = dated(rng, 5, dt.date(2025, 10, 28), dt.date(2025, 11, 30))
    older = dated(rng, 5, dt.date(2025, 9, 1), dt.date(2025, 10, 26))
    p = []
    p.append(nv_head(rng, a, '%s - Cổng thông tin điện tử đặc khu Côn Đảo' % esc(a['title']),
                     '<meta property="article:published_time" content="%s">\n<meta property="article:modified_time" content="%s">\n<meta property="article:section" content="Hoạt động địa phương">\n'
                     % (d.strftime('%Y-%m-%dT%H:%M:%S+07:00'), (d + dt.timedelta(hours=19, minutes=3, seconds=31)).strftime('%Y-%m-%dT%H:%M:%S+07:00'))))
    p.append('<script type="application/ld+json">{"@context":"https://schema.org","@type":"Organization","url":"https://condao.hochiminhcity.gov.vn","logo":"https://condao.hochiminhcity.gov.vn/uploads/logo-condao.png"}</script>')
    p.append('</head>\n    <body>')
    p.append('    <noscript><div class="alert alert-danger">Trình duyệt của bạn đã tắt chức năng hỗ trợ JavaScript.<br />Website chỉ làm việc khi bạn bật nó trở lại.</div></noscript>')
    p.append('    <div class="body-bg"><div class="wraper">\n        <header><div class="container"><div id="header" class="row"><div class="logo col-xs-24 col-sm-24 col-md-8">'
             '<a title="Cổng thông tin điện tử đặc khu Côn Đảo" href="/"><img src="/uploads/logo-condao.png" width="330" height="84" alt="Cổng thông tin điện tử đặc khu Côn Đảo" /></a>'
             '<h1>Cổng thông tin điện tử đặc khu Côn Đảo</h1><h2>Ủy ban nhân dân đặc khu Côn Đảo</h2></div>'
             '<div class="col-xs-24 col-sm-24 col-md-16"><div class="qlcontainer"><div class="headerSearch"><div class="input-group"><input type="text" class="form-control" maxlength="60" placeholder="Tìm kiếm...">'
             '<span class="input-group-btn"><button type="button" class="btn btn-info" data-url="/seek/?q=" data-minlength="3" data-click="y"><em class="fa fa-search fa-lg"></em></button></span></div></div></div></div></div></div></header>')
    menu = [('Giới thiệu', ['Lịch sử', 'Điều kiện tự nhiên', 'Di tích lịch sử']), ('Tin tức', ['Hoạt động địa phương', 'Du lịch', 'Quốc phòng - An ninh', 'Thông báo']),
            ('Chính quyền', ['Đảng ủy đặc khu', 'HĐND đặc khu', 'UBND đặc khu']), ('Văn bản', []), ('Thủ tục hành chính', []), ('Du lịch Côn Đảo', ['Điểm đến', 'Lịch tàu, chuyến bay', 'Lưu trú'])]
    p.append('        <nav class="second-nav" id="menusite"><div class="container"><div class="row"><div class="bg box-shadow"><ul class="nav navbar-nav"><li><a class="home" title="Trang nhất" href="/"><em class="fa fa-lg fa-home">&nbsp;</em><span class="visible-xs-inline-block"> Trang nhất</span></a></li>'
             + ''.join('<li %s role="presentation"><a class="dropdown-toggle" href="/%s/" role="button" aria-expanded="false" title="%s">%s</a>%s</li>' % ('class="dropdown"' if subs else '', slug(m), att(m), esc(m),
                       ('<ul class="dropdown-menu">' + ''.join('<li><a href="/%s/%s/" title="%s">%s</a></li>' % (slug(m), slug(s), att(s), esc(s)) for s in subs) + '</ul>') if subs else '')
                       for m, subs in menu) + '</ul></div></div></div></nav>')
    p.append('        <section><div class="container" id="body"><nav class="third-nav"><div class="row"><div class="bg"><div class="clearfix"><div class="col-xs-24 col-sm-18 col-md-18">'
             '<div class="breadcrumbs-wrap"><div class="display"><a class="show-subs-breadcrumbs hidden" href="#" onclick="showSubBreadcrumbs(this, event);"><em class="fa fa-lg fa-angle-right"></em></a>'
             '<ul class="breadcrumbs list-none"></ul></div><ul class="subs-breadcrumbs"></ul><ul class="temp-breadcrumbs hidden" itemscope itemtype="https://schema.org/BreadcrumbList">'
             '<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a href="/" itemprop="item" title="Trang nhất"><span itemprop="name">Trang nhất</span></a><i class="hidden" itemprop="position" content="1"></i></li>'
             '<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a href="/news/" itemprop="item" title="Tin Tức"><span class="txt" itemprop="name">Tin Tức</span></a><i class="hidden" itemprop="position" content="2"></i></li>'
             '<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a href="/news/hoat-dong-dia-phuong/" itemprop="item" title="Hoạt động địa phương"><span class="txt" itemprop="name">Hoạt động địa phương</span></a><i class="hidden" itemprop="position" content="3"></i></li></ul></div></div>'
             '<div class="headerSearch col-xs-24 col-sm-6 col-md-6"><div class="current-time">Chủ nhật - 22/11/2026 07:%02d</div></div></div></div></div></nav>' % rng.randint(0, 59))
    p.append('<div class="row"><div class="col-md-18">')
    p.append('<div class="news_column panel panel-default" itemtype="http://schema.org/NewsArticle" itemscope><div class="panel-body">')
    p.append('<h1 class="title margin-bottom-lg" itemprop="headline">%s</h1>' % esc(a['title']))
    p.append('<div class="row margin-bottom-lg"><div class="col-md-12"><span class="h5">%s - %s %02d:%02d</span></div>'
             '<div class="col-md-12"><ul class="list-inline text-right"><li><a class="dimgray" rel="nofollow" title="Gửi bài viết qua email" href="javascript:void(0);" onclick="nv_open_browse(\'/sendmail/hoat-dong-dia-phuong/dac-khu-con-dao-1462.html\',\'\',650,500,\'resizable=no,scrollbars=yes,toolbar=no,location=no,status=no\');return false"><em class="fa fa-envelope fa-lg">&nbsp;</em></a></li>'
             '<li><a class="dimgray" rel="nofollow" title="In ra" href="javascript: void(0)" onclick="nv_open_browse(\'/print/hoat-dong-dia-phuong/dac-khu-con-dao-1462.html\',\'\',840,500,\'resizable=yes,scrollbars=yes,toolbar=no,location=no,status=no\');return false"><em class="fa fa-print fa-lg">&nbsp;</em></a></li>'
             '<li><a class="dimgray" rel="nofollow" title="Lưu bài viết này" href="/savefile/hoat-dong-dia-phuong/dac-khu-con-dao-1462.html"><em class="fa fa-save fa-lg">&nbsp;</em></a></li></ul></div></div>'
             % (WD_NV[d.weekday()], dmy(d), d.hour, d.minute))
    p.append('<div class="clearfix"><figure class="article left pointer" onclick="modalShowByObj(\'#imgpreview\');"><div style="width:200px;"><p class="text-center"><img alt="%s" src="/assets/news/2025_10/dien-tap-tran-dau-0.jpg" width="200" class="img-thumbnail"/></p></div></figure>'
             '<div class="hometext m-bottom" itemprop="description">%s</div></div>' % (att(a['title']), esc(a['lead'])))
    p.append('<div id="news-bodyhtml" class="bodytext margin-bottom-lg">\n%s\n</div>' % body)
    p.append('<div class="margin-bottom-lg"><p class="h5 text-right"><strong>Tác giả: </strong>Trần Văn Lợi</p>'
             '<p class="h5 text-right"><strong>Nguồn tin: </strong>Ban Chỉ huy Phòng thủ dân sự đặc khu</p></div>')
    p.append('</div></div>')
    p.append('<div class="news_column panel panel-default"><div class="panel-body"><div class="h5"><em class="fa fa-tags">&nbsp;</em><strong>Từ khóa: </strong>'
             '<a title="diễn tập" href="/news/tag/dien-tap"><em>diễn tập</em></a>, <a title="tràn dầu" href="/news/tag/tran-dau"><em>tràn dầu</em></a>, <a title="Côn Đảo" href="/news/tag/con-dao"><em>Côn Đảo</em></a></div></div></div>')
    p.append('<div class="news_column panel panel-default"><div class="panel-body"><form id="form3B" action=""><div class="h5 clearfix"><p id="stringrating">Tổng số điểm của bài viết là: %d trong %d đánh giá</p>'
             '<div id="star1"><input class="hover-star" type="radio" value="1" title="Bài viết rất kém" /><input class="hover-star" type="radio" value="2" title="Bài viết kém" />'
             '<input class="hover-star" type="radio" value="3" title="Bài viết đạt" /><input class="hover-star" type="radio" value="4" title="Bài viết tốt" /><input class="hover-star" type="radio" value="5" title="Bài viết rất tốt" />'
             '<span id="hover-test" style="margin: 0 0 0 20px;">Click để đánh giá bài viết</span></div></div></form></div></div>' % (rng.randint(10, 40), rng.randint(3, 9)))
    p.append('<div class="news_column panel panel-default"><div class="panel-body other-news"><p class="h3"><strong>Những tin mới hơn</strong></p><div class="clearfix"><ul class="detail-related related list-none list-items">'
             + ''.join('<li><em class="fa fa-angle-right">&nbsp;</em><a href="/news/hoat-dong-dia-phuong/%s-%d.html" title="%s"><h4>%s</h4></a><em>(%s)</em></li>' % (slug(t)[:40], 1463 + i, att(t), esc(t), dmy(dd)) for i, (t, dd) in enumerate(newer))
             + '</ul></div><p class="h3"><strong>Những tin cũ hơn</strong></p><div class="clearfix"><ul class="detail-related related list-none list-items">'
             + ''.join('<li><em class="fa fa-angle-right">&nbsp;</em><a href="/news/hoat-dong-dia-phuong/%s-%d.html" title="%s"><h4>%s</h4></a><em>(%s)</em></li>' % (slug(t)[:40], 1461 - i, att(t), esc(t), dmy(dd)) for i, (t, dd) in enumerate(older))
             + '</ul></div></div></div>')
    p.append('</div><div class="col-md-6">')
    p.append('<div class="panel panel-primary"><div class="panel-heading">Lịch tàu, chuyến bay</div><div class="panel-body"><p>Tàu cao tốc Vũng Tàu - Côn Đảo: khởi hành 08:00 hằng ngày</p><p>Tàu cao tốc Trần Đề - Côn Đảo: khởi hành 08:00 và 13:00</p></div></div>')
    p.append('<div class="panel panel-primary"><div class="panel-heading">Tin xem nhiều</div><div class="panel-body"><ul>' + ''.join('<li><a href="/news/%s.html">%s</a></li>' % (slug(t)[:40], esc(t)) for t in pick(rng, HEADLINES, 6)) + '</ul></div></div>')
    p.append(counter_block(rng, '<div class="panel panel-primary"><div class="panel-heading">Thống kê truy cập</div><div class="panel-body"><ul class="counter list-none display-table"><li><span><em class="fa fa-bolt fa-lg fa-horizon"></em>Đang truy cập</span><span>{online}</span></li><li><span><em class="fa fa-filter fa-lg fa-horizon margin-top-lg"></em>Hôm nay</span><span>{today}</span></li><li><span><em class="fa fa-bar-chart fa-lg fa-horizon"></em>Tổng lượt truy cập</span><span>{total}</span></li></ul></div></div>'))
    p.append('</div></div></div></section>')
    p.append('        <footer id="footer"><div class="wraper"><div class="container"><div class="row"><div class="col-xs-24 col-sm-24 col-md-12"><div class="panel-body">'
             '<h3>ỦY BAN NHÂN DÂN ĐẶC KHU CÔN ĐẢO</h3><ul class="company_info"><li class="company_name"><span>Cổng thông tin điện tử đặc khu Côn Đảo</span></li>'
             '<li><em class="fa fa-map-marker"></em><span>Địa chỉ: Số 28 Tôn Đức Thắng, đặc khu Côn Đảo, Thành phố Hồ Chí Minh</span></li><li><em class="fa fa-phone"></em><span>Điện thoại: 0254.3830.xxx</span></li>'
             '<li><em class="fa fa-envelope"></em><span>Email: ubnd.condao@tphcm.gov.vn</span></li></ul></div></div>'
             '<div class="col-xs-24 col-sm-24 col-md-12"><div class="panel-body"><p>Chịu trách nhiệm nội dung: Chánh Văn phòng HĐND và UBND đặc khu</p><p>&copy; Bản quyền thuộc về UBND đặc khu Côn Đảo</p></div></div></div></div></div></footer>')
    p.append('    </div></div>')
    p.append(nv_script(rng))
    p.append('<script src="/themes/default/js/news.js?t=%d"></script>\n<script src="/assets/js/star-rating/jquery.rating.pack.js?t=%d"></script>' % (rng.randint(100, 999), rng.randint(100, 999)))
    p.append('</body>\n</html>')
    return '\n'.join(p)


# ---------------------------------------------------------------------------
# q19  NukeViet 4 (vendor theme), xã Phong Điền (Huế), no byline, "Nguồn tin:"
# ---------------------------------------------------------------------------
def page_q19(a, rng):
    d = pubdt(a)
    a = dict(a, site='Cổng thông tin điện tử xã Phong Điền', domain='phongdien.hue.gov.vn', theme='xa-hue')
    st = dict(
        p='<p style="text-align: justify;">{t}</p>',
        h='<p><strong>{t}</strong></p>',
        cap=lambda t, i: '<table align="center" border="0" cellpadding="1" cellspacing="1" style="width:100%%;"><tbody><tr><td><img alt="" src="/uploads/news/2026_06/day-boi-%d.jpg" style="width:100%%;" /></td></tr><tr><td style="text-align:center;"><em>%s</em></td></tr></tbody></table>' % (i, t),
        list=('<ul>', '<li>{t}</li>', '</ul>'),
        table=lambda rows: table_std(rows),
    )
    body = render(a, st)
    p = []
    p.append(nv_head(rng, a, '%s - Tin tức sự kiện - Cổng thông tin điện tử xã Phong Điền' % esc(a['title']),
                     '<meta property="article:published_time" content="%s">\n' % d.strftime('%Y-%m-%dT%H:%M:%S+07:00')))
    p.append('<style>.detail-news .news-title{font-size:22px;color:#0a4f9e;font-weight:700}.detail-news .meta{color:#888}.source-news{text-align:right;font-style:italic}'
             '.box-comment .cmt-item{border-bottom:1px dashed #ddd;padding:6px 0}</style>')
    p.append('</head>\n<body>')
    p.append('<div id="wrapper">')
    p.append('<div class="header-top"><div class="container"><div class="pull-left"><i class="fa fa-calendar"></i> Chủ nhật, 22/11/2026 | 06:%02d</div>'
             '<div class="pull-right"><a href="/users/login/">Đăng nhập</a> | <a href="/contact/">Liên hệ</a> | <a href="/siteterms/">Điều khoản sử dụng</a></div></div></div>' % rng.randint(0, 59))
    p.append('<div class="header-banner"><div class="container"><a href="/"><img src="/themes/xa-hue/images/banner-phong-dien.jpg" alt="" /></a>'
             '<div class="banner-text"><h1>CỔNG THÔNG TIN ĐIỆN TỬ XÃ PHONG ĐIỀN</h1><p>THÀNH PHỐ HUẾ</p></div></div></div>')
    menu = ['Trang chủ', 'Giới thiệu', 'Tin tức sự kiện', 'Chính quyền', 'Văn bản', 'Dịch vụ công', 'Công khai ngân sách', 'Hỏi đáp', 'Liên hệ']
    p.append('<div class="main-menu"><div class="container"><ul class="menu-level-1">' + ''.join('<li class="%s"><a href="/%s/">%s</a></li>' % ('active' if 'Tin' in x else '', slug(x), esc(x)) for x in menu) + '</ul></div></div>')
    p.append('<div class="container page-body"><div class="row"><div class="col-md-17 col-sm-24">')
    p.append('<div class="breadcrumb-page"><a href="/">Trang chủ</a> <i class="fa fa-angle-right"></i> <a href="/news/">Tin tức</a> <i class="fa fa-angle-right"></i> <a href="/news/tin-tuc-su-kien/">Tin tức sự kiện</a></div>')
    p.append('<div class="detail-news">')
    p.append('<h2 class="news-title">%s</h2>' % esc(a['title']))
    p.append('<div class="meta"><span class="time"><i class="fa fa-clock-o"></i> %s - %s %02d:%02d</span> <span class="view"><i class="fa fa-eye"></i> %d</span></div>' % (WD_NV[d.weekday()], dmy(d), d.hour, d.minute, rng.randint(150, 900)))
    p.append('<div class="sapo"><strong>%s</strong></div>' % esc(a['lead']))
    p.append('<div class="content-news" id="news-bodyhtml">%s</div>' % body)
    p.append('<div class="source-news"><strong>Nguồn tin: </strong>Văn phòng HĐND và UBND xã</div>')
    p.append('<div class="tool-news"><a href="/print/tin-tuc-su-kien/738.html" rel="nofollow"><i class="fa fa-print"></i> In bài</a> <a href="/sendmail/tin-tuc-su-kien/738.html" rel="nofollow"><i class="fa fa-envelope"></i> Gửi email</a> '
             '<a href="https://www.facebook.com/sharer/sharer.php?u=%s"><i class="fa fa-facebook"></i> Chia sẻ</a></div>' % att(a['url']))
    p.append('</div>')
    p.append('<div class="box-comment"><h3>Ý kiến bạn đọc</h3>')
    for name, txt, cd in [('Lê Thị Hoa', 'Chương trình rất ý nghĩa, mong xã tổ chức thêm các lớp vào dịp hè năm sau.', '27/06/2026 09:12'),
                          ('Trần Minh Quân', 'Cho hỏi trẻ ở thôn Vĩnh Nguyên đăng ký ở đâu ạ?', '27/06/2026 20:45')]:
        p.append('<div class="cmt-item"><p class="cmt-name"><b>%s</b> <span>%s</span></p><p>%s</p></div>' % (esc(name), cd, esc(txt)))
    p.append('<form class="cmt-form"><textarea placeholder="Nội dung ý kiến"></textarea><input type="text" placeholder="Họ tên" /><input type="text" placeholder="Email" /><button type="button">Gửi ý kiến</button></form></div>')
    p.append('<div class="other-news"><h3>Các tin khác</h3><ul>' + ''.join('<li><a href="/news/tin-tuc-su-kien/%s-%d.html">%s</a> <span>%s</span></li>' % (slug(t)[:40], rng.randint(600, 737), esc(t), dmy(dd)) for t, dd in dated(rng, 8, dt.date(2026, 5, 1), dt.date(2026, 6, 26))) + '</ul></div>')
    p.append('</div><div class="col-md-7 col-sm-24">')
    p.append('<div class="block"><div class="block-title">Thông báo</div><ul>' + ''.join('<li><a href="/news/thong-bao/%d.html">%s</a><span class="date">%s</span></li>' % (rng.randint(100, 700), esc(t), dmy(dd)) for t, dd in dated(rng, 5, dt.date(2026, 9, 1), dt.date(2026, 11, 20))) + '</ul></div>')
    p.append('<div class="block"><div class="block-title">Video</div><div class="video-box"><video controls preload="none" poster="/uploads/video/poster.jpg"><source src="/uploads/video/gioi-thieu-phong-dien.mp4" type="video/mp4" />Trình duyệt của bạn không hỗ trợ phát video.</video><p>Giới thiệu xã Phong Điền</p></div></div>')
    p.append('<div class="block"><div class="block-title">Liên kết</div><select onchange="window.open(this.value)"><option>-- Liên kết website --</option><option value="https://hue.gov.vn">Cổng TTĐT thành phố Huế</option><option value="https://dichvucong.hue.gov.vn">Dịch vụ công Huế</option></select></div>')
    p.append(counter_block(rng, '<div class="block"><div class="block-title">Thống kê truy cập</div><p>Đang truy cập: {online}</p><p>Hôm nay: {today}</p><p>Tổng lượt truy cập: {total}</p></div>'))
    p.append('</div></div></div>')
    p.append('<div class="footer"><div class="container"><p><strong>CỔNG THÔNG TIN ĐIỆN TỬ XÃ PHONG ĐIỀN</strong></p><p>Cơ quan chủ quản: Ủy ban nhân dân xã Phong Điền, thành phố Huế</p>'
             '<p>Địa chỉ: Số 02 Phò Trạch, xã Phong Điền, thành phố Huế - Điện thoại: 0234.3551.xxx</p><p>Chịu trách nhiệm: Chủ tịch UBND xã Phong Điền</p></div></div>')
    p.append('</div>')
    p.append(nv_script(rng))
    p.append('</body>\n</html>')
    return '\n'.join(p)

# ---------------------------------------------------------------------------
# q08  custom ASP.NET WebForms, table layout, Sở Tư pháp Ninh Bình, big page;
#      the only date is under the byline: "(24/07/2025)"
# ---------------------------------------------------------------------------
TTHC_TP = ['Đăng ký khai sinh', 'Đăng ký kết hôn', 'Đăng ký nhận cha, mẹ, con', 'Đăng ký khai sinh kết hợp nhận cha, mẹ, con', 'Đăng ký khai tử',
           'Đăng ký khai sinh có yếu tố nước ngoài', 'Đăng ký kết hôn có yếu tố nước ngoài', 'Đăng ký giám hộ', 'Đăng ký chấm dứt giám hộ',
           'Thay đổi, cải chính, bổ sung thông tin hộ tịch', 'Cấp Giấy xác nhận tình trạng hôn nhân', 'Đăng ký lại khai sinh', 'Đăng ký lại kết hôn',
           'Đăng ký lại khai tử', 'Cấp bản sao trích lục hộ tịch', 'Chứng thực bản sao từ bản chính', 'Chứng thực chữ ký', 'Chứng thực hợp đồng, giao dịch',
           'Chứng thực việc sửa đổi, bổ sung hợp đồng', 'Cấp Phiếu lý lịch tư pháp', 'Đăng ký hành nghề công chứng', 'Cấp thẻ công chứng viên',
           'Thành lập Văn phòng công chứng', 'Đăng ký hoạt động Văn phòng công chứng', 'Cấp Giấy đăng ký hoạt động của tổ chức hành nghề luật sư',
           'Đăng ký hoạt động của Trung tâm hòa giải thương mại', 'Cấp thẻ tư vấn viên pháp luật', 'Đăng ký hành nghề thừa phát lại',
           'Yêu cầu bồi thường tại cơ quan trực tiếp quản lý người thi hành công vụ', 'Công nhận tuyên truyền viên pháp luật', 'Thực hiện hỗ trợ khi hòa giải viên gặp tai nạn',
           'Cấp giấy chứng nhận đăng ký hoạt động của tổ chức giám định tư pháp', 'Bổ nhiệm giám định viên tư pháp', 'Cấp chứng chỉ hành nghề quản tài viên',
           'Trợ giúp pháp lý cho người được trợ giúp pháp lý', 'Đăng ký tham gia trợ giúp pháp lý']


def page_q08(a, rng):
    d = pubdt(a)
    st = dict(
        p='<p align="justify">{t}</p>',
        h='<p align="justify"><b>{t}</b></p>',
        cap=lambda t, i: '<p align="center"><img src="/Upload/TinTuc/2025/07/ho-tich-%d.jpg" width="550" border="0" /><br /><i>%s</i></p>' % (i, t),
        list=('<ul>', '<li><p align="justify">{t}</p></li>', '</ul>'),
        table=lambda rows: table_std(rows, head=False, attrs=' border="1" cellpadding="3" cellspacing="0" width="100%"'),
    )
    body = render(a, st)
    others = dated(rng, 10, dt.date(2025, 7, 2), dt.date(2025, 7, 23))
    p = []
    p.append('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">')
    p.append('<html xmlns="http://www.w3.org/1999/xhtml">\n<head id="ctl00_Head1"><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><title>')
    p.append('\tSở Tư pháp tỉnh Ninh Bình :: Tin tức - Sự kiện :: %s\n</title>' % esc(a['title']))
    p.append('<link href="/App_Themes/STP/style.css" type="text/css" rel="stylesheet" /><link href="/App_Themes/STP/menu.css" type="text/css" rel="stylesheet" />')
    p.append('<style type="text/css">.tieude{font:bold 17px Tahoma;color:#b00000}.tomtat{font:bold 13px Tahoma}.noidung p{font:13px/20px Tahoma}.ngaythang{font:11px Tahoma;color:#666}'
             '.menutrai a{display:block;padding:3px 0;border-bottom:1px dotted #ccc}.tinkhac a{font:12px Tahoma}</style>')
    p.append('<script type="text/javascript" src="/js/jquery-1.4.2.min.js"></script><script type="text/javascript" src="/js/ddsmoothmenu.js"></script>')
    p.append('</head>\n<body leftmargin="0" topmargin="0" bgcolor="#e8eef5">')
    p.append('<form name="aspnetForm" method="post" action="ChiTietTin.aspx?MaTin=9342&amp;MaDM=12" id="aspnetForm">')
    p.append('<div>\n<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />\n<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />')
    p.append('<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="@@FILL@@" />\n</div>')
    p.append('<script type="text/javascript">\n//<![CDATA[\nvar theForm = document.forms[\'aspnetForm\'];\nif (!theForm) {\n    theForm = document.aspnetForm;\n}\nfunction __doPostBack(eventTarget, eventArgument) {\n'
             '    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {\n        theForm.__EVENTTARGET.value = eventTarget;\n        theForm.__EVENTARGUMENT.value = eventArgument;\n        theForm.submit();\n    }\n}\n//]]>\n</script>')
    p.append('<script src="/WebResource.axd?d=%s&amp;t=637%012d" type="text/javascript"></script>' % (alnum(rng, 88), rng.randint(0, 10**12 - 1)))
    p.append('<div>\n<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="%s" />\n<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="%s" />\n</div>' % (hexid(rng, 8).upper(), vs(rng, 1200)))
    p.append('<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">')
    p.append('<tr><td colspan="3"><img src="/images/banner_stp.jpg" width="1000" height="150" alt="SỞ TƯ PHÁP TỈNH NINH BÌNH" /></td></tr>')
    p.append('<tr><td colspan="3" class="menungang" height="32" bgcolor="#0a4f8c"><table width="100%" cellpadding="0" cellspacing="0"><tr>'
             '<td><div id="smoothmenu1" class="ddsmoothmenu"><ul>' + ''.join('<li><a href="/DanhMuc.aspx?MaDM=%d">%s</a></li>' % (i + 1, esc(x)) for i, x in enumerate(
                 ['Trang chủ', 'Giới thiệu', 'Tin tức - Sự kiện', 'Văn bản pháp luật', 'Thủ tục hành chính', 'Phổ biến giáo dục pháp luật', 'Hỏi đáp pháp luật', 'Liên hệ'])) + '</ul></div></td>'
             '<td align="right" class="ngaythang" style="color:#fff">Chủ nhật, ngày 22/11/2026&nbsp;&nbsp;</td></tr></table></td></tr>')
    p.append('<tr><td colspan="3" height="30" style="background:#f3f6fa"><marquee scrollamount="2" onmouseover="this.stop()" onmouseout="this.start()">Sở Tư pháp tỉnh Ninh Bình - Đồng hành cùng chính quyền cơ sở trong thực hiện thủ tục hành chính</marquee></td></tr>')
    p.append('<tr><td width="200" valign="top" class="cotrai">')
    p.append('<table width="100%" cellpadding="0" cellspacing="0"><tr><td class="tieudebox">THỦ TỤC HÀNH CHÍNH</td></tr><tr><td class="menutrai">'
             + ''.join('<a href="/TTHC.aspx?id=%d">%s</a>' % (200 + i, esc(x)) for i, x in enumerate(TTHC_TP)) + '</td></tr></table>')
    p.append('<table width="100%" cellpadding="0" cellspacing="0"><tr><td class="tieudebox">ĐƠN VỊ TRỰC THUỘC</td></tr><tr><td class="menutrai">'
             '<a href="/DonVi.aspx?id=1">Trung tâm Trợ giúp pháp lý nhà nước</a><a href="/DonVi.aspx?id=2">Phòng Công chứng số 1</a><a href="/DonVi.aspx?id=3">Phòng Công chứng số 2</a>'
             '<a href="/DonVi.aspx?id=4">Trung tâm Dịch vụ đấu giá tài sản</a></td></tr></table>')
    p.append('</td><td width="560" valign="top" class="cotgiua" style="padding:8px">')
    p.append('<table width="100%" cellpadding="0" cellspacing="0"><tr><td class="duongdan"><a href="/">Trang chủ</a> &gt; <a href="/DanhMuc.aspx?MaDM=12">Tin tức - Sự kiện</a> &gt; <a href="/DanhMuc.aspx?MaDM=12">Hộ tịch - Chứng thực</a></td></tr>')
    p.append('<tr><td style="padding-top:8px"><span id="ctl00_cphMain_lblTieuDe" class="tieude">%s</span></td></tr>' % esc(a['title']))
    p.append('<tr><td style="padding-top:6px"><span id="ctl00_cphMain_lblTomTat" class="tomtat">%s</span></td></tr>' % esc(a['lead']))
    p.append('<tr><td class="noidung" style="padding-top:6px"><span id="ctl00_cphMain_lblNoiDung">%s</span></td></tr>' % body)
    p.append('<tr><td align="right" style="padding:6px 0"><b><span id="ctl00_cphMain_lblTacGia">Nguyễn Thị Mai Phương</span></b><br /><span id="ctl00_cphMain_lblNgayDang" class="ngaythang">(%s)</span></td></tr>' % dmy(d))
    p.append('<tr><td align="right"><a href="javascript:window.print()"><img src="/images/print.gif" border="0" alt="" /> In trang</a> &nbsp; <a href="mailto:?subject=Tin%20tu%20So%20Tu%20phap"><img src="/images/email.gif" border="0" alt="" /> Gửi email</a> &nbsp; <a href="javascript:history.back()">Quay lại</a></td></tr>')
    p.append('<tr><td class="tinkhac" style="padding-top:10px"><b>CÁC TIN KHÁC:</b><br />' + ''.join(
        '<img src="/images/bullet.gif" alt="" /> <a href="ChiTietTin.aspx?MaTin=%d&amp;MaDM=12">%s</a> <span class="ngaythang">(%s)</span><br />' % (9341 - i, esc(t), dmy(dd)) for i, (t, dd) in enumerate(others)) + '</td></tr>')
    p.append('</table>')
    p.append('</td><td width="240" valign="top" class="cotphai">')
    p.append('<table width="100%" cellpadding="0" cellspacing="0"><tr><td class="tieudebox">TÌM KIẾM</td></tr><tr><td><input name="ctl00$txtTimKiem" type="text" id="ctl00_txtTimKiem" style="width:150px" /> '
             '<input type="submit" name="ctl00$btnTim" value="Tìm" id="ctl00_btnTim" /></td></tr></table>')
    p.append('<table width="100%" cellpadding="0" cellspacing="0"><tr><td class="tieudebox">VĂN BẢN MỚI</td></tr>' + ''.join(
        '<tr><td style="border-bottom:1px dotted #ccc"><a href="/VanBan.aspx?so=%s"><b>%s</b></a><br />%s<br /><span class="ngaythang">Ngày ban hành: %s</span></td></tr>' % (att(so), esc(so), esc(ty), dmy(dd)) for so, ty, dd in docs(rng, 8, dt.date(2025, 6, 1), dt.date(2025, 7, 23))) + '</table>')
    p.append('<table width="100%" cellpadding="0" cellspacing="0"><tr><td class="tieudebox">HỎI ĐÁP PHÁP LUẬT</td></tr>' + ''.join(
        '<tr><td><a href="/HoiDap.aspx?id=%d">%s</a></td></tr>' % (rng.randint(100, 999), esc(q)) for q in ['Thủ tục đăng ký khai sinh cho trẻ sinh ra ở nước ngoài?', 'Chứng thực bản sao điện tử thực hiện ở đâu?',
                                                                                                     'Đăng ký kết hôn sau ngày 01/7/2025 nộp hồ sơ tại đâu?', 'Cấp lại trích lục khai sinh khi sổ gốc bị mất?']) + '</table>')
    p.append('<table width="100%" cellpadding="0" cellspacing="0"><tr><td class="tieudebox">LIÊN KẾT WEBSITE</td></tr><tr><td><select onchange="window.open(this.value)" style="width:220px"><option>--- Chọn liên kết ---</option>'
             + ''.join('<option value="https://%s">Cổng TTĐT %s</option>' % (dom, esc(n)) for n, dom in PROVINCES) + '<option value="https://moj.gov.vn">Bộ Tư pháp</option></select></td></tr></table>')
    p.append(counter_block(rng, '<table width="100%" cellpadding="0" cellspacing="0"><tr><td class="tieudebox">THỐNG KÊ TRUY CẬP</td></tr><tr><td>Đang online: {online}<br />Hôm nay: {today}<br />Tổng số: {total}</td></tr></table>'))
    p.append('</td></tr>')
    p.append('<tr><td colspan="3" class="footer" align="center" bgcolor="#0a4f8c" style="color:#fff;padding:10px">'
             '<b>SỞ TƯ PHÁP TỈNH NINH BÌNH</b><br />Địa chỉ: Đường Lê Hồng Phong, phường Hoa Lư, tỉnh Ninh Bình - Điện thoại: 0229.3871.xxx<br />'
             'Chịu trách nhiệm chính: Giám đốc Sở Tư pháp<br />Ghi rõ nguồn "Sở Tư pháp tỉnh Ninh Bình" khi phát hành lại thông tin từ website này.</td></tr>')
    p.append('</table>')
    p.append('</form>\n</body>\n</html>')
    page = '\n'.join(p)
    return fit(page, rng.randint(130000, 160000), lambda n: vs(rng, n))


# ---------------------------------------------------------------------------
# q12  frozen former-district portal (huyện Nghĩa Hưng cũ), legacy ASP.NET,
#      no charset in the HTTP header, "Cập nhật lúc … ngày …", byline "PV"
# ---------------------------------------------------------------------------
def page_q12(a, rng):
    d = pubdt(a)
    st = dict(
        p='<p style="text-align: justify">&nbsp;&nbsp;&nbsp; {t}</p>',
        h='<p><b>{t}</b></p>',
        cap=lambda t, i: '<center><img src="/UserFiles/Image/2025/thang7/hcc-%d.jpg" width="500" /><br /><font size="2"><i>%s</i></font></center>' % (i, t),
        list=('<ul>', '<li>{t}</li>', '</ul>'),
        table=lambda rows: table_std(rows, head=False, attrs=' border="1"'),
    )
    body = render(a, st)
    p = []
    p.append('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />\n<meta http-equiv="Content-Language" content="vi" />')
    p.append('<title>UBND huyện Nghĩa Hưng - Tin tức - %s</title>' % esc(a['title']))
    p.append('<link rel="stylesheet" type="text/css" href="/css/nghiahung.css" />')
    p.append('<style>.thongbao-dung{background:#fff3cd;border:1px solid #e0b400;padding:8px 12px;margin:6px auto;width:980px;font:bold 13px Arial;color:#7a4f00}'
             '.title-detail{font:bold 18px Arial;color:#003399}.date-detail{font:italic 12px Arial;color:#777}</style>')
    p.append('</head>\n<body>')
    p.append('<form name="form1" method="post" action="chi-tiet.aspx?id=10255" id="form1">')
    p.append('<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="%s" />' % vs(rng, 1900))
    p.append('<div class="thongbao-dung">THÔNG BÁO: Thực hiện sắp xếp đơn vị hành chính, Trang thông tin điện tử huyện Nghĩa Hưng dừng cập nhật thông tin từ ngày 15/8/2025. '
             'Thông tin mới về các xã Nghĩa Hưng, Nghĩa Sơn, Rạng Đông, Quỹ Nhất, Đồng Thịnh, Nghĩa Lâm, Hồng Phong đề nghị truy cập '
             '<a href="https://ninhbinh.gov.vn">Cổng Thông tin điện tử tỉnh Ninh Bình</a>.</div>')
    p.append('<table width="1000" align="center" cellpadding="0" cellspacing="0" class="khung">')
    p.append('<tr><td><div class="banner"><img src="/images/banner-nghiahung.jpg" alt="UBND HUYỆN NGHĨA HƯNG" width="1000" height="130" /></div></td></tr>')
    p.append('<tr><td class="thanh-menu"><table width="100%"><tr><td><a href="/">Trang chủ</a> | <a href="/gioi-thieu.aspx">Giới thiệu</a> | <a href="/tin-tuc.aspx">Tin tức</a> | '
             '<a href="/van-ban.aspx">Văn bản</a> | <a href="/thu-tuc.aspx">Thủ tục hành chính</a> | <a href="/lien-he.aspx">Liên hệ</a></td>'
             '<td align="right"><font color="#ffffff">Chủ nhật, 22/11/2026</font></td></tr></table></td></tr>')
    p.append('<tr><td><table width="100%" cellpadding="4" cellspacing="0"><tr><td width="700" valign="top">')
    p.append('<div class="duong-dan"><a href="/">Trang chủ</a> » <a href="/tin-tuc.aspx?cm=2">Tin trong huyện</a></div>')
    p.append('<div class="chuyen-muc">TIN TRONG HUYỆN</div>')
    p.append('<h3 class="title-detail">%s</h3>' % esc(a['title']))
    p.append('<div class="date-detail">Cập nhật lúc %02d:%02d ngày %s</div>' % (d.hour, d.minute, dmy(d)))
    p.append('<div class="content-detail">%s</div>' % body)
    p.append('<div align="right"><b>PV</b></div>')
    p.append('<div class="cong-cu"><a href="javascript:window.print()">[In trang]</a> <a href="javascript:history.back()">[Quay lại]</a></div>')
    p.append('<div class="tin-da-dua"><b>Tin đã đưa:</b><ul>' + ''.join('<li><a href="chi-tiet.aspx?id=%d">%s</a> <font color="#999">(%s)</font></li>' % (10254 - i, esc(t), dmy(dd)) for i, (t, dd) in enumerate(dated(rng, 8, dt.date(2025, 6, 10), dt.date(2025, 7, 2)))) + '</ul></div>')
    p.append('</td><td width="300" valign="top" class="cot-phai">')
    p.append('<div class="box"><div class="box-title">VĂN BẢN MỚI</div><ul>' + ''.join('<li><a href="/van-ban.aspx?so=%s">%s</a> - %s (%s)</li>' % (att(so), esc(so), esc(ty), dmy(dd)) for so, ty, dd in docs(rng, 6, dt.date(2025, 5, 1), dt.date(2025, 8, 14))) + '</ul></div>')
    p.append('<div class="box"><div class="box-title">LỊCH CÔNG TÁC</div><p>Lịch công tác tuần 33 năm 2025 (từ 11/8/2025 đến 15/8/2025)</p></div>')
    p.append('<div class="box"><div class="box-title">LIÊN KẾT</div><ul><li><a href="http://namdinh.gov.vn">Cổng TTĐT tỉnh Nam Định (cũ)</a></li><li><a href="https://ninhbinh.gov.vn">Cổng TTĐT tỉnh Ninh Bình</a></li></ul></div>')
    p.append(counter_block(rng, '<div class="box"><div class="box-title">THỐNG KÊ</div><p>Đang truy cập: {online}</p><p>Hôm nay: {today}</p><p>Tổng: {total}</p></div>'))
    p.append('</td></tr></table></td></tr>')
    p.append('<tr><td class="footer" align="center">BẢN QUYỀN THUỘC UBND HUYỆN NGHĨA HƯNG<br />Địa chỉ: Thị trấn Liễu Đề, huyện Nghĩa Hưng, tỉnh Nam Định (cũ)<br />'
             'Giấy phép số 12/GP-STTTT ngày 20/3/2018 của Sở Thông tin và Truyền thông tỉnh Nam Định</td></tr>')
    p.append('</table>\n</form>\n</body>\n</html>')
    return '\n'.join(p)

# ---------------------------------------------------------------------------
# q09  SharePoint Tân Dân, xã Tân Lập (Phú Thọ) sub-site, "3:40 CH",
#      byline is a unit only
# ---------------------------------------------------------------------------
def page_q09(a, rng):
    d = pubdt(a)
    st = dict(
        p='<p style="text-align: justify;">{t}</p>',
        h='<p style="text-align: justify;"><strong><em>{t}</em></strong></p>',
        cap=lambda t, i: '<div class="tandan-img-caption" style="text-align: center;"><img src="/xatanlap/PublishingImages/2025/T8/cong-nghe-so-%d.jpg" alt="" style="width: 620px;" /><p class="image_desc">%s</p></div>' % (i, t),
        list=('<ul>', '<li>{t}</li>', '</ul>'),
        table=lambda rows: table_std(rows, 'ms-rteTable-default'),
    )
    body = render(a, st)
    hour12 = d.hour % 12 or 12
    shown = '%s %d:%02d %s' % (dmy(d), hour12, d.minute, 'SA' if d.hour < 12 else 'CH')
    p = []
    p.append('<!DOCTYPE html>\n<html dir="ltr" lang="vi-VN">\n<head><meta http-equiv="X-UA-Compatible" content="IE=Edge" /><meta name="GENERATOR" content="Microsoft SharePoint" />'
             '<meta http-equiv="Content-type" content="text/html; charset=utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1" />')
    p.append('<title>\r\n\t%s\r\n</title>' % esc(a['title']))
    p.append('<link rel="stylesheet" type="text/css" href="/_layouts/15/1066/styles/Themable/corev15.css?rev=2a4Jmqz%2BDkeKPDrGcU5Q%3D%3DTAG0"/>')
    p.append('<link rel="stylesheet" type="text/css" href="/Style%20Library/TanDan/SubSite/css/xa-v2.css?v=2025.7"/>')
    p.append('<script type="text/javascript" src="/_layouts/15/init.js?rev=ZY1ZD6vVXaB3y%2BkOdb9Xpg%3D%3DTAG0"></script>')
    p.append('<style>.tandan-newsdetail-title{font-size:21px;color:#1d4f91;line-height:1.35}.tandan-newsdetail-date{color:#8a8a8a;font-size:12px}'
             '.tandan-newsdetail-sapo{font-weight:bold}.tandan-newsdetail-author{text-align:right;font-weight:bold;margin:12px 0}.image_desc{font-style:italic;color:#555}</style>')
    p.append('</head>\n<body>')
    p.append('<form method="post" action="./tin-tuc-chi-tiet.aspx?ItemID=214&amp;l=TinTucSuKien" id="aspnetForm">')
    p.append('<div class="aspNetHidden"><input type="hidden" name="__REQUESTDIGEST" id="__REQUESTDIGEST" value="0x%s,22 Nov 2026 02:%02d:%02d -0000" />' % (hexid(rng, 128).upper(), rng.randint(0, 59), rng.randint(0, 59)))
    p.append('<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="%s" /></div>' % vs(rng, 2400))
    p.append('<div id="s4-workspace"><div id="s4-bodyContainer">')
    p.append('<div class="tandan-xa-top"><div class="container"><div class="pull-left">Hôm nay: Chủ nhật, ngày 22/11/2026</div>'
             '<div class="pull-right"><a href="https://phutho.gov.vn">Cổng TTĐT tỉnh Phú Thọ</a> | <a href="/_layouts/15/Authenticate.aspx">Đăng nhập</a></div></div></div>')
    p.append('<div class="tandan-xa-banner"><div class="container"><img src="/Style%20Library/TanDan/SubSite/images/quoc-huy.png" alt="" />'
             '<div class="banner-text"><div class="b1">TRANG THÔNG TIN ĐIỆN TỬ</div><div class="b2">XÃ TÂN LẬP - TỈNH PHÚ THỌ</div></div></div></div>')
    menu = ['Trang chủ', 'Giới thiệu', 'Tin tức - Sự kiện', 'Chính quyền', 'Văn bản', 'Thủ tục hành chính', 'Công khai', 'Hỏi đáp']
    p.append('<div class="tandan-xa-menu"><div class="container"><ul>' + ''.join('<li><a href="/xatanlap/Pages/%s.aspx">%s</a></li>' % (slug(x), esc(x)) for x in menu) + '</ul>'
             '<div class="tandan-xa-search"><input type="text" placeholder="Tìm kiếm" /><a href="javascript:void(0)">Tìm</a></div></div></div>')
    p.append('<div class="container"><div class="row"><div class="col-md-9">')
    p.append('<div class="tandan-breadcrumb"><a href="/xatanlap">Trang chủ</a> / <a href="/xatanlap/Pages/tin-tuc-su-kien.aspx">Tin tức - Sự kiện</a></div>')
    p.append('<div class="tandan-newsdetail">')
    p.append('<h1 class="tandan-newsdetail-title">%s</h1>' % esc(a['title']))
    p.append('<div class="tandan-newsdetail-date"><i class="fa fa-clock-o"></i> %s</div>' % shown)
    p.append('<div class="tandan-newsdetail-sapo">%s</div>' % esc(a['lead']))
    p.append('<div class="ms-rtestate-field tandan-newsdetail-content">%s</div>' % body)
    p.append('<div class="tandan-newsdetail-author">Văn phòng HĐND và UBND xã Tân Lập</div>')
    p.append('<div class="tandan-newsdetail-tools"><a href="javascript:window.print()">In</a> | <a href="javascript:history.back()">Quay lại</a></div>')
    p.append('</div>')
    p.append('<div class="tandan-newsdetail-other"><h4>Tin khác</h4><ul>' + ''.join('<li><a href="tin-tuc-chi-tiet.aspx?ItemID=%d&amp;l=TinTucSuKien">%s</a> <span>%s %d:%02d %s</span></li>'
             % (213 - i, esc(t), dmy(dd), rng.randint(1, 11), rng.randint(0, 59), rng.choice(['SA', 'CH'])) for i, (t, dd) in enumerate(dated(rng, 8, dt.date(2025, 7, 2), dt.date(2025, 8, 18)))) + '</ul></div>')
    p.append('</div><div class="col-md-3">')
    p.append('<div class="tandan-xa-box"><h4>Lãnh đạo xã</h4><ul><li>Bí thư Đảng ủy xã</li><li>Chủ tịch HĐND xã</li><li>Chủ tịch UBND xã: Hà Văn Thắng</li></ul></div>')
    p.append('<div class="tandan-xa-box"><h4>Thông báo</h4><ul>' + ''.join('<li><a href="#">%s</a> <span>%s</span></li>' % (esc(t), dmy(dd)) for t, dd in dated(rng, 5, dt.date(2026, 8, 1), dt.date(2026, 11, 21))) + '</ul></div>')
    p.append(counter_block(rng, '<div class="tandan-xa-box"><h4>Thống kê truy cập</h4><p>Đang truy cập: {online}</p><p>Hôm nay: {today}</p><p>Tổng: {total}</p></div>'))
    p.append('</div></div></div>')
    p.append('<div class="tandan-xa-footer"><div class="container"><p>TRANG THÔNG TIN ĐIỆN TỬ XÃ TÂN LẬP</p><p>Cơ quan chủ quản: UBND xã Tân Lập, tỉnh Phú Thọ</p>'
             '<p>Địa chỉ: Khu trung tâm xã Tân Lập, tỉnh Phú Thọ. Điện thoại: 0210.3873.xxx</p><p>Trang thông tin điện tử thành phần của Cổng Thông tin điện tử tỉnh Phú Thọ</p></div></div>')
    p.append('</div></div>')
    p.append(ga('G-PT%s' % alnum(rng, 8).upper()))
    p.append('</form>\n</body>\n</html>')
    return '\n'.join(p)


# ---------------------------------------------------------------------------
# q10  Drupal 10 sub-site, Sở KH&CN An Giang, "Ngày tạo / Ngày sửa"
# ---------------------------------------------------------------------------
def page_q10(a, rng):
    d = pubdt(a)
    mod = dt.datetime(2026, 2, 5, 16, 3, tzinfo=TZ)
    nid = 4127
    st = dict(
        p='<p>{t}</p>',
        h='<h3>{t}</h3>',
        cap=lambda t, i: '<figure role="group" class="caption caption-img align-center"><img src="/sites/skhcn/files/inline-images/cam-bien-do-man-%d.jpg" data-entity-uuid="%s-%s" data-entity-type="file" alt="Trạm cảm biến" width="800" height="533" loading="lazy"><figcaption>%s</figcaption></figure>' % (i, hexid(rng, 8), hexid(rng, 4), t),
        list=('<ul>', '<li>{t}</li>', '</ul>'),
        table=lambda rows: table_std(rows),
    )
    body = render(a, st)
    settings = {"path": {"baseUrl": "/", "pathPrefix": "", "currentPath": "node/%d" % nid, "currentPathIsAdmin": False, "isFront": False, "currentLanguage": "vi"},
                "pluralDelimiter": "\u0003", "suppressDeprecationErrors": True, "ajaxPageState": {"libraries": "eJx1jEEOwjAMBD_k4_", "theme": "angiang_sub", "theme_token": None},
                "ajaxTrustedUrl": {"/tim-kiem": True}, "user": {"uid": 0, "permissionsHash": hexid(rng, 64)}}
    p = []
    p.append('<!DOCTYPE html>\n<html lang="vi" dir="ltr">\n  <head>\n    <meta charset="utf-8" />')
    p.append('<meta name="description" content="%s" />' % att(a['lead'][:155]))
    p.append('<link rel="canonical" href="%s" />\n<meta name="Generator" content="Drupal 10 (https://www.drupal.org)" />\n<meta name="MobileOptimized" content="width" />\n<meta name="HandheldFriendly" content="true" />' % att(a['url']))
    p.append('<meta name="viewport" content="width=device-width, initial-scale=1.0" />\n<link rel="icon" href="/themes/custom/angiang_sub/favicon.ico" type="image/vnd.microsoft.icon" />')
    p.append('    <title>%s | Sở Khoa học và Công nghệ</title>' % esc(a['title']))
    p.append('    <link rel="stylesheet" media="all" href="/sites/skhcn/files/css/css_%s.css?delta=0&amp;language=vi&amp;theme=angiang_sub&amp;include=eJxlj" />' % alnum(rng, 43))
    p.append('    <link rel="stylesheet" media="all" href="/sites/skhcn/files/css/css_%s.css?delta=1&amp;language=vi&amp;theme=angiang_sub&amp;include=eJxlj" />' % alnum(rng, 43))
    p.append('  </head>\n  <body class="path-node page-node-type-tin-tuc">')
    p.append('        <a href="#main-content" class="visually-hidden focusable skip-link">\n      Nhảy đến nội dung\n    </a>')
    p.append('    <div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>')
    p.append('<div class="layout-container">')
    p.append('<div class="portal-strip"><div class="container"><a href="https://angiang.gov.vn">Cổng Thông tin điện tử tỉnh An Giang</a><span class="portal-date">Chủ nhật, 22/11/2026</span></div></div>')
    p.append('<header role="banner"><div class="region region-header"><div id="block-angiang-sub-branding" class="block block-system block-system-branding-block">'
             '<a href="/" rel="home" class="site-logo"><img src="/themes/custom/angiang_sub/logo.svg" alt="Trang chủ" fetchpriority="high" /></a>'
             '<div class="site-name"><a href="/" rel="home">Sở Khoa học và Công nghệ tỉnh An Giang</a></div></div>'
             '<div class="search-block-form block block-search container-inline" data-drupal-selector="search-block-form" id="block-angiang-sub-search" role="search">'
             '<form action="/search/node" method="get" id="search-block-form" accept-charset="UTF-8"><div class="js-form-item form-item js-form-type-search form-type-search js-form-item-keys form-item-keys form-no-label">'
             '<label for="edit-keys" class="visually-hidden">Tìm kiếm</label><input title="Nhập từ khóa bạn cần tìm." data-drupal-selector="edit-keys" type="search" id="edit-keys" name="keys" value="" size="15" maxlength="128" class="form-search" /></div>'
             '<div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper" id="edit-actions"><input data-drupal-selector="edit-submit" type="submit" id="edit-submit" value="Tìm kiếm" class="button js-form-submit form-submit" /></div></form></div></div></header>')
    menu = [('Giới thiệu', ['Chức năng nhiệm vụ', 'Cơ cấu tổ chức', 'Lãnh đạo Sở']), ('Tin tức', ['Hoạt động KH&CN', 'Tiêu chuẩn - Đo lường - Chất lượng', 'Sở hữu trí tuệ', 'Chuyển đổi số', 'Đổi mới sáng tạo']),
            ('Nhiệm vụ KH&CN', ['Đề tài, dự án đang thực hiện', 'Kết quả nghiệm thu', 'Đặt hàng nhiệm vụ']), ('Văn bản', []), ('Thủ tục hành chính', []), ('Liên hệ', [])]
    p.append('<div class="region region-primary-menu"><nav role="navigation" aria-labelledby="block-angiang-sub-main-menu-menu" id="block-angiang-sub-main-menu" class="block block-menu navigation menu--main">'
             '<h2 class="visually-hidden" id="block-angiang-sub-main-menu-menu">Điều hướng chính</h2><ul class="menu"><li class="menu-item"><a href="/" data-drupal-link-system-path="&lt;front&gt;">Trang chủ</a></li>'
             + ''.join('<li class="menu-item%s"><a href="/%s">%s</a>%s</li>' % (' menu-item--expanded' if subs else '', slug(m), esc(m),
                       ('<ul class="menu">' + ''.join('<li class="menu-item"><a href="/%s/%s">%s</a></li>' % (slug(m), slug(s), esc(s)) for s in subs) + '</ul>') if subs else '') for m, subs in menu)
             + '</ul></nav></div>')
    p.append('<div class="region region-breadcrumb"><div id="block-angiang-sub-breadcrumbs" class="block block-system block-system-breadcrumb-block"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb">'
             '<h2 id="system-breadcrumb" class="visually-hidden">Đường dẫn</h2><ol><li><a href="/">Trang chủ</a></li><li><a href="/tin-tuc">Tin tức</a></li><li><a href="/tin-tuc/hoat-dong-khcn">Hoạt động KH&amp;CN</a></li></ol></nav></div></div>')
    p.append('<main role="main"><a id="main-content" tabindex="-1"></a><div class="layout-content"><div class="region region-content">')
    p.append('<div data-drupal-messages-fallback class="hidden"></div>')
    p.append('<div id="block-angiang-sub-page-title" class="block block-core block-page-title-block"><h1 class="page-title"><span class="field field--name-title field--type-string field--label-hidden">%s</span></h1></div>' % esc(a['title']))
    p.append('<div id="block-angiang-sub-content" class="block block-system block-system-main-block">')
    p.append('<article data-history-node-id="%d" class="node node--type-tin-tuc node--promoted node--view-mode-full">' % nid)
    p.append('<div class="node__meta"><div class="ngay-tao">Ngày tạo: %s - %02d:%02d</div><div class="ngay-sua">Ngày sửa: %s - %02d:%02d</div>'
             '<div class="luot-xem">Lượt xem: %d</div></div>' % (dmy(d), d.hour, d.minute, dmy(mod), mod.hour, mod.minute, rng.randint(100, 900)))
    p.append('<div class="node__content">')
    p.append('<div class="field field--name-field-tom-tat field--type-string-long field--label-hidden field__item">%s</div>' % esc(a['lead']))
    p.append('<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">%s' % body)
    p.append('<p style="text-align: right;"><strong>Bài, ảnh: Phạm Quốc Khánh</strong></p></div>')
    p.append('<div class="field field--name-field-tags field--type-entity-reference field--label-inline clearfix"><div class="field__label">Từ khóa</div><div class="field__items">'
             '<div class="field__item"><a href="/taxonomy/term/31" hreflang="vi">IoT</a></div><div class="field__item"><a href="/taxonomy/term/44" hreflang="vi">độ mặn</a></div><div class="field__item"><a href="/taxonomy/term/52" hreflang="vi">nghiệm thu</a></div></div></div>')
    p.append('<div class="share-links"><a href="https://www.facebook.com/sharer/sharer.php?u=%s">Chia sẻ Facebook</a> <a href="#" onclick="window.print();return false;">In trang</a></div>' % att(a['url']))
    p.append('</div></article></div>')
    p.append('<div class="views-element-container block block-views" id="block-views-block-tin-lien-quan"><h2>Tin liên quan</h2><div class="view view-tin-lien-quan"><div class="view-content"><ul>'
             + ''.join('<li><div class="views-field views-field-title"><span class="field-content"><a href="/tin-tuc/%s" hreflang="vi">%s</a></span></div><div class="views-field views-field-created"><span class="field-content">%s</span></div></li>' % (slug(t)[:50], esc(t), dmy(dd)) for t, dd in dated(rng, 6, dt.date(2025, 11, 1), dt.date(2026, 2, 1)))
             + '</ul></div></div></div>')
    p.append('</div></div>')
    p.append('<aside class="layout-sidebar-second" role="complementary"><div class="region region-sidebar-second">')
    p.append('<div class="block"><h2>Thông báo</h2><ul>' + ''.join('<li><a href="/thong-bao/%d">%s</a> <span>%s</span></li>' % (rng.randint(100, 700), esc(t), dmy(dd)) for t, dd in dated(rng, 5, dt.date(2026, 8, 1), dt.date(2026, 11, 20))) + '</ul></div>')
    p.append('<div class="block"><h2>Liên kết</h2><ul><li><a href="https://most.gov.vn">Bộ Khoa học và Công nghệ</a></li><li><a href="https://angiang.gov.vn">Cổng TTĐT tỉnh An Giang</a></li></ul></div>')
    p.append('</div></aside></main>')
    p.append('<footer role="contentinfo"><div class="region region-footer"><div class="block"><p><strong>SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH AN GIANG</strong></p>'
             '<p>Địa chỉ: Số 1 Nguyễn Văn Cưng, phường Rạch Giá, tỉnh An Giang - Điện thoại: 0297.3862.xxx</p><p>Chịu trách nhiệm nội dung: Giám đốc Sở Khoa học và Công nghệ</p></div></div></footer>')
    p.append('</div>\n    </div>')
    p.append('    <script type="application/json" data-drupal-selector="drupal-settings-json">%s</script>' % json.dumps(settings, ensure_ascii=False, separators=(',', ':')))
    p.append('<script src="/sites/skhcn/files/js/js_%s.js?scope=footer&amp;delta=0&amp;language=vi&amp;theme=angiang_sub&amp;include=eJxlj"></script>' % alnum(rng, 43))
    p.append('  </body>\n</html>')
    return '\n'.join(p)


# ---------------------------------------------------------------------------
# q18  Drupal 7 sub-site, Bộ đội Biên phòng Quảng Trị, "Gửi bởi quantri vào
#      23.09.2026", rank + name byline
# ---------------------------------------------------------------------------
def page_q18(a, rng):
    d = pubdt(a)
    nid = 2841
    st = dict(
        p='<p style="text-align: justify;">{t}</p>',
        h='<p style="text-align: justify;"><strong>{t}</strong></p>',
        cap=lambda t, i: '<div class="media media-element-container media-default"><div id="file-%d" class="file file-image file-image-jpeg"><div class="content"><img class="media-element file-default" typeof="foaf:Image" src="/sites/bdbp/files/hoc-bong-%d.jpg" width="700" height="467" alt="" /></div></div></div><p style="text-align: center;"><em>%s</em></p>' % (rng.randint(9000, 9999), i, t),
        list=('<ul>', '<li>{t}</li>', '</ul>'),
        table=lambda rows: table_std(rows),
    )
    body = render(a, st)
    p = []
    p.append('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML+RDFa 1.0//EN"\n  "http://www.w3.org/MarkUp/DTD/xhtml-rdfa-1.dtd">')
    p.append('<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="vi" version="XHTML+RDFa 1.0" dir="ltr"\n  xmlns:content="http://purl.org/rss/1.0/modules/content/"\n  xmlns:dc="http://purl.org/dc/terms/"\n  xmlns:foaf="http://xmlns.com/foaf/0.1/">')
    p.append('<head profile="http://www.w3.org/1999/xhtml/vocab">\n  <meta http-equiv="Content-Type" content="text/html; charset=utf-8" />')
    p.append('<link rel="shortcut icon" href="/sites/bdbp/themes/bienphong/favicon.ico" type="image/vnd.microsoft.icon" />\n<meta name="Generator" content="Drupal 7 (http://drupal.org)" />')
    p.append('<link rel="canonical" href="/tin-tuc/bo-doi-bien-phong-quang-tri-trao-300-suat-hoc-bong-nang-buoc-em-toi-truong" />\n<link rel="shortlink" href="/node/%d" />' % nid)
    p.append('  <title>%s | Bộ đội Biên phòng tỉnh Quảng Trị</title>' % esc(a['title']))
    p.append('  <style type="text/css" media="all">\n@import url("/modules/system/system.base.css?%s");\n@import url("/modules/system/system.menus.css?%s");\n@import url("/modules/field/theme/field.css?%s");\n@import url("/sites/bdbp/themes/bienphong/css/style.css?%s");\n</style>'
             % tuple(alnum(rng, 6).lower() for _ in range(4)))
    p.append('  <script type="text/javascript" src="/misc/jquery.js?v=1.4.4"></script>\n<script type="text/javascript" src="/misc/drupal.js?%s"></script>' % alnum(rng, 6).lower())
    p.append('<script type="text/javascript">\n<!--//--><![CDATA[//><!--\njQuery.extend(Drupal.settings, {"basePath":"\\/","pathPrefix":"","ajaxPageState":{"theme":"bienphong","theme_token":"%s"}});\n//--><!]]>\n</script>' % alnum(rng, 43))
    p.append('</head>\n<body class="html not-front not-logged-in one-sidebar sidebar-second page-node page-node- page-node-%d node-type-article">' % nid)
    p.append('  <div id="skip-link">\n    <a href="#main-content" class="element-invisible element-focusable">Nhảy tới nội dung</a>\n  </div>')
    p.append('<div id="page-wrapper"><div id="page">')
    p.append('<div id="top-bar"><div class="section clearfix"><span class="today">Chủ nhật, 22.11.2026</span><ul class="links"><li><a href="https://quangtri.gov.vn">Cổng TTĐT tỉnh Quảng Trị</a></li><li><a href="/user/login">Đăng nhập</a></li></ul></div></div>')
    p.append('<div id="header"><div class="section clearfix"><a href="/" title="Trang chủ" rel="home" id="logo"><img src="/sites/bdbp/themes/bienphong/logo.png" alt="Trang chủ" /></a>'
             '<div id="name-and-slogan"><div id="site-name"><strong><a href="/" title="Trang chủ" rel="home"><span>BỘ ĐỘI BIÊN PHÒNG TỈNH QUẢNG TRỊ</span></a></strong></div><div id="site-slogan">Đồn là nhà, biên giới là quê hương, đồng bào các dân tộc là anh em ruột thịt</div></div>'
             '<div class="region region-header"><div id="block-search-form" class="block block-search"><div class="content"><form action="/tin-tuc" method="post" id="search-block-form" accept-charset="UTF-8"><div><div class="container-inline">'
             '<h2 class="element-invisible">Search form</h2><div class="form-item form-type-textfield form-item-search-block-form"><label class="element-invisible" for="edit-search-block-form--2">Tìm kiếm </label>'
             '<input title="Enter the terms you wish to search for." type="text" id="edit-search-block-form--2" name="search_block_form" value="" size="15" maxlength="128" class="form-text" /></div>'
             '<div class="form-actions form-wrapper" id="edit-actions"><input type="submit" id="edit-submit" name="op" value="Tìm kiếm" class="form-submit" /></div>'
             '<input type="hidden" name="form_build_id" value="form-%s" /><input type="hidden" name="form_id" value="search_block_form" /></div></div></form></div></div></div></div></div>' % alnum(rng, 43))
    menu = ['Trang chủ', 'Giới thiệu', 'Tin tức', 'Biên giới - Biển đảo', 'Phòng chống tội phạm', 'Dân vận', 'Văn bản', 'Thư viện ảnh', 'Liên hệ']
    p.append('<div id="navigation"><div class="section"><ul id="main-menu" class="links inline clearfix">' + ''.join('<li class="menu-%d%s"><a href="/%s">%s</a></li>' % (200 + i, ' first' if i == 0 else (' last' if i == len(menu) - 1 else ''), slug(x), esc(x)) for i, x in enumerate(menu)) + '</ul></div></div>')
    p.append('<div id="breadcrumb"><h2 class="element-invisible">Bạn đang ở đây</h2><div class="breadcrumb"><a href="/">Trang chủ</a> » <a href="/tin-tuc">Tin tức</a> » <a href="/tin-tuc/dan-van">Dân vận</a></div></div>')
    p.append('<div id="main-wrapper" class="clearfix"><div id="main" class="clearfix"><div id="content" class="column"><div class="section">')
    p.append('<a id="main-content"></a>')
    p.append('<h1 class="title" id="page-title">%s</h1>' % esc(a['title']))
    p.append('<div class="tabs"></div>')
    p.append('<div class="region region-content"><div id="block-system-main" class="block block-system"><div class="content">')
    p.append('<div id="node-%d" class="node node-article node-promoted clearfix" about="/tin-tuc/bo-doi-bien-phong-quang-tri-trao-300-suat-hoc-bong-nang-buoc-em-toi-truong" typeof="sioc:Item foaf:Document">' % nid)
    p.append('<span property="dc:title" content="%s" class="rdf-meta element-hidden"></span>' % att(a['title']))
    p.append('<div class="meta submitted"><span>Gửi bởi <span class="username" xml:lang="" about="/user/3" typeof="sioc:UserAccount" property="foaf:name" datatype="">quantri</span> vào %s</span></div>' % dmy(d, '.'))
    p.append('<div class="content clearfix">')
    p.append('<div class="field field-name-field-sapo field-type-text-long field-label-hidden"><div class="field-items"><div class="field-item even"><strong>%s</strong></div></div></div>' % esc(a['lead']))
    p.append('<div class="field field-name-body field-type-text-with-summary field-label-hidden"><div class="field-items"><div class="field-item even" property="content:encoded">%s' % body)
    p.append('<p style="text-align: right;"><strong>Thượng úy Hoàng Văn Nam</strong></p></div></div></div>')
    p.append('<div class="field field-name-field-tags field-type-taxonomy-term-reference field-label-above"><div class="field-label">Tags:&nbsp;</div><div class="field-items">'
             '<div class="field-item even" rel="dc:subject"><a href="/taxonomy/term/12" typeof="skos:Concept" property="rdfs:label skos:prefLabel" datatype="">Nâng bước em tới trường</a></div>'
             '<div class="field-item odd" rel="dc:subject"><a href="/taxonomy/term/27" typeof="skos:Concept" property="rdfs:label skos:prefLabel" datatype="">học bổng</a></div></div></div>')
    p.append('</div>')
    p.append('<div class="link-wrapper"><ul class="links inline"><li class="statistics_counter first"><span>%d lượt đọc</span></li><li class="print_html last"><a href="/print/%d" title="Hiển thị phiên bản thân thiện với máy in của trang này." class="print-page" rel="nofollow">In</a></li></ul></div>' % (rng.randint(200, 1200), nid))
    p.append('</div>')
    p.append('</div></div></div>')
    p.append('<div class="region region-content-bottom"><div id="block-views-tin-cung-chuyen-muc-block" class="block block-views"><h2>Tin cùng chuyên mục</h2><div class="content"><div class="view view-tin-cung-chuyen-muc"><div class="view-content"><div class="item-list"><ul>'
             + ''.join('<li class="views-row"><span class="views-field views-field-title"><a href="/tin-tuc/%s">%s</a></span> <span class="views-field views-field-created">%s</span></li>' % (slug(t)[:50], esc(t), dmy(dd, '.')) for t, dd in dated(rng, 8, dt.date(2026, 7, 1), dt.date(2026, 9, 22)))
             + '</ul></div></div></div></div></div></div>')
    p.append('</div></div>')
    p.append('<div id="sidebar-second" class="column sidebar"><div class="section"><div class="region region-sidebar-second">')
    p.append('<div class="block"><h2>Đường dây nóng</h2><div class="content"><p>Trực ban Bộ Chỉ huy: 069.xxx.xxx</p><p>Tiếp nhận tin báo tội phạm ma túy: 0233.3852.xxx</p></div></div>')
    p.append('<div class="block"><h2>Tin đọc nhiều</h2><div class="content"><ul>' + ''.join('<li><a href="/tin-tuc/%s">%s</a></li>' % (slug(t)[:50], esc(t)) for t in pick(rng, HEADLINES, 6)) + '</ul></div></div>')
    p.append(counter_block(rng, '<div class="block"><h2>Truy cập</h2><div class="content"><p>Đang truy cập: {online}</p><p>Hôm nay: {today}</p><p>Tổng: {total}</p></div></div>'))
    p.append('</div></div></div>')
    p.append('</div></div>')
    p.append('<div id="footer-wrapper"><div class="section"><div id="footer" class="clearfix"><div class="region region-footer"><div class="block"><div class="content">'
             '<p>BỘ CHỈ HUY BỘ ĐỘI BIÊN PHÒNG TỈNH QUẢNG TRỊ</p><p>Địa chỉ: Số 1 Trần Hưng Đạo, phường Đông Hà, tỉnh Quảng Trị</p>'
             '<p>Trang thông tin điện tử thành phần của Cổng Thông tin điện tử tỉnh Quảng Trị</p></div></div></div></div></div></div>')
    p.append('</div></div>')
    p.append('</body>\n</html>')
    return '\n'.join(p)

# ---------------------------------------------------------------------------
# q11  Bootstrap 5 commune portal (small vendor), xã Hòa Vang (Đà Nẵng),
#      title split over two spans, byline in the middle of the meta row
# ---------------------------------------------------------------------------
def bs_head(title, extra=''):
    return ('<!doctype html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            '<title>%s</title>\n%s'
            '<link href="https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/css/bootstrap.min.css" rel="stylesheet" integrity="sha384-QWTKZyjpPEjISv5WaRU9OFeRpok6YctnYmDr5pNlyT2bRjXh0JMhjY6hW+ALEwIH" crossorigin="anonymous">\n'
            '<link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/bootstrap-icons@1.11.3/font/bootstrap-icons.min.css">\n' % (title, extra))


def page_q11(a, rng):
    d = pubdt(a)
    t1, t2 = a['title_parts']
    st = dict(
        p='<p>{t}</p>',
        h='<h2 class="h5 fw-bold mt-4">{t}</h2>',
        cap=lambda t, i: '<figure class="figure w-100 text-center my-3"><img src="/uploads/tin-tuc/2025/10/so-hoa-ho-tich-%d.webp" class="figure-img img-fluid rounded" alt="Số hóa hộ tịch"><figcaption class="figure-caption">%s</figcaption></figure>' % (i, t),
        list=('<ul class="mb-3">', '<li>{t}</li>', '</ul>'),
        table=lambda rows: '<div class="table-responsive my-3">' + table_std(rows, 'table table-bordered table-striped align-middle') + '</div>',
    )
    body = render(a, st)
    ampm = 'AM' if d.hour < 12 else 'PM'
    h12 = d.hour % 12 or 12
    meta_date = '%s, %s, %02d:%02d %s' % (WD_NUM[d.weekday()], dmy(d), h12, d.minute, ampm)
    p = []
    p.append(bs_head('%s - UBND xã Hòa Vang' % esc(a['title']),
                     '<meta name="description" content="%s">\n<meta property="og:title" content="%s">\n<meta property="og:image" content="https://hoavang.danang.gov.vn/uploads/tin-tuc/2025/10/so-hoa-ho-tich-1.webp">\n' % (att(a['lead']), att(a['title']))))
    p.append('<link rel="stylesheet" href="/assets/css/portal.css?v=3.2.0">')
    p.append('<style>.top-bar{background:#0d3b66;color:#fff;font-size:.85rem}.post-title{color:#0d3b66;font-weight:700}.post-meta{font-size:.85rem;color:#6c757d}'
             '.post-content p{text-align:justify;line-height:1.7}.sidebar-title{border-left:4px solid #f4a259;padding-left:8px}</style>')
    p.append('</head>\n<body>')
    p.append('<div class="top-bar py-1 d-none d-md-block"><div class="container d-flex justify-content-between"><span><i class="bi bi-calendar3"></i> Chủ nhật, 22/11/2026</span>'
             '<span><i class="bi bi-telephone"></i> Đường dây nóng: 0236.3846.xxx &nbsp; <a class="text-white" href="/dang-nhap">Đăng nhập</a></span></div></div>')
    p.append('<header class="py-3 bg-white border-bottom"><div class="container d-flex align-items-center"><a href="/" class="me-3"><img src="/assets/img/quoc-huy.png" alt="" width="64" height="64"></a>'
             '<div><div class="fs-6 text-uppercase text-danger fw-bold">Ủy ban nhân dân thành phố Đà Nẵng</div><div class="fs-4 text-uppercase fw-bold text-primary">Xã Hòa Vang</div></div>'
             '<form class="ms-auto d-none d-lg-flex" role="search" action="/tim-kiem"><input class="form-control me-2" type="search" name="q" placeholder="Tìm kiếm" aria-label="Tìm kiếm"><button class="btn btn-outline-primary" type="submit"><i class="bi bi-search"></i></button></form></div></header>')
    menu = [('Giới thiệu', ['Tổng quan', 'Lịch sử', 'Bộ máy']), ('Tin tức', ['Hoạt động chính quyền', 'Kinh tế', 'Văn hóa - Xã hội', 'An ninh - Quốc phòng']),
            ('Văn bản', ['Văn bản chỉ đạo', 'Thông báo']), ('Dịch vụ công', []), ('Công khai', ['Ngân sách', 'Đất đai']), ('Hỏi đáp', []), ('Liên hệ', [])]
    p.append('<nav class="navbar navbar-expand-lg navbar-dark bg-primary sticky-top"><div class="container"><button class="navbar-toggler" type="button" data-bs-toggle="collapse" data-bs-target="#mainNav" aria-controls="mainNav" aria-expanded="false" aria-label="Toggle navigation"><span class="navbar-toggler-icon"></span></button>'
             '<div class="collapse navbar-collapse" id="mainNav"><ul class="navbar-nav me-auto"><li class="nav-item"><a class="nav-link" href="/"><i class="bi bi-house-door"></i></a></li>'
             + ''.join(('<li class="nav-item dropdown"><a class="nav-link dropdown-toggle" href="#" role="button" data-bs-toggle="dropdown" aria-expanded="false">%s</a><ul class="dropdown-menu">%s</ul></li>' % (esc(m), ''.join('<li><a class="dropdown-item" href="/%s/%s">%s</a></li>' % (slug(m), slug(s), esc(s)) for s in subs)))
                       if subs else '<li class="nav-item"><a class="nav-link" href="/%s">%s</a></li>' % (slug(m), esc(m)) for m, subs in menu)
             + '</ul></div></div></nav>')
    p.append('<main class="container my-4"><div class="row g-4"><div class="col-lg-8">')
    p.append('<nav aria-label="breadcrumb"><ol class="breadcrumb small"><li class="breadcrumb-item"><a href="/">Trang chủ</a></li><li class="breadcrumb-item"><a href="/tin-tuc">Tin tức</a></li><li class="breadcrumb-item active" aria-current="page">Hoạt động chính quyền</li></ol></nav>')
    p.append('<article class="post">')
    p.append('<h1 class="post-title h3 mb-2"><span class="d-block">%s</span>\n<span class="d-block">%s</span></h1>' % (esc(t1), esc(t2)))
    p.append('<div class="post-meta d-flex flex-wrap align-items-center gap-2 mb-3"><span><i class="bi bi-clock"></i> %s</span><span class="text-muted">|</span>'
             '<span class="post-author"><i class="bi bi-pencil-square"></i> Lê Thị Thu Sương</span><span class="text-muted">|</span>'
             '<span><i class="bi bi-eye"></i> %d lượt xem</span>'
             '<span class="ms-auto"><a href="#" class="btn btn-sm btn-light" onclick="changeFont(-1)">A-</a><a href="#" class="btn btn-sm btn-light" onclick="changeFont(1)">A+</a>'
             '<a href="#" class="btn btn-sm btn-light" onclick="window.print()"><i class="bi bi-printer"></i></a></span></div>' % (meta_date, rng.randint(150, 800)))
    p.append('<p class="lead fw-semibold">%s</p>' % esc(a['lead']))
    p.append('<div class="post-content">%s</div>' % body)
    p.append('<div class="post-share border-top pt-3 mt-4"><span class="me-2">Chia sẻ:</span><a class="btn btn-sm btn-primary" href="https://www.facebook.com/sharer/sharer.php?u=%s"><i class="bi bi-facebook"></i></a> '
             '<a class="btn btn-sm btn-info" href="https://zalo.me/share?u=%s">Zalo</a> <button class="btn btn-sm btn-secondary" onclick="navigator.clipboard.writeText(location.href)"><i class="bi bi-link-45deg"></i> Sao chép liên kết</button></div>' % (att(a['url']), att(a['url'])))
    p.append('<div class="post-tags mt-3"><span class="badge text-bg-light">hộ tịch</span> <span class="badge text-bg-light">chuyển đổi số</span> <span class="badge text-bg-light">số hóa</span></div>')
    p.append('</article>')
    p.append('<section class="mt-5"><h3 class="h5 sidebar-title">Tin cùng chuyên mục</h3><div class="row row-cols-1 row-cols-md-2 g-3">'
             + ''.join('<div class="col"><div class="card h-100"><img src="/uploads/tin-tuc/thumb-%d.webp" class="card-img-top" alt=""><div class="card-body"><h4 class="card-title h6"><a href="/tin-tuc/%s-%d.html" class="stretched-link text-decoration-none">%s</a></h4>'
                       '<p class="card-text small text-muted"><i class="bi bi-clock"></i> %s, %s</p></div></div></div>' % (i, slug(t)[:40], rng.randint(1000, 1186), esc(t), WD_NUM[dd.weekday()], dmy(dd)) for i, (t, dd) in enumerate(dated(rng, 6, dt.date(2025, 8, 1), dt.date(2025, 10, 6))))
             + '</div></section>')
    p.append('</div><aside class="col-lg-4">')
    p.append('<div class="card mb-4"><div class="card-header fw-bold">Lịch tiếp công dân</div><div class="card-body small"><p class="mb-1">Chủ tịch UBND xã tiếp công dân vào thứ Năm hằng tuần.</p><p class="mb-0">Địa điểm: Trụ sở UBND xã Hòa Vang.</p></div></div>')
    p.append('<div class="card mb-4"><div class="card-header fw-bold">Tin mới</div><ul class="list-group list-group-flush">'
             + ''.join('<li class="list-group-item"><a href="/tin-tuc/%s.html" class="text-decoration-none">%s</a><div class="small text-muted">%s</div></li>' % (slug(t)[:40], esc(t), dmy(dd)) for t, dd in dated(rng, 6, dt.date(2026, 9, 15), dt.date(2026, 11, 21))) + '</ul></div>')
    p.append('<div class="card mb-4"><div class="card-header fw-bold">Khảo sát</div><div class="card-body"><p class="small">Bạn đánh giá thế nào về thái độ phục vụ của công chức tại Trung tâm Phục vụ hành chính công xã?</p>'
             '<div class="form-check"><input class="form-check-input" type="radio" name="ks" id="ks1"><label class="form-check-label" for="ks1">Rất hài lòng</label></div>'
             '<div class="form-check"><input class="form-check-input" type="radio" name="ks" id="ks2"><label class="form-check-label" for="ks2">Hài lòng</label></div>'
             '<div class="form-check"><input class="form-check-input" type="radio" name="ks" id="ks3"><label class="form-check-label" for="ks3">Không hài lòng</label></div><button class="btn btn-sm btn-primary mt-2">Gửi</button></div></div>')
    p.append(counter_block(rng, '<div class="card"><div class="card-header fw-bold">Thống kê truy cập</div><div class="card-body small"><p class="mb-1">Đang online: {online}</p><p class="mb-1">Hôm nay: {today}</p><p class="mb-0">Tổng lượt: {total}</p></div></div>'))
    p.append('</aside></div></main>')
    p.append('<footer class="bg-dark text-light py-4 mt-5"><div class="container small"><p class="fw-bold mb-1">CỔNG THÔNG TIN ĐIỆN TỬ XÃ HÒA VANG</p><p class="mb-1">Cơ quan chủ quản: UBND xã Hòa Vang, thành phố Đà Nẵng</p>'
             '<p class="mb-1">Địa chỉ: Thôn Dương Lâm, xã Hòa Vang, thành phố Đà Nẵng</p><p class="mb-0">Thiết kế bởi Công ty TNHH Giải pháp số Miền Trung</p></div></footer>')
    p.append('<script src="https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/js/bootstrap.bundle.min.js" integrity="sha384-YvpcrYf0tY3lHB60NNkmXc5s9fDVZLESaAA55NDzOxhy9GkcIdslK1eN7N6jIeHz" crossorigin="anonymous"></script>')
    p.append('<script>function changeFont(s){var e=document.querySelector(".post-content");var f=parseFloat(getComputedStyle(e).fontSize);e.style.fontSize=(f+s)+"px";return false;}</script>')
    p.append('</body>\n</html>')
    return '\n'.join(p)


# ---------------------------------------------------------------------------
# q20  Bootstrap 5 commune portal (another vendor), xã Đồng Văn (Tuyên Quang),
#      JSON-LD datePublished with a time, JSON-LD author = the commune
# ---------------------------------------------------------------------------
def page_q20(a, rng):
    d = pubdt(a)
    st = dict(
        p='<p>{t}</p>',
        h='<h3 class="news-detail__subhead">{t}</h3>',
        cap=lambda t, i: '<figure class="news-detail__figure"><img src="/storage/news/2026/11/tam-giac-mach-%d.jpg" alt="" class="img-fluid" loading="lazy"><figcaption>%s</figcaption></figure>' % (i, t),
        list=('<ul class="news-detail__list">', '<li>{t}</li>', '</ul>'),
        table=lambda rows: table_std(rows, 'table'),
    )
    body = render(a, st)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "mainEntityOfPage": {"@type": "WebPage", "@id": a['url']},
          "headline": a['title'], "image": ["https://dongvan.tuyenquang.gov.vn/storage/news/2026/11/tam-giac-mach-1.jpg"],
          "datePublished": a['pub'], "dateModified": "2026-11-13T09:10:00+07:00",
          "author": {"@type": "Organization", "name": "UBND xã Đồng Văn", "url": "https://dongvan.tuyenquang.gov.vn"},
          "publisher": {"@type": "Organization", "name": "Cổng thông tin điện tử xã Đồng Văn", "logo": {"@type": "ImageObject", "url": "https://dongvan.tuyenquang.gov.vn/images/logo.png"}},
          "description": a['lead']}
    p = []
    p.append(bs_head('Tin tức | %s | Xã Đồng Văn' % esc(a['title']),
                     '<meta name="description" content="%s">\n<meta property="og:title" content="%s">\n<meta property="og:type" content="article">\n<meta name="csrf-token" content="%s">\n' % (att(a['lead']), att(a['title']), alnum(rng, 40))))
    p.append('<link rel="stylesheet" href="/css/app.css?id=%s">' % hexid(rng, 20))
    p.append('<script type="application/ld+json">%s</script>' % json.dumps(ld, ensure_ascii=False, indent=2))
    p.append('<style>.site-header__top{background:#7a1f1f;color:#fff;font-size:.8rem}.news-detail__title{font-size:1.75rem;font-weight:700;color:#7a1f1f}.news-detail__meta{color:#777;font-size:.85rem}'
             '.news-detail__sapo{font-weight:600}.news-detail__figure figcaption{font-style:italic;text-align:center;font-size:.9rem}.news-detail__byline{text-align:right;font-weight:700}</style>')
    p.append('</head>\n<body class="page-news-detail">')
    p.append('<header class="site-header"><div class="site-header__top py-1"><div class="container d-flex justify-content-between"><div class="header-date">Chủ Nhật, ngày 22/11/2026</div>'
             '<div class="header-weather"><i class="bi bi-cloud-sun"></i> Đồng Văn 9°C</div></div></div>'
             '<div class="site-header__brand py-3"><div class="container d-flex align-items-center gap-3"><img src="/images/logo.png" alt="" width="72"><div><p class="m-0 small text-uppercase">Ủy ban nhân dân xã Đồng Văn</p>'
             '<p class="m-0 h4 text-uppercase fw-bold">Cổng thông tin điện tử xã Đồng Văn</p></div></div></div></header>')
    menu = ['Trang chủ', 'Giới thiệu', 'Tin tức', 'Du lịch', 'Văn bản', 'Thủ tục hành chính', 'Công khai', 'Liên hệ']
    p.append('<nav class="navbar navbar-expand-md bg-body-tertiary border-bottom"><div class="container"><ul class="navbar-nav">' + ''.join('<li class="nav-item"><a class="nav-link%s" href="/%s">%s</a></li>' % (' active' if x == 'Tin tức' else '', slug(x), esc(x)) for x in menu) + '</ul>'
             '<form class="d-flex ms-auto" action="/tim-kiem"><input class="form-control form-control-sm" type="search" name="keyword" placeholder="Nhập từ khóa..."></form></div></nav>')
    p.append('<div class="container my-4"><div class="row"><div class="col-md-8">')
    p.append('<nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">Trang chủ</a></li><li class="breadcrumb-item"><a href="/tin-tuc">Tin tức</a></li><li class="breadcrumb-item"><a href="/du-lich">Du lịch</a></li></ol></nav>')
    p.append('<article class="news-detail">')
    p.append('<h1 class="news-detail__title">%s</h1>' % esc(a['title']))
    p.append('<div class="news-detail__meta mb-3"><span>Đăng ngày: %s</span> · <span>Lượt xem: %s</span> · <span>Chuyên mục: Du lịch</span></div>' % (dmy(d), '{:,}'.format(rng.randint(1000, 3000)).replace(',', '.')))
    p.append('<p class="news-detail__sapo">%s</p>' % esc(a['lead']))
    p.append('<div class="news-detail__content">%s</div>' % body)
    p.append('<p class="news-detail__byline">Tin, ảnh: Ly Thị Mai</p>')
    p.append('<div class="news-detail__share"><a href="https://www.facebook.com/sharer/sharer.php?u=%s" class="btn btn-outline-primary btn-sm"><i class="bi bi-facebook"></i> Chia sẻ</a> '
             '<button class="btn btn-outline-secondary btn-sm" onclick="window.print()"><i class="bi bi-printer"></i> In bài</button></div>' % att(a['url']))
    p.append('</article>')
    p.append('<section class="related mt-4"><h2 class="h5">Tin liên quan</h2><ul class="list-unstyled">'
             + ''.join('<li class="mb-2"><a href="/tin-tuc/%s.html">%s</a> <small class="text-muted">(%s)</small></li>' % (slug(t)[:40], esc(t), dmy(dd)) for t, dd in dated(rng, 6, dt.date(2026, 9, 1), dt.date(2026, 11, 11))) + '</ul></section>')
    p.append('</div><aside class="col-md-4">')
    p.append('<div class="card mb-3"><div class="card-header">Lịch sự kiện</div><ul class="list-group list-group-flush"><li class="list-group-item">20/11/2026 - 19:30: Khai mạc Lễ hội Hoa Tam giác mạch</li>'
             '<li class="list-group-item">21/11/2026 - 06:30: Giải chạy địa hình “Chinh phục Cao nguyên đá”</li><li class="list-group-item">22/11/2026 - 08:00: Chợ phiên vùng cao</li></ul></div>')
    p.append('<div class="card mb-3"><div class="card-header">Thông báo</div><ul class="list-group list-group-flush">' + ''.join('<li class="list-group-item"><a href="/thong-bao/%d">%s</a></li>' % (rng.randint(100, 500), esc(t)) for t in pick(rng, HEADLINES, 5)) + '</ul></div>')
    p.append(counter_block(rng, '<div class="card"><div class="card-header">Truy cập</div><div class="card-body"><p>Đang online: {online}</p><p>Hôm nay: {today}</p><p>Tổng: {total}</p></div></div>'))
    p.append('</aside></div></div>')
    p.append('<footer class="site-footer bg-dark text-white-50 py-4"><div class="container"><p class="text-white fw-bold">UBND XÃ ĐỒNG VĂN - TỈNH TUYÊN QUANG</p><p>Địa chỉ: Tổ 1, xã Đồng Văn, tỉnh Tuyên Quang</p>'
             '<p>Điện thoại: 0219.3856.xxx · Email: ubnddongvan@tuyenquang.gov.vn</p><p>© 2026 Cổng thông tin điện tử xã Đồng Văn. Phát triển bởi Công ty CP Công nghệ Cao nguyên Số.</p></div></footer>')
    p.append('<script src="/js/app.js?id=%s" defer></script>' % hexid(rng, 20))
    p.append('</body>\n</html>')
    return '\n'.join(p)

# ---------------------------------------------------------------------------
# Non-article pages
# ---------------------------------------------------------------------------
SAPO_BITS = ['Chiều %d/%d, lãnh đạo địa phương đã chủ trì hội nghị với sự tham dự của đại diện các sở, ngành và các xã, phường.',
             'Ngày %d/%d, đoàn công tác của tỉnh đã kiểm tra thực tế tại một số địa phương và làm việc với lãnh đạo các xã.',
             'Sáng %d/%d, hội nghị được tổ chức theo hình thức trực tiếp kết hợp trực tuyến đến các điểm cầu cấp xã.',
             'Thời gian qua, các cấp, các ngành đã triển khai nhiều giải pháp đồng bộ và bước đầu đạt kết quả tích cực (ngày %d/%d).']


def page_n01(rng):
    items = dated(rng, 15, dt.date(2026, 10, 20), dt.date(2026, 11, 14))
    p = []
    p.append('<!DOCTYPE html>\n<html dir="ltr" lang="vi-VN">\n<head><meta name="GENERATOR" content="Microsoft SharePoint" /><meta http-equiv="Content-type" content="text/html; charset=utf-8" />')
    p.append('<title>\r\n\tTin trong tỉnh - Trang 2 - Cổng thông tin điện tử tỉnh Tuyên Quang\r\n</title>')
    p.append('<link rel="stylesheet" type="text/css" href="/Style%20Library/TanDan/css/tandan-portal.min.css?v=3.4.7"/>\n<script type="text/javascript" src="/_layouts/15/init.js?rev=ZY1ZD6vVXaB3y%2BkOdb9Xpg%3D%3DTAG0"></script>')
    p.append('</head>\n<body class="tandan-body">')
    p.append('<form method="post" action="./tin-tuc-su-kien.aspx?l=TinTucSuKien&amp;Page=2" id="aspnetForm"><div class="aspNetHidden"><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="%s" /></div>' % vs(rng, 4000))
    p.append('<div class="tandan-topbar"><div class="container"><span class="tandan-date">Chủ Nhật, 22/11/2026</span><ul class="tandan-toplinks"><li><a href="/Pages/so-do-cong.aspx">Sơ đồ cổng</a></li><li><a href="/_layouts/15/Authenticate.aspx">Đăng nhập</a></li></ul></div></div>')
    p.append('<div class="tandan-banner"><div class="container"><h1 class="tandan-sitename"><a href="/"><span class="line1">CỔNG THÔNG TIN ĐIỆN TỬ</span> <span class="line2">TỈNH TUYÊN QUANG</span></a></h1></div></div>')
    p.append('<div class="tandan-menu"><div class="container"><ul class="tandan-menu-root">' + ''.join('<li><a href="/Pages/%s.aspx">%s</a></li>' % (slug(x), x) for x in ['GIỚI THIỆU', 'CHÍNH QUYỀN', 'TIN TỨC - SỰ KIỆN', 'VĂN BẢN', 'DỊCH VỤ CÔNG', 'CÔNG DÂN', 'DOANH NGHIỆP', 'DU KHÁCH']) + '</ul></div></div>')
    p.append('<div class="container tandan-main"><div class="tandan-breadcrumb"><a href="/">Trang chủ</a> › <a href="/Pages/tin-tuc-su-kien.aspx">Tin tức - Sự kiện</a> › Tin trong tỉnh</div>')
    p.append('<div class="row"><div class="col-md-8"><h2 class="tandan-cat-title">TIN TRONG TỈNH</h2><div class="tandan-news-list">')
    for i, (t, dd) in enumerate(items):
        sapo = rng.choice(SAPO_BITS) % (dd.day, dd.month)
        p.append('<div class="tandan-news-item"><a class="thumb" href="/Pages/chi-tiet-tin-tuc.aspx?ItemID=%d&amp;l=TinTucSuKien"><img src="/PublishingImages/2026/T11/thumb-%d.jpg" alt="" /></a>'
                 '<h3 class="title"><a href="/Pages/chi-tiet-tin-tuc.aspx?ItemID=%d&amp;l=TinTucSuKien">%s</a></h3><span class="date">%s %d:%02d %s</span><p class="sapo">%s</p></div>'
                 % (19100 - i, i, 19100 - i, esc(t), dmy(dd), rng.randint(1, 11), rng.randint(0, 59), rng.choice(['SA', 'CH']), esc(sapo)))
    p.append('</div><div class="tandan-paging"><a href="?l=TinTucSuKien&amp;Page=1">«</a> <a href="?l=TinTucSuKien&amp;Page=1">1</a> <span class="current">2</span> <a href="?l=TinTucSuKien&amp;Page=3">3</a> '
             '<a href="?l=TinTucSuKien&amp;Page=4">4</a> ... <a href="?l=TinTucSuKien&amp;Page=612">612</a> <a href="?l=TinTucSuKien&amp;Page=3">»</a></div></div>')
    p.append('<div class="col-md-4 tandan-sidebar"><div class="tandan-box"><h3 class="tandan-box-title">Văn bản mới</h3><ul>' + ''.join('<li><b>%s</b> %s <span>%s</span></li>' % (esc(so), esc(ty), dmy(dd)) for so, ty, dd in docs(rng, 6, dt.date(2026, 9, 1), dt.date(2026, 11, 20))) + '</ul></div>')
    p.append('<div class="tandan-box"><h3 class="tandan-box-title">Cổng TTĐT các tỉnh, thành phố</h3><ul>' + ''.join('<li><a href="https://%s">%s</a></li>' % (dom, esc(n)) for n, dom in PROVINCES) + '</ul></div></div></div></div>')
    p.append('<div class="tandan-footer"><div class="container"><p>Cơ quan chủ quản: Ủy ban nhân dân tỉnh Tuyên Quang</p><p>Giấy phép số 47/GP-TTĐT ngày 14/10/2025 của Cục Phát thanh, Truyền hình và Thông tin điện tử.</p></div></div>')
    p.append('</form>\n</body>\n</html>')
    return '\n'.join(p)


def page_n02(rng):
    items = dated(rng, 10, dt.date(2025, 8, 1), dt.date(2026, 11, 18))
    p = []
    p.append('<!doctype html>\n<html lang="vi">\n<head>\n<meta charset="UTF-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<meta name="robots" content="noindex, follow" />')
    p.append('<title>Bạn đã tìm kiếm chuyển đổi số – Cổng thông tin điện tử xã Ea Kar</title>')
    p.append('<link rel="stylesheet" id="xa-portal-style-css" href="/wp-content/themes/xa-portal/style.css?ver=1.8.2" media="all" />')
    p.append('</head>\n<body class="search search-results wp-embed-responsive">')
    p.append('<div id="page" class="site"><div class="top-bar"><div class="wrap"><span class="today">Chủ Nhật, 22/11/2026</span></div></div>')
    p.append('<header id="masthead" class="site-header"><div class="site-branding"><p class="site-title"><a href="/" rel="home">Cổng thông tin điện tử xã Ea Kar</a></p></div>'
             '<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">' + ''.join('<li class="menu-item"><a href="/%s/">%s</a></li>' % (slug(x), x) for x in ['Trang chủ', 'Giới thiệu', 'Tin tức - Sự kiện', 'Chỉ đạo điều hành', 'Thủ tục hành chính', 'Liên hệ']) + '</ul></nav>'
             '<form role="search" method="get" class="search-form" action="/"><input type="search" class="search-field" value="chuyển đổi số" name="s" /><input type="submit" class="search-submit" value="Tìm kiếm" /></form></header>')
    p.append('<div id="content" class="site-content"><main id="primary" class="site-main"><header class="page-header"><h1 class="page-title">Kết quả tìm kiếm cho: <span>chuyển đổi số</span></h1><p>Tìm thấy 27 kết quả.</p></header>')
    for t, dd in items:
        p.append('<article class="post type-post status-publish hentry"><header class="entry-header"><h2 class="entry-title"><a href="/%s/%s/" rel="bookmark">%s</a></h2>'
                 '<div class="entry-meta"><span class="posted-on"><time class="entry-date published" datetime="%sT%02d:%02d:00+07:00">%s</time></span></div></header>'
                 '<div class="entry-summary"><p>%s Nội dung liên quan đến <mark>chuyển đổi số</mark> tại địa phương &hellip;</p></div></article>'
                 % (dd.strftime('%Y/%m/%d'), slug(t)[:40], esc(t), dd.isoformat(), rng.randint(7, 17), rng.randint(0, 59), dmy(dd), esc(rng.choice(SAPO_BITS) % (dd.day, dd.month))))
    p.append('<nav class="navigation pagination" aria-label="Phân trang"><div class="nav-links"><span aria-current="page" class="page-numbers current">1</span><a class="page-numbers" href="/page/2/?s=chuy%E1%BB%83n+%C4%91%E1%BB%95i+s%E1%BB%91">2</a>'
             '<a class="page-numbers" href="/page/3/?s=chuy%E1%BB%83n+%C4%91%E1%BB%95i+s%E1%BB%91">3</a><a class="next page-numbers" href="/page/2/?s=chuy%E1%BB%83n+%C4%91%E1%BB%95i+s%E1%BB%91">Sau &raquo;</a></div></nav></main>')
    p.append('<aside id="secondary" class="widget-area"><section class="widget widget_recent_entries"><h2 class="widget-title">Bài viết mới</h2><ul>' + ''.join('<li><a href="/%s/">%s</a></li>' % (slug(t)[:40], esc(t)) for t in pick(rng, HEADLINES, 5)) + '</ul></section></aside></div>')
    p.append('<footer id="colophon" class="site-footer"><div class="site-info"><p><strong>ỦY BAN NHÂN DÂN XÃ EA KAR</strong></p><p>Địa chỉ: Thôn 1, xã Ea Kar, tỉnh Đắk Lắk</p></div></footer></div>')
    p.append('</body>\n</html>')
    return '\n'.join(p)


def page_n03(rng):
    p = []
    p.append(dnn_head(rng, 'Không tìm thấy trang - Ban Tuyên giáo và Dân vận Tỉnh ủy Quảng Ngãi', '<meta id="MetaRobots" name="ROBOTS" content="NOINDEX, NOFOLLOW" />'))
    p.append('</head>\n<body id="Body">')
    p.append('<form method="post" action="/Default.aspx?tabid=87&amp;ctl=Detail&amp;mid=512&amp;ItemID=99871" id="Form" enctype="multipart/form-data">')
    p.append('<div class="aspNetHidden"><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="%s" /></div>' % vs(rng, 1400))
    p.append('<div id="skin-wrapper"><div class="skin-top"><div class="container"><span id="dnn_dnnCURRENTDATE_lblDate" class="DateToken">Chủ nhật, 22-11-2026</span></div></div>')
    p.append('<div class="skin-header"><div class="container"><div class="header-title"><h1>BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY QUẢNG NGÃI</h1><p>Trang thông tin điện tử</p></div></div></div>')
    p.append('<div class="skin-menu"><div class="container"><ul class="dnnmega">' + ''.join('<li><a href="/Default.aspx?tabid=%d">%s</a></li>' % (60 + i, x) for i, x in enumerate(['Trang chủ', 'Giới thiệu', 'Tin tức - Sự kiện', 'Hoạt động công tác dân vận', 'Tuyên truyền', 'Văn bản', 'Liên hệ'])) + '</ul></div></div>')
    p.append('<div class="skin-content container"><div class="row"><div id="dnn_ContentPane" class="col-md-8 contentPane">')
    p.append('<div class="DnnModule DnnModule-NewsModule DnnModule-512"><a name="512"></a><div id="dnn_ctr512_ContentPane"><div id="dnn_ctr512_ModuleContent" class="DNNModuleContent ModNewsModuleC">')
    p.append('<div class="dnnFormMessage dnnFormWarning"><h2>404 - Không tìm thấy trang</h2><p>Bài viết bạn yêu cầu không tồn tại, đã bị gỡ bỏ hoặc đường dẫn không chính xác.</p>'
             '<p>Vui lòng quay lại <a href="/">Trang chủ</a> hoặc sử dụng chức năng tìm kiếm để tìm thông tin cần thiết.</p></div>')
    p.append('<div class="news-other"><h3>Tin mới cập nhật</h3><ul>' + ''.join('<li><a href="/Default.aspx?tabid=87&amp;ctl=Detail&amp;mid=512&amp;ItemID=%d">%s</a> <span class="news-date">(%s)</span></li>' % (rng.randint(6000, 6142), esc(t), dmy(dd, '-')) for t, dd in dated(rng, 6, dt.date(2026, 11, 1), dt.date(2026, 11, 21))) + '</ul></div>')
    p.append('</div></div></div></div>')
    p.append('<div id="dnn_RightPane" class="col-md-4 rightPane"><div class="box"><h3 class="box-title">Chuyên mục</h3><ul>'
             + ''.join('<li><a href="/Default.aspx?tabid=%d">%s</a></li>' % (90 + i, esc(x)) for i, x in enumerate(['Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh', 'Công tác dân tộc', 'Công tác tôn giáo', 'Dân chủ ở cơ sở', 'Gương điển hình', 'Bảo vệ nền tảng tư tưởng của Đảng'])) + '</ul></div>')
    p.append('<div class="box"><h3 class="box-title">Liên kết</h3><ul><li><a href="https://dangcongsan.vn">Báo điện tử Đảng Cộng sản Việt Nam</a></li><li><a href="https://danvan.vn">Ban Dân vận Trung ương</a></li>'
             '<li><a href="https://tuyengiao.vn">Ban Tuyên giáo Trung ương</a></li><li><a href="https://quangngai.gov.vn">Cổng TTĐT tỉnh Quảng Ngãi</a></li></ul></div>')
    p.append(counter_block(rng, '<div class="box"><h3 class="box-title">Thống kê truy cập</h3><p>Đang truy cập: {online}</p><p>Hôm nay: {today}</p><p>Tổng số: {total}</p></div></div>'))
    p.append('</div></div>')
    p.append('<div class="skin-footer"><div class="container"><p>TRANG THÔNG TIN ĐIỆN TỬ BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY QUẢNG NGÃI</p><p>Địa chỉ: 52 Hùng Vương, phường Cẩm Thành, tỉnh Quảng Ngãi. Điện thoại: 0255.3822.xxx</p>'
             '<p>Chịu trách nhiệm: Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy</p><p>Giấy phép số 05/GP-TTĐT ngày 18/9/2025. Ghi rõ nguồn khi phát hành lại thông tin từ trang này.</p></div></div></div>')
    p.append('</form>\n</body>\n</html>')
    return '\n'.join(p)


def page_n04(rng):
    p = []
    p.append('<!DOCTYPE html>\n<html dir="ltr" lang="vi-VN">\n<head><meta name="GENERATOR" content="Microsoft SharePoint" /><meta http-equiv="Content-type" content="text/html; charset=utf-8" />')
    p.append('<meta http-equiv="X-UA-Compatible" content="IE=10" /><title>\r\n\tSở Nông nghiệp và Môi trường tỉnh Gia Lai - Chi tiết tin tức\r\n</title>')
    p.append('<link rel="stylesheet" type="text/css" href="/Style%20Library/GiaLai/css/style.css"/>\n<script type="text/javascript" src="/_layouts/15/init.js?rev=rQHvYUfURJXLBpgKnm0dcA%3D%3D"></script>')
    p.append('</head>\n<body>')
    p.append('<form method="post" action="./ChiTietTinTuc.aspx?nid=0" id="aspnetForm">')
    p.append('<div class="aspNetHidden"><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="%s" /><input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="%s" /></div>' % (vs(rng, 2600), hexid(rng, 8).upper()))
    p.append('<div class="wrapper"><div class="top-line"><span class="NgayHienTai">Chủ Nhật, ngày 22 tháng 11 năm 2026</span><span class="dn"><a href="/_layouts/15/Authenticate.aspx">Đăng nhập</a></span></div>')
    p.append('<div class="banner"><a href="/Trang/default.aspx"><img src="/Style%20Library/GiaLai/images/banner-snnmt.jpg" alt="Sở Nông nghiệp và Môi trường tỉnh Gia Lai" /></a></div>')
    p.append('<div class="menu-top"><ul class="root">' + ''.join('<li class="static"><a href="/Trang/%s.aspx">%s</a></li>' % (slug(x), x) for x in ['Trang chủ', 'Giới thiệu', 'Tin tức - Sự kiện', 'Chỉ đạo - Điều hành', 'Văn bản', 'Thủ tục hành chính', 'Liên hệ']) + '</ul></div>')
    p.append('<table class="layout" width="100%" cellpadding="0" cellspacing="0"><tr><td class="col-main" valign="top">')
    p.append('<div class="duongdan"><a href="/Trang/default.aspx">Trang chủ</a> » </div>')
    p.append('<div id="ctl00_PlaceHolderMain_ctl00_ChiTiet" class="ChiTietTin">')
    p.append('<div class="TieuDeTin"><span id="ctl00_PlaceHolderMain_ctl00_lblTieuDe"></span></div>')
    p.append('<div class="NgayDang"><span id="ctl00_PlaceHolderMain_ctl00_lblNgayDang"></span></div>')
    p.append('<div class="TomTat"><span id="ctl00_PlaceHolderMain_ctl00_lblTomTat"></span></div>')
    p.append('<div class="NoiDung ms-rtestate-field"></div>')
    p.append('<div class="TacGia"><span id="ctl00_PlaceHolderMain_ctl00_lblTacGia"></span></div>')
    p.append('<div class="CongCu"><a href="javascript:window.print();">In trang</a> <a href="javascript:history.back();">Quay lại</a></div></div>')
    p.append('<div class="TinKhac"><div class="box-title">CÁC TIN ĐÃ ĐƯA</div><ul>' + ''.join('<li><a href="ChiTietTinTuc.aspx?nid=%d">%s</a> <i>(%s)</i></li>' % (rng.randint(2000, 2700), esc(t), dmy(dd)) for t, dd in dated(rng, 10, dt.date(2026, 9, 1), dt.date(2026, 11, 20))) + '</ul></div>')
    p.append('</td><td class="col-right" valign="top" width="240"><div class="box-right"><div class="box-title">VĂN BẢN MỚI</div><ul>' + ''.join('<li>%s - %s (%s)</li>' % (esc(so), esc(ty), dmy(dd)) for so, ty, dd in docs(rng, 6, dt.date(2026, 8, 1), dt.date(2026, 11, 19))) + '</ul></div></td></tr></table>')
    p.append('<div class="footer"><p><b>SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG TỈNH GIA LAI</b></p><p>Địa chỉ: 17 Trần Hưng Đạo, phường Pleiku, tỉnh Gia Lai</p></div></div>')
    p.append('</form>\n</body>\n</html>')
    return '\n'.join(p)


NONART = {
    'n01': dict(kind='listing', platform='sharepoint-tandan', url='https://tuyenquang.gov.vn/Pages/tin-tuc-su-kien.aspx?l=TinTucSuKien&Page=2', fn=page_n01),
    'n02': dict(kind='search', platform='wordpress', url='https://eakar.daklak.gov.vn/?s=chuy%E1%BB%83n+%C4%91%E1%BB%95i+s%E1%BB%91', fn=page_n02),
    'n03': dict(kind='not_found', platform='dnn', url='https://btgdv.quangngai.gov.vn/Default.aspx?tabid=87&ctl=Detail&mid=512&ItemID=99871', fn=page_n03),
    'n04': dict(kind='empty', platform='sharepoint-trang', url='https://snnmt.gialai.gov.vn/Trang/ChiTietTinTuc.aspx?nid=0', fn=page_n04),
}


# ---------------------------------------------------------------------------
def sidecar(obj):
    return json.dumps(obj, ensure_ascii=False, indent=1) + '\n'


def build():
    """Return {filename: bytes} for the whole set."""
    out = {}
    for name in sorted(A):
        a = A[name]
        rng = random.Random('blind-q:' + name)
        page = globals()['page_' + name](a, rng)
        out[name + '.html'] = page.encode('utf-8')
        gold = {
            'kind': 'article',
            'platform': a['platform'],
            'url': a['url'],
            'charset': a.get('charset', 'utf-8'),
            'title': a['title'],
            'published_at': a['pub'],
            'author': a['author'],
            'body': '\n\n'.join(gold_blocks(a)),
        }
        out[name + '.json'] = sidecar(gold).encode('utf-8')
    for name in sorted(NONART):
        n = NONART[name]
        rng = random.Random('blind-q:' + name)
        out[name + '.html'] = n['fn'](rng).encode('utf-8')
        out[name + '.json'] = sidecar({'kind': n['kind'], 'platform': n['platform'], 'url': n['url'], 'charset': 'utf-8'}).encode('utf-8')
    return out


def main():
    outdir = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    os.makedirs(outdir, exist_ok=True)
    for fname, data in sorted(build().items()):
        with open(os.path.join(outdir, fname), 'wb') as f:
            f.write(data)
    print('wrote %d files to %s' % (len(build()), outdir))


if __name__ == '__main__':
    main()
