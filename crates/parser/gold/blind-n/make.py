#!/usr/bin/env python3
"""Generator for the blind-n gold set (vnportal extractor).

Deterministic: stdlib only, one random.Random per page seeded "blind-n:NAME",
no clock.  Usage: python3 make.py [OUTDIR]
"""
import base64
import datetime as dt
import html
import json
import os
import random
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
CRAWL = dt.date(2026, 11, 22)


def rng(name):
    return random.Random("blind-n:" + name)


def E(s):
    return html.escape(s, quote=False)


def A(s):
    return html.escape(s, quote=True)


WD = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật"]
WD_LOWER = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]


def wd(d, lower=False):
    return (WD_LOWER if lower else WD)[d.weekday()]


def slugify(s):
    s = s.replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    out = []
    for c in s.lower():
        out.append(c if c.isalnum() and c.isascii() else "-")
    s = "".join(out)
    while "--" in s:
        s = s.replace("--", "-")
    return s.strip("-")


def b64(r, n):
    return base64.b64encode(bytes(r.getrandbits(8) for _ in range(n))).decode()


def hexs(r, n):
    return "".join(r.choice("0123456789abcdef") for _ in range(n))


def alnum(r, n):
    return "".join(r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(n))


# ---------------------------------------------------------------------------
# Article texts (invented).  Markers: L lead, P paragraph, H subheading,
# I list item, C image caption, T table row (cells split by " | "),
# Q quotation.
# ---------------------------------------------------------------------------

ARTS = {}

ARTS["p01"] = dict(
    title="Phường Vũ Ninh đối thoại với Nhân dân về chỉnh trang đô thị năm 2026",
    author="Ngọc Mai (Trung tâm Dịch vụ tổng hợp phường)",
    pub="2026-05-22T18:00:00+07:00",
    text="""
L: Chiều 22/5, Đảng ủy, HĐND, UBND, Ủy ban MTTQ Việt Nam phường Vũ Ninh tổ chức Hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với Nhân dân về công tác chỉnh trang đô thị, bảo đảm trật tự xây dựng và vệ sinh môi trường trên địa bàn.
P: Đồng chí Nguyễn Đức Thành, Bí thư Đảng ủy, Chủ tịch HĐND phường và đồng chí Trần Thị Minh Huệ, Phó Bí thư Đảng ủy, Chủ tịch UBND phường chủ trì hội nghị. Tham dự có đại diện các phòng chuyên môn, Công an phường, bí thư chi bộ, tổ trưởng tổ dân phố, trưởng ban công tác Mặt trận và hơn 180 cử tri đại diện cho 32 tổ dân phố.
P: Phát biểu khai mạc, đồng chí Nguyễn Đức Thành cho biết, sau gần một năm vận hành chính quyền địa phương hai cấp, phường Vũ Ninh được giao quản lý địa bàn rộng hơn, dân số tăng gần gấp đôi so với trước sắp xếp. Nhiều tuyến phố, khu dân cư cũ xuống cấp, hệ thống thoát nước chưa đồng bộ, tình trạng lấn chiếm vỉa hè để kinh doanh vẫn còn diễn ra. Vì vậy, việc lắng nghe trực tiếp ý kiến của Nhân dân là cơ sở quan trọng để cấp ủy, chính quyền xây dựng kế hoạch chỉnh trang đô thị sát với thực tế.
H: Nhiều ý kiến tâm huyết, thẳng thắn
P: Tại hội nghị, 14 lượt cử tri đã phát biểu, tập trung vào các nội dung: tiến độ cải tạo tuyến mương tiêu nước khu vực tổ dân phố số 7, số 9; việc lắp đặt bổ sung hệ thống chiếu sáng công cộng tại các ngõ, ngách; thời gian thu gom rác thải sinh hoạt chưa phù hợp; tình trạng đỗ xe ô tô lấn chiếm lòng đường vào buổi tối tại một số tuyến phố.
P: Ông Đỗ Văn Lực, cử tri tổ dân phố số 5, đề nghị phường công khai danh mục các công trình chỉnh trang dự kiến triển khai trong năm 2026 để Nhân dân theo dõi, giám sát và tham gia đóng góp. Bà Ngô Thị Thoa, tổ dân phố số 12, phản ánh nhiều hộ gia đình có nhu cầu hiến đất mở rộng ngõ nhưng còn lúng túng về thủ tục điều chỉnh giấy chứng nhận quyền sử dụng đất.
C: Cử tri tổ dân phố số 5 phát biểu ý kiến tại hội nghị đối thoại.
P: Các ý kiến của cử tri đã được lãnh đạo phường và đại diện các phòng chuyên môn tiếp thu, giải trình cụ thể ngay tại hội nghị. Đối với những nội dung vượt thẩm quyền, UBND phường sẽ tổng hợp, báo cáo các sở, ngành của tỉnh xem xét, giải quyết theo quy định.
H: Công khai danh mục công trình, nhận phản hồi qua ứng dụng
P: Kết luận hội nghị, đồng chí Trần Thị Minh Huệ khẳng định, UBND phường sẽ công khai danh mục 11 công trình chỉnh trang đô thị năm 2026 tại trụ sở, nhà văn hóa các tổ dân phố và trên Cổng thông tin điện tử phường. Các phản ánh của người dân về hạ tầng, môi trường, trật tự đô thị được tiếp nhận thường xuyên qua ứng dụng dịch vụ đô thị thông minh của tỉnh và đường dây nóng của phường; mỗi phản ánh đều được phân công xử lý, trả lời trong thời hạn không quá 5 ngày làm việc.
P: Đồng chí cũng đề nghị các chi bộ, tổ dân phố, Ban công tác Mặt trận tiếp tục vận động Nhân dân đồng thuận, chung tay giữ gìn vệ sinh môi trường, không lấn chiếm vỉa hè, lòng đường; phát huy vai trò giám sát của cộng đồng trong quá trình thi công các công trình trên địa bàn.
P: Theo kế hoạch, trong tháng 6/2026, phường sẽ khởi công cải tạo tuyến mương tiêu nước tổ dân phố số 7 và hoàn thành lắp đặt 120 bộ đèn chiếu sáng tại các ngõ, ngách trước mùa mưa bão.
""")

ARTS["p02"] = dict(
    title="Lào Cai đặt mục tiêu trồng mới 16.500 ha rừng trong năm 2026",
    author="Hoàng Văn Sơn (Chi cục Kiểm lâm)",
    pub="2026-03-10T14:20:00+07:00",
    text="""
L: Sáng 10/3, Sở Nông nghiệp và Môi trường tỉnh Lào Cai tổ chức hội nghị triển khai kế hoạch trồng rừng, chăm sóc, bảo vệ rừng và phòng cháy, chữa cháy rừng năm 2026 với sự tham gia của đại diện UBND các xã, phường và các ban quản lý rừng trên địa bàn tỉnh.
H: Ưu tiên trồng rừng gỗ lớn, cây bản địa
P: Theo báo cáo của Chi cục Kiểm lâm, năm 2025 toàn tỉnh trồng mới được 15.870 ha rừng, đạt 103% kế hoạch; tỷ lệ che phủ rừng đạt 60,2%. Công tác giao khoán bảo vệ rừng được thực hiện trên diện tích hơn 312.000 ha, tạo việc làm và thu nhập ổn định cho hàng nghìn hộ đồng bào dân tộc thiểu số ở các xã vùng cao.
P: Năm 2026, tỉnh đặt mục tiêu trồng mới 16.500 ha rừng, trong đó ưu tiên phát triển rừng gỗ lớn, trồng cây bản địa như lát hoa, giổi, re gừng xen với quế, sơn tra ở những vùng có điều kiện phù hợp. Các địa phương được yêu cầu rà soát quỹ đất, chuẩn bị cây giống đạt tiêu chuẩn và hoàn thành trồng rừng vụ xuân trước ngày 30/5.
P: Chỉ tiêu trồng rừng năm 2026 được phân bổ như sau:
T: Khu vực | Trồng mới (ha) | Trong đó rừng gỗ lớn (ha)
T: Các xã khu vực phía Bắc | 5.200 | 1.100
T: Các xã khu vực phía Nam | 7.300 | 1.850
T: Các ban quản lý rừng phòng hộ, đặc dụng | 2.600 | 650
T: Các công ty lâm nghiệp | 1.400 | 900
T: Toàn tỉnh | 16.500 | 4.500
H: Không để xảy ra cháy rừng lớn
P: Hiện nay, thời tiết trên địa bàn tỉnh đang bước vào giai đoạn cao điểm khô hanh, nguy cơ cháy rừng ở nhiều nơi luôn ở cấp IV, cấp V. Chi cục Kiểm lâm đã xây dựng bản đồ các vùng trọng điểm có nguy cơ cháy cao, bố trí lực lượng thường trực 24/24 giờ tại các chốt, trạm bảo vệ rừng.
C: Lực lượng kiểm lâm và dân quân xã thực hành phát dọn đường băng cản lửa.
P: Phát biểu chỉ đạo, đồng chí Phạm Quang Vinh, Phó Giám đốc Sở Nông nghiệp và Môi trường, yêu cầu các địa phương quán triệt phương châm “bốn tại chỗ”, kiện toàn ban chỉ đạo, tổ đội phòng cháy, chữa cháy rừng ở từng thôn, bản; tăng cường tuyên truyền để người dân không đốt nương, đốt thực bì trong những ngày nắng nóng. Cơ quan kiểm lâm phối hợp với công an xã xử lý nghiêm các trường hợp vi phạm quy định về sử dụng lửa trong rừng và ven rừng.
P: Đồng chí cũng đề nghị các xã tận dụng ứng dụng cảnh báo cháy rừng qua ảnh vệ tinh để phát hiện sớm điểm cháy, thông tin kịp thời đến lực lượng tại chỗ; đồng thời gắn trách nhiệm của chủ rừng, người nhận khoán với kết quả bảo vệ rừng hằng năm.
P: Ngay sau hội nghị, các đại biểu đã tham gia trồng 2.000 cây lát hoa tại khu vực rừng phòng hộ đầu nguồn thuộc xã Bảo Hà.
""")

ARTS["p03"] = dict(
    title="Hội nghị báo cáo viên Tỉnh ủy tháng 11/2026",
    author="Lê Thị Hồng Nhung, Phòng Thông tin - Báo cáo viên",
    pub="2026-11-17T15:40:00+07:00",
    text="""
L: Sáng 17/11, Ban Tuyên giáo và Dân vận Tỉnh ủy tổ chức Hội nghị báo cáo viên Tỉnh ủy định kỳ tháng 11/2026 theo hình thức trực tiếp kết hợp trực tuyến đến điểm cầu các đảng ủy xã, phường và đảng ủy trực thuộc Tỉnh ủy.
P: Đồng chí Lê Văn Khánh, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì hội nghị. Tham dự tại điểm cầu Tỉnh ủy có các đồng chí báo cáo viên Tỉnh ủy, lãnh đạo các ban, sở, ngành, Ủy ban MTTQ Việt Nam tỉnh; tại các điểm cầu cơ sở có bí thư, phó bí thư, báo cáo viên và cán bộ làm công tác tuyên giáo, dân vận của các đảng bộ.
P: Tại hội nghị, các đại biểu đã được nghe đồng chí Trịnh Minh Đức, Phó Giám đốc Sở Tài chính thông tin về tình hình kinh tế - xã hội của tỉnh 10 tháng năm 2026 và nhiệm vụ, giải pháp trọng tâm những tháng cuối năm. Theo đó, tốc độ tăng trưởng kinh tế của tỉnh ước đạt 9,1%; thu ngân sách nhà nước trên địa bàn đạt 91% dự toán; thu hút đầu tư trực tiếp nước ngoài tăng 18% so với cùng kỳ. Công tác an sinh xã hội được bảo đảm, hoàn thành xóa nhà tạm, nhà dột nát cho các hộ nghèo, hộ cận nghèo.
H: Định hướng công tác tuyên truyền những tháng cuối năm
P: Thông tin về định hướng tuyên truyền, đồng chí Nguyễn Thị Thanh Vân, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy đề nghị các cấp ủy, tổ chức đảng tập trung tuyên truyền kết quả thực hiện nghị quyết đại hội đảng bộ các cấp nhiệm kỳ 2025 - 2030; các hoạt động kỷ niệm 80 năm Ngày Toàn quốc kháng chiến (19/12/1946 - 19/12/2026); chủ động nắm bắt tư tưởng, tâm trạng của cán bộ, đảng viên và Nhân dân trước những vấn đề mới phát sinh trong quá trình vận hành chính quyền địa phương hai cấp.
P: Các đảng ủy xã, phường cần phát huy vai trò của đội ngũ báo cáo viên, tuyên truyền viên cơ sở, kịp thời cung cấp thông tin chính thống, đấu tranh phản bác các quan điểm sai trái, thù địch trên không gian mạng; đồng thời đẩy mạnh tuyên truyền gương người tốt, việc tốt, các mô hình “Dân vận khéo” tiêu biểu trong xây dựng nông thôn mới, đô thị văn minh.
H: Lắng nghe ý kiến từ cơ sở
P: Trong phần trao đổi, đại diện Đảng ủy phường Hạc Thành, Đảng ủy xã Thọ Xuân và Đảng ủy xã Ngọc Lặc đã chia sẻ kinh nghiệm tổ chức hội nghị báo cáo viên ở cấp xã sau sắp xếp, cách thức sử dụng các nhóm mạng xã hội của tổ dân phố, thôn để đưa thông tin thời sự đến người dân nhanh chóng, chính xác.
P: Phát biểu kết luận, đồng chí Lê Văn Khánh đề nghị các đồng chí báo cáo viên tiếp tục nâng cao chất lượng thông tin, chú trọng những vấn đề Nhân dân quan tâm như giá cả, việc làm, giải quyết thủ tục hành chính, chính sách đối với cán bộ dôi dư sau sắp xếp. Ban Tuyên giáo và Dân vận Tỉnh ủy sẽ duy trì cung cấp tài liệu sinh hoạt chi bộ hằng tháng và tổ chức tập huấn nghiệp vụ cho đội ngũ báo cáo viên cấp xã trong quý I/2027.
""")

ARTS["p04"] = dict(
    title="Phát động Tháng cao điểm “Vì người nghèo” năm 2026",
    author="Hồ Thị Thu Hiền, Nguyễn Đức Trí",
    pub="2026-10-07T11:48:00+07:00",
    text="""
L: Sáng 7/10, Ủy ban MTTQ Việt Nam tỉnh Quảng Trị tổ chức Lễ phát động Tháng cao điểm “Vì người nghèo” năm 2026, hưởng ứng Ngày Quốc tế xóa đói giảm nghèo 17/10 và kỷ niệm 96 năm Ngày truyền thống Mặt trận Tổ quốc Việt Nam (18/11/1930 - 18/11/2026).
P: Dự lễ phát động có đồng chí Hoàng Minh Tuấn, Phó Bí thư Tỉnh ủy; đồng chí Võ Thị Lệ Thủy, Phó Chủ tịch UBND tỉnh; lãnh đạo Ủy ban MTTQ Việt Nam tỉnh, các tổ chức chính trị - xã hội, sở, ngành, doanh nghiệp và đại diện Ủy ban MTTQ các xã, phường trên địa bàn tỉnh.
P: Báo cáo tại buổi lễ cho biết, từ đầu năm 2026 đến nay, Quỹ “Vì người nghèo” các cấp trong tỉnh đã vận động được hơn 38,6 tỷ đồng; hỗ trợ xây mới 412 nhà Đại đoàn kết, sửa chữa 156 nhà; trao hơn 9.800 suất quà cho hộ nghèo, hộ cận nghèo, học sinh có hoàn cảnh khó khăn. Tỷ lệ hộ nghèo đa chiều toàn tỉnh dự kiến giảm còn 4,1% vào cuối năm.
P: Phát biểu tại lễ phát động, đồng chí Hoàng Minh Tuấn ghi nhận những nỗ lực của hệ thống Mặt trận các cấp trong bối cảnh vừa hoàn thành sắp xếp tổ chức bộ máy, vừa tập trung khắc phục hậu quả mưa lũ. Đồng chí đề nghị Ủy ban MTTQ các cấp đổi mới cách thức vận động, công khai, minh bạch việc tiếp nhận, phân bổ nguồn lực; ưu tiên hỗ trợ sinh kế bền vững để người nghèo tự vươn lên thoát nghèo.
P: Trong Tháng cao điểm, Ủy ban MTTQ Việt Nam tỉnh đề nghị các cơ quan, đơn vị, doanh nghiệp và Nhân dân tập trung thực hiện một số nội dung:
I: Mỗi cán bộ, công chức, viên chức, người lao động trong các cơ quan, đơn vị ủng hộ ít nhất một ngày lương vào Quỹ “Vì người nghèo”.
I: Các doanh nghiệp, tổ chức kinh tế đăng ký hỗ trợ xây dựng nhà Đại đoàn kết, học bổng, phương tiện sinh kế cho hộ nghèo.
I: Ban Công tác Mặt trận ở thôn, tổ dân phố rà soát, lập danh sách hộ có hoàn cảnh đặc biệt khó khăn để hỗ trợ kịp thời, đúng đối tượng.
I: Thực hiện công khai kết quả vận động, phân bổ, sử dụng quỹ trên các phương tiện thông tin đại chúng và tại trụ sở Ủy ban MTTQ các cấp.
P: Ngay tại buổi lễ, các cơ quan, đơn vị, doanh nghiệp đã ủng hộ Quỹ “Vì người nghèo” tỉnh số tiền hơn 5,2 tỷ đồng. Ủy ban MTTQ Việt Nam tỉnh cũng trao 20 quyết định hỗ trợ xây nhà Đại đoàn kết, mỗi nhà 60 triệu đồng cho các hộ nghèo ở xã Hướng Lập, xã Lìa và xã Kim Ngân.
C: Lãnh đạo tỉnh trao quyết định hỗ trợ xây nhà Đại đoàn kết cho hộ nghèo.
""")

ARTS["p05"] = dict(
    title="Cứu sống bệnh nhân nhồi máu cơ tim cấp nhờ kích hoạt báo động đỏ liên viện",
    author="Trần Quốc Bảo - Phòng Công tác xã hội",
    pub="2026-03-12T00:00:00+07:00",
    text="""
P: Ngày 3/3, Bệnh viện Đa khoa tỉnh Phú Thọ đã cấp cứu thành công một bệnh nhân nam 58 tuổi bị nhồi máu cơ tim cấp, ngừng tuần hoàn trên đường chuyển viện, nhờ quy trình báo động đỏ liên viện được kích hoạt kịp thời.
P: Bệnh nhân là ông N.V.H., trú tại một xã vùng núi phía Tây của tỉnh, được Trung tâm Y tế khu vực tiếp nhận vào lúc 5 giờ sáng trong tình trạng đau ngực dữ dội, vã mồ hôi, khó thở. Kết quả điện tâm đồ cho thấy người bệnh bị nhồi máu cơ tim cấp thành dưới. Ngay sau khi hội chẩn trực tuyến với Trung tâm Tim mạch của bệnh viện, các bác sĩ đã dùng thuốc chống ngưng tập tiểu cầu và chuyển người bệnh lên tuyến tỉnh.
P: Trên đường vận chuyển, bệnh nhân đột ngột ngừng tuần hoàn. Kíp cấp cứu đi cùng lập tức ép tim, sốc điện và đặt nội khí quản, đồng thời thông báo để bệnh viện kích hoạt quy trình báo động đỏ. Khi xe cấp cứu vừa tới nơi, người bệnh được đưa thẳng vào phòng can thiệp mạch mà không phải qua khoa Cấp cứu.
P: Theo BS.CKII Lê Hồng Quân, Phó Giám đốc Trung tâm Tim mạch, kết quả chụp mạch vành cho thấy động mạch vành phải của người bệnh bị tắc hoàn toàn. Các bác sĩ đã hút huyết khối và đặt một stent, tái thông dòng chảy chỉ sau 42 phút kể từ khi người bệnh nhập viện. Sau một tuần điều trị, ông H. đã tỉnh táo, tự ăn uống và đi lại nhẹ nhàng trong phòng bệnh.
P: “Với nhồi máu cơ tim cấp, thời gian là cơ tim. Mỗi phút chậm trễ, hàng triệu tế bào cơ tim bị hoại tử không hồi phục. Việc kết nối chặt chẽ giữa tuyến cơ sở và tuyến tỉnh giúp người bệnh được can thiệp trong thời gian vàng”, BS.CKII Lê Hồng Quân chia sẻ.
P: Từ đầu năm 2026 đến nay, quy trình báo động đỏ liên viện đã được bệnh viện kích hoạt 27 lần, phối hợp với 9 trung tâm y tế khu vực trong tỉnh. Tỷ lệ người bệnh nhồi máu cơ tim cấp được can thiệp trong vòng 90 phút kể từ khi nhập viện đạt trên 85%.
P: Bác sĩ khuyến cáo, người có các yếu tố nguy cơ như tăng huyết áp, đái tháo đường, rối loạn mỡ máu, hút thuốc lá cần khám sức khỏe định kỳ; khi xuất hiện cơn đau thắt ngực kéo dài trên 20 phút, lan lên cổ, hàm hoặc cánh tay trái, kèm vã mồ hôi, khó thở, cần gọi ngay cấp cứu 115 hoặc đến cơ sở y tế gần nhất, tuyệt đối không tự điều trị tại nhà.
""")

ARTS["p06"] = dict(
    title="Nông dân Mỹ Thọ thu hoạch lúa hè thu theo quy trình giảm phát thải",
    author="Phạm Thanh Tâm, Lê Hữu Phước",
    pub="2026-08-19T10:25:41+07:00",
    text="""
P: Những ngày giữa tháng 8, trên cánh đồng hơn 120 ha của Hợp tác xã nông nghiệp Mỹ Thọ, xã Mỹ Thọ, tỉnh Đồng Tháp, nông dân đang tất bật thu hoạch lúa hè thu. Đây là vụ thứ ba hợp tác xã tham gia mô hình sản xuất lúa chất lượng cao, phát thải thấp do Hội Nông dân tỉnh phối hợp với ngành nông nghiệp triển khai.
P: Theo ông Nguyễn Văn Chín, Giám đốc hợp tác xã, các thành viên áp dụng đồng bộ quy trình “1 phải, 5 giảm”, sạ thưa bằng máy sạ cụm, bón phân theo bảng so màu lá và tưới ngập khô xen kẽ. Lượng giống gieo sạ giảm từ 150 kg xuống còn 70 - 80 kg/ha, lượng phân đạm giảm khoảng 25%, số lần phun thuốc bảo vệ thực vật giảm từ 6 - 7 lần xuống còn 3 - 4 lần mỗi vụ.
P: Năng suất lúa vụ này ước đạt 6,4 tấn/ha, tương đương ruộng sản xuất truyền thống, nhưng chi phí giảm 3 - 4 triệu đồng/ha. Toàn bộ sản lượng được doanh nghiệp bao tiêu với giá cao hơn giá thị trường 200 đồng/kg, giúp lợi nhuận của nông dân tăng thêm 5 - 6 triệu đồng/ha.
C: Nông dân Hợp tác xã nông nghiệp Mỹ Thọ thu hoạch lúa hè thu bằng máy gặt đập liên hợp.
P: Điểm mới của vụ hè thu năm nay là rơm rạ sau thu hoạch không còn bị đốt bỏ ngoài đồng. Hợp tác xã đã ký hợp đồng với một tổ hợp tác trong xã để cuộn rơm, sử dụng làm nguyên liệu trồng nấm và ủ phân hữu cơ. “Trước đây bà con quen đốt rơm cho nhanh, khói bay mù mịt. Giờ rơm bán được tiền, ruộng lại sạch, ai cũng thấy có lợi”, ông Trần Văn Lượm, xã viên hợp tác xã, phấn khởi nói.
P: Bà Lê Thị Kim Hoàng, Phó Chủ tịch Hội Nông dân tỉnh Đồng Tháp cho biết, đến nay toàn tỉnh có 46 hợp tác xã và tổ hợp tác tham gia mô hình với tổng diện tích gần 18.000 ha. Hội Nông dân các cấp đã phối hợp tổ chức hơn 300 lớp tập huấn, hỗ trợ hội viên tiếp cận nguồn vốn từ Quỹ Hỗ trợ nông dân để mua máy sạ cụm, máy cuộn rơm.
P: Thời gian tới, Hội Nông dân tỉnh sẽ tiếp tục nhân rộng mô hình, đẩy mạnh liên kết giữa nông dân với doanh nghiệp, đồng thời hướng dẫn các hợp tác xã ghi chép nhật ký đồng ruộng điện tử để đủ điều kiện tham gia thị trường tín chỉ các-bon trong những năm tới.
""")

ARTS["p07"] = dict(
    title="Tuyên dương 86 phụ nữ tiêu biểu nhân kỷ niệm 116 năm Ngày Quốc tế Phụ nữ",
    author="Kim Ngân",
    pub="2026-03-05T08:30:00+07:00",
    text="""
P: Sáng 4/3, Hội Liên hiệp Phụ nữ tỉnh Cà Mau tổ chức họp mặt kỷ niệm 116 năm Ngày Quốc tế Phụ nữ (8/3/1910 - 8/3/2026), 1.986 năm Khởi nghĩa Hai Bà Trưng và tuyên dương phụ nữ tiêu biểu năm 2025.
P: Dự buổi họp mặt có đồng chí Trần Thị Mỹ Linh, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội Liên hiệp Phụ nữ tỉnh; đại diện lãnh đạo các sở, ngành, các nữ đại biểu Quốc hội, đại biểu HĐND tỉnh và hơn 250 cán bộ, hội viên phụ nữ đến từ các xã, phường.
P: Năm 2025, trong bối cảnh thực hiện sắp xếp tổ chức bộ máy, hệ thống Hội các cấp đã nhanh chóng ổn định tổ chức, duy trì sinh hoạt thường xuyên tại 1.212 chi hội. Các cấp Hội đã hỗ trợ 3.460 phụ nữ khởi nghiệp, phát triển kinh tế; thành lập mới 38 tổ hợp tác, 7 hợp tác xã do phụ nữ quản lý; vận động xây dựng 52 “Mái ấm tình thương” và nhận đỡ đầu 418 trẻ em mồ côi theo Chương trình “Mẹ đỡ đầu”.
P: Nhiều mô hình hay tiếp tục được duy trì, nhân rộng như “Tiếng kẻng phòng chống bạo lực gia đình”, “Chi hội phụ nữ 5 không 3 sạch”, tổ tiết kiệm tín dụng phụ nữ ở các ấp ven biển. Dư nợ các nguồn vốn vay do Hội quản lý, ủy thác đạt hơn 1.150 tỷ đồng với gần 29.000 hộ vay, tỷ lệ nợ quá hạn dưới 0,3%.
H: Những tấm gương giản dị mà đáng quý
P: Trong số 86 phụ nữ được tuyên dương có nhiều gương mặt tiêu biểu trong lao động, sản xuất và công tác xã hội. Chị Lý Thị Diễm, hội viên ấp Rạch Gốc, xã Đất Mũi, từ hai bàn tay trắng đã xây dựng mô hình nuôi tôm sinh thái dưới tán rừng, tạo việc làm thường xuyên cho 12 lao động nữ. Bà Huỳnh Thị Út, 67 tuổi, chi hội trưởng phụ nữ ấp Cái Cám, nhiều năm liền vận động hội viên góp gạo, góp công sửa chữa nhà cho hộ nghèo.
P: “Được tuyên dương là niềm vinh dự, nhưng tôi nghĩ đó còn là trách nhiệm để mình tiếp tục giúp chị em trong ấp cùng làm ăn, cùng khá lên”, chị Lý Thị Diễm chia sẻ.
C: Lãnh đạo Hội LHPN tỉnh trao giấy khen cho các phụ nữ tiêu biểu năm 2025.
P: Phát biểu tại buổi họp mặt, đồng chí Trần Thị Mỹ Linh đề nghị các cấp Hội tiếp tục đổi mới phương thức hoạt động, hướng mạnh về chi hội; chú trọng hỗ trợ phụ nữ chuyển đổi số, tiếp cận thương mại điện tử để tiêu thụ sản phẩm; quan tâm chăm lo cho phụ nữ, trẻ em có hoàn cảnh khó khăn, phụ nữ dân tộc thiểu số ở vùng sâu, vùng xa.
""")

ARTS["p08"] = dict(
    title="Thông báo lịch tiếp công dân định kỳ của Chủ tịch UBND xã Tân Lập năm 2026",
    author=None,
    pub="2026-01-12T15:10:00+07:00",
    text="""
P: ỦY BAN NHÂN DÂN
P: XÃ TÂN LẬP
P: Số: 08/TB-UBND
P: CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
P: Độc lập - Tự do - Hạnh phúc
P: Tân Lập, ngày 12 tháng 01 năm 2026
H: THÔNG BÁO
H: Lịch tiếp công dân định kỳ của Chủ tịch Ủy ban nhân dân xã năm 2026
P: Căn cứ Luật Tiếp công dân và các văn bản hướng dẫn thi hành;
P: Căn cứ Quy chế làm việc của Ủy ban nhân dân xã Tân Lập;
P: Ủy ban nhân dân xã Tân Lập thông báo lịch tiếp công dân định kỳ của Chủ tịch Ủy ban nhân dân xã năm 2026 như sau:
H: 1. Thời gian tiếp công dân
P: Chủ tịch Ủy ban nhân dân xã tiếp công dân định kỳ vào ngày thứ Năm của tuần thứ hai và tuần thứ tư hằng tháng. Buổi sáng từ 7 giờ 30 phút đến 11 giờ 00 phút; buổi chiều từ 13 giờ 30 phút đến 17 giờ 00 phút. Trường hợp ngày tiếp công dân trùng với ngày nghỉ lễ, Tết thì được chuyển sang ngày làm việc liền kề tiếp theo.
P: Ngoài lịch tiếp định kỳ, Chủ tịch Ủy ban nhân dân xã tiếp công dân đột xuất trong các trường hợp vụ việc phức tạp, có nhiều người tham gia, liên quan đến trách nhiệm của nhiều cơ quan, tổ chức hoặc có nguy cơ gây mất an ninh, trật tự.
H: 2. Địa điểm tiếp công dân
P: Phòng tiếp công dân, Trụ sở Ủy ban nhân dân xã Tân Lập (ấp Tân Trung, xã Tân Lập, tỉnh Tây Ninh). Điện thoại liên hệ: 0272.3812.456.
H: 3. Một số lưu ý đối với công dân
I: Công dân đến khiếu nại, tố cáo, kiến nghị, phản ánh phải mang theo giấy tờ tùy thân; trường hợp được ủy quyền phải có văn bản ủy quyền hợp pháp.
I: Trình bày trung thực sự việc, cung cấp thông tin, tài liệu liên quan; ký hoặc điểm chỉ xác nhận vào văn bản trình bày nội dung vụ việc.
I: Trường hợp nhiều người cùng khiếu nại, tố cáo về một nội dung thì cử đại diện không quá 05 người để trình bày.
I: Chấp hành nội quy nơi tiếp công dân và sự hướng dẫn của cán bộ tiếp công dân.
P: Ủy ban nhân dân xã Tân Lập thông báo để các cơ quan, đơn vị và Nhân dân trên địa bàn biết, thực hiện./.
P: Nơi nhận:
P: Thanh tra tỉnh;
P: TT Đảng ủy, HĐND xã;
P: CT, các PCT UBND xã;
P: Ủy ban MTTQ Việt Nam xã;
P: Niêm yết tại trụ sở, các ấp;
P: Lưu: VT.
P: CHỦ TỊCH
P: (Đã ký)
P: Nguyễn Thanh Phong
""")

ARTS["p09"] = dict(
    title="Tỉnh đoàn Gia Lai tổng kết công tác Đoàn và phong trào thanh thiếu nhi năm 2025",
    author="Đinh Thị Ngọc Hân",
    pub="2025-12-31T14:54:14+07:00",
    text="""
L: Sáng 31/12, Ban Thường vụ Tỉnh đoàn Gia Lai tổ chức Hội nghị tổng kết công tác Đoàn và phong trào thanh thiếu nhi năm 2025, triển khai nhiệm vụ năm 2026. Đây là hội nghị tổng kết đầu tiên của Tỉnh đoàn sau khi hợp nhất tổ chức Đoàn hai tỉnh Gia Lai và Bình Định.
P: Dự hội nghị có đồng chí Đặng Hoài Nam, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy; đồng chí Ksor H'Bia, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; đại diện lãnh đạo các sở, ngành và Ban Chấp hành Tỉnh đoàn, bí thư đoàn các xã, phường, đoàn trực thuộc.
P: Năm 2025, công tác Đoàn và phong trào thanh thiếu nhi trong tỉnh diễn ra trong bối cảnh có nhiều thay đổi lớn về tổ chức bộ máy. Ban Thường vụ Tỉnh đoàn đã chủ động tham mưu kiện toàn tổ chức Đoàn ở 135 xã, phường sau sắp xếp, bảo đảm không để gián đoạn hoạt động, không để đoàn viên “ngoài tổ chức”. Toàn tỉnh kết nạp mới 14.260 đoàn viên, giới thiệu 2.950 đoàn viên ưu tú cho Đảng xem xét kết nạp, trong đó 2.310 đoàn viên đã được kết nạp vào Đảng.
P: Phong trào “Thanh niên tình nguyện” tiếp tục là điểm sáng với 46 công trình, phần việc thanh niên có tổng giá trị hơn 21 tỷ đồng; các chiến dịch tình nguyện hè đã sửa chữa 38 km đường giao thông nông thôn, thắp sáng 27 km đường quê, hỗ trợ làm thủ tục hành chính trực tuyến cho hơn 40.000 lượt người dân tại các điểm phục vụ hành chính công cấp xã.
H: Khen thưởng 25 tập thể, 40 cá nhân
P: Tại hội nghị, Ban Chấp hành Trung ương Đoàn đã tặng Bằng khen cho 3 tập thể và 5 cá nhân; Ban Thường vụ Tỉnh đoàn tặng Bằng khen cho 25 tập thể và 40 cá nhân có thành tích xuất sắc trong công tác Đoàn và phong trào thanh thiếu nhi năm 2025.
C: Đồng chí Đặng Hoài Nam trao Bằng khen cho các tập thể có thành tích xuất sắc.
P: Phát biểu chỉ đạo, đồng chí Đặng Hoài Nam ghi nhận những kết quả Tỉnh đoàn đạt được và đề nghị năm 2026, các cấp bộ Đoàn tập trung thực hiện một số nhiệm vụ trọng tâm:
I: Đổi mới nội dung, phương thức giáo dục chính trị, tư tưởng, lý tưởng cách mạng cho đoàn viên, thanh niên, gắn với tuyên truyền các sự kiện chính trị lớn của đất nước và của tỉnh.
I: Phát huy vai trò xung kích của thanh niên trong chuyển đổi số, phổ cập kỹ năng số cho người dân, nhất là ở các xã vùng đồng bào dân tộc thiểu số.
I: Chăm lo, bảo vệ quyền và lợi ích hợp pháp của thanh thiếu nhi; hỗ trợ thanh niên khởi nghiệp, lập thân, lập nghiệp.
I: Tiếp tục củng cố tổ chức cơ sở Đoàn ở các xã, phường sau sắp xếp, nâng cao chất lượng đội ngũ cán bộ Đoàn.
P: Thay mặt Ban Thường vụ Tỉnh đoàn, đồng chí Võ Minh Khoa, Bí thư Tỉnh đoàn tiếp thu ý kiến chỉ đạo và cho biết, năm 2026, Tỉnh đoàn sẽ lấy chủ đề “Năm Thanh niên chuyển đổi số”, phấn đấu mỗi cơ sở Đoàn có ít nhất một mô hình, công trình số do thanh niên đảm nhận.
""")

ARTS["p10"] = dict(
    title="Tập huấn nghiệp vụ hộ tịch, chứng thực cho công chức cấp xã năm 2026",
    author="Nguyễn Thị Hải Yến",
    pub="2026-04-16T09:18:00+07:00",
    text="""
L: Trong hai ngày 14 và 15/4, Sở Tư pháp tỉnh Hưng Yên tổ chức hội nghị tập huấn chuyên sâu nghiệp vụ hộ tịch, chứng thực và liên thông thủ tục hành chính cho hơn 300 công chức làm công tác tư pháp - hộ tịch của 104 xã, phường trên địa bàn tỉnh.
P: Phát biểu khai mạc, bà Đào Thị Thu Hà, Phó Giám đốc Sở Tư pháp cho biết, sau khi thực hiện mô hình chính quyền địa phương hai cấp, toàn bộ thẩm quyền đăng ký hộ tịch có yếu tố nước ngoài, cấp bản sao trích lục và nhiều thủ tục trước đây do cấp huyện thực hiện nay được chuyển về Ủy ban nhân dân cấp xã. Khối lượng công việc tăng lên đáng kể trong khi nhiều công chức mới được bố trí, chưa có nhiều kinh nghiệm thực tiễn.
P: Theo số liệu của Sở Tư pháp, quý I/2026, các xã, phường trong tỉnh đã giải quyết hơn 41.500 hồ sơ hộ tịch, chứng thực, trong đó trên 92% được tiếp nhận và trả kết quả trực tuyến. Tuy nhiên, vẫn còn tình trạng hồ sơ trả lại do sai sót thông tin, chậm cập nhật dữ liệu vào Cơ sở dữ liệu hộ tịch điện tử toàn quốc.
P: Tại hội nghị, các báo cáo viên là lãnh đạo, chuyên viên Phòng Hành chính tư pháp và Bổ trợ tư pháp đã hướng dẫn các nội dung:
I: Đăng ký khai sinh, kết hôn, khai tử có yếu tố nước ngoài; ghi vào sổ hộ tịch việc hộ tịch của công dân Việt Nam đã được giải quyết tại cơ quan có thẩm quyền của nước ngoài.
I: Thực hiện liên thông điện tử nhóm thủ tục đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ dưới 6 tuổi.
I: Chứng thực bản sao điện tử từ bản chính, chứng thực chữ ký, chứng thực hợp đồng, giao dịch liên quan đến bất động sản.
I: Khai thác, cập nhật, chuẩn hóa dữ liệu hộ tịch và xử lý các tình huống thường gặp trên phần mềm đăng ký, quản lý hộ tịch điện tử.
C: Quang cảnh hội nghị tập huấn.
P: Buổi tập huấn dành nhiều thời gian để trao đổi, giải đáp vướng mắc. Nhiều công chức tư pháp nêu các tình huống cụ thể như xác định thẩm quyền đăng ký lại khai sinh khi hồ sơ gốc lưu trữ tại địa phương cũ đã sáp nhập, hay việc cải chính hộ tịch khi thông tin trên giấy tờ tùy thân không thống nhất.
P: Kết thúc hội nghị, Sở Tư pháp đề nghị Ủy ban nhân dân các xã, phường bố trí đủ công chức làm công tác hộ tịch, tạo điều kiện để công chức tham gia bồi dưỡng nghiệp vụ; tăng cường tự kiểm tra, kịp thời chấn chỉnh các sai sót, bảo đảm giải quyết thủ tục hành chính đúng quy định, thuận lợi cho người dân.
""")

ARTS["p11"] = dict(
    title="Rộn ràng Lễ khai giảng năm học 2026 - 2027",
    author="Nguyễn Thị Hoài An, Đoàn trường",
    pub="2026-09-05T10:32:00+07:00",
    text="""
L: Sáng 5/9, cùng với hơn 22 triệu học sinh cả nước, thầy và trò Trường THPT Nguyễn Trãi long trọng tổ chức Lễ khai giảng năm học 2026 - 2027 trong không khí phấn khởi, trang trọng.
P: Dự buổi lễ có đồng chí Phan Văn Lộc, Phó Chủ tịch UBND phường Phan Rang; đại diện Sở Giáo dục và Đào tạo, Ban đại diện cha mẹ học sinh cùng toàn thể cán bộ, giáo viên, nhân viên và 1.386 học sinh của nhà trường.
P: Năm học 2025 - 2026, nhà trường có 98,9% học sinh đạt kết quả học tập từ trung bình trở lên; 100% học sinh lớp 12 tốt nghiệp trung học phổ thông, trong đó 214 em đạt tổng điểm từ 24 trở lên theo tổ hợp xét tuyển. Đội tuyển học sinh giỏi của trường giành 27 giải cấp tỉnh và 2 giải Khuyến khích kỳ thi chọn học sinh giỏi quốc gia.
P: Năm học mới, trường đón 462 học sinh lớp 10, được biên chế thành 11 lớp. Nhà trường tiếp tục thực hiện Chương trình giáo dục phổ thông 2018, đẩy mạnh dạy học theo định hướng phát triển phẩm chất, năng lực; triển khai dạy tiếng Anh tăng cường và giáo dục STEM ở tất cả các khối lớp.
P: Phát biểu tại buổi lễ, thầy Lê Quang Huy, Hiệu trưởng nhà trường đã đọc thư của Chủ tịch nước gửi ngành Giáo dục nhân dịp khai giảng năm học mới, đồng thời giao nhiệm vụ cho giáo viên và học sinh: mỗi thầy cô là một tấm gương về đạo đức, tự học và sáng tạo; mỗi học sinh chăm ngoan, học giỏi, rèn luyện kỹ năng sống, sử dụng mạng xã hội văn minh, an toàn.
P: Nhân dịp này, Ban đại diện cha mẹ học sinh và các nhà hảo tâm đã trao 35 suất học bổng, mỗi suất 2 triệu đồng cho học sinh vượt khó học tốt. Buổi lễ khép lại với tiếng trống khai trường và màn đồng diễn của học sinh khối 10.
P: Một số hình ảnh tại Lễ khai giảng:
C: Các em học sinh lớp 10 diễu hành chào mừng năm học mới.
C: Thầy Lê Quang Huy, Hiệu trưởng nhà trường đánh trống khai giảng.
C: Ban đại diện cha mẹ học sinh trao học bổng cho học sinh vượt khó học tốt.
C: Màn đồng diễn của học sinh khối 10.
""")

ARTS["p12"] = dict(
    title="Xã Ba Tơ triển khai công tác bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026 - 2031",
    author="Phạm Văn Đông, Văn phòng HĐND - UBND xã",
    pub="2026-01-12T00:00:00+07:00",
    text="""
P: Ngày 12/1, Ủy ban bầu cử xã Ba Tơ tổ chức hội nghị triển khai công tác bầu cử đại biểu Quốc hội khóa XVI và đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2026 - 2031 trên địa bàn xã.
P: Đồng chí Đinh Văn Thiện, Bí thư Đảng ủy, Chủ tịch HĐND xã, Chủ tịch Ủy ban bầu cử xã chủ trì hội nghị. Tham dự có các thành viên Ủy ban bầu cử, lãnh đạo Ủy ban MTTQ Việt Nam xã, các đoàn thể, trưởng các thôn và công chức chuyên môn.
P: Theo kế hoạch, cuộc bầu cử sẽ được tiến hành vào Chủ nhật, ngày 15/3/2026. Toàn xã dự kiến có hơn 14.800 cử tri, được chia thành 19 khu vực bỏ phiếu. Hội đồng nhân dân xã nhiệm kỳ 2026 - 2031 được bầu 30 đại biểu tại 6 đơn vị bầu cử.
P: Tại hội nghị, các đại biểu đã được quán triệt các văn bản chỉ đạo của Trung ương, của tỉnh về công tác bầu cử; nghe hướng dẫn quy trình hiệp thương, giới thiệu người ứng cử, lập danh sách cử tri, tổ chức hội nghị tiếp xúc cử tri và công tác tuyên truyền. Do địa bàn xã rộng, nhiều thôn ở xa trung tâm, đồng bào Hrê chiếm trên 80% dân số, công tác tuyên truyền cần được thực hiện bằng nhiều hình thức phù hợp, trong đó có tuyên truyền bằng tiếng Hrê qua hệ thống loa truyền thanh và các buổi sinh hoạt cộng đồng.
P: Phát biểu chỉ đạo, đồng chí Đinh Văn Thiện yêu cầu các thành viên Ủy ban bầu cử, các tiểu ban, tổ bầu cử nêu cao tinh thần trách nhiệm, thực hiện đúng quy trình, thời gian theo luật định; bảo đảm cơ cấu, thành phần hợp lý, chú trọng tỷ lệ người ứng cử là phụ nữ, người dân tộc thiểu số và người trẻ tuổi. Công an xã xây dựng phương án bảo đảm an ninh, trật tự trước, trong và sau ngày bầu cử; rà soát, nắm chắc tình hình tại các thôn giáp ranh.
P: Đồng chí cũng đề nghị các thôn sớm rà soát, lập danh sách cử tri chính xác, không để sót hoặc trùng lặp, nhất là đối với người lao động đi làm ăn xa; bố trí địa điểm bỏ phiếu thuận tiện cho người cao tuổi, người khuyết tật. Mỗi cán bộ, đảng viên phải gương mẫu, vận động gia đình và Nhân dân tham gia bầu cử đầy đủ, lựa chọn những người tiêu biểu về phẩm chất, năng lực vào cơ quan quyền lực nhà nước.
P: Ngay sau hội nghị, Ủy ban bầu cử xã đã ban hành kế hoạch tuyên truyền và phân công các thành viên phụ trách từng khu vực bỏ phiếu.
""")

ARTS["p13"] = dict(
    title="Khám sàng lọc bệnh lao miễn phí cho hơn 1.200 người dân xã Con Cuông",
    author="Hồ Thị Lan Anh",
    pub="2026-06-03T00:00:00+07:00",
    text="""
P: Từ ngày 28/5 đến ngày 2/6, Bệnh viện Phổi Nghệ An phối hợp với Trạm Y tế xã Con Cuông tổ chức khám sàng lọc, phát hiện bệnh lao và các bệnh phổi mạn tính cho người dân trên địa bàn xã.
P: Đối tượng được ưu tiên sàng lọc là người từ 60 tuổi trở lên, người mắc đái tháo đường, người có tiền sử tiếp xúc với bệnh nhân lao, người hút thuốc lá lâu năm và người có các triệu chứng ho kéo dài trên hai tuần. Người dân được khám lâm sàng, chụp X-quang phổi kỹ thuật số có tích hợp phần mềm trí tuệ nhân tạo hỗ trợ đọc phim; trường hợp nghi lao được lấy mẫu đờm làm xét nghiệm sinh học phân tử ngay tại chỗ.
P: Sau 6 ngày triển khai, đoàn đã khám và chụp X-quang cho 1.236 người, phát hiện 9 trường hợp mắc lao phổi, 47 trường hợp nghi mắc bệnh phổi tắc nghẽn mạn tính và nhiều trường hợp có tổn thương phổi khác. Toàn bộ người bệnh mắc lao đã được tư vấn và đưa vào điều trị theo phác đồ của Chương trình chống lao quốc gia tại địa phương.
C: Người dân xã Con Cuông được chụp X-quang phổi trên xe lưu động.
P: Theo BSCKII Trần Đình Phúc, Trưởng khoa Chỉ đạo tuyến, Bệnh viện Phổi Nghệ An, việc ứng dụng trí tuệ nhân tạo trong đọc phim X-quang giúp rút ngắn thời gian sàng lọc, giảm tỷ lệ bỏ sót tổn thương, đặc biệt ở những địa bàn thiếu bác sĩ chuyên khoa. “Bệnh lao hoàn toàn có thể chữa khỏi nếu được phát hiện sớm và điều trị đủ liệu trình. Điều đáng lo ngại là nhiều người bệnh chủ quan, nghĩ mình chỉ bị ho thông thường nên không đi khám”, bác sĩ Phúc nói.
P: Ông Lò Văn Thắng, 67 tuổi, ở bản Khe Choăng cho biết, đã nhiều năm ông bị ho nhưng ngại đi xa để khám. “Nay có đoàn bác sĩ về tận xã khám miễn phí, chụp phim có kết quả ngay, tôi rất yên tâm”, ông Thắng chia sẻ.
P: Hoạt động khám sàng lọc nằm trong kế hoạch phòng, chống lao năm 2026 của tỉnh, hướng tới mục tiêu chấm dứt bệnh lao vào năm 2030. Trong năm nay, Bệnh viện Phổi Nghệ An dự kiến tổ chức sàng lọc chủ động tại 20 xã miền núi, vùng đồng bào dân tộc thiểu số.
""")

ARTS["p14"] = dict(
    title="Ninh Bình đón hơn 1,2 triệu lượt khách dịp nghỉ lễ Quốc khánh",
    author="Vũ Thu Hường",
    pub="2026-09-03T16:05:00+07:00",
    text="""
L: Theo báo cáo nhanh của Sở Văn hóa, Thể thao và Du lịch, trong dịp nghỉ lễ Quốc khánh 2/9/2026, các khu, điểm du lịch trên địa bàn tỉnh Ninh Bình ước đón hơn 1,2 triệu lượt khách, tăng 14% so với cùng kỳ năm 2025.
P: Trong đó, khách quốc tế ước đạt 186.000 lượt; tổng thu từ hoạt động du lịch ước đạt 2.350 tỷ đồng. Công suất sử dụng phòng tại các cơ sở lưu trú trung bình đạt 78%, riêng khu vực Tràng An, Tam Cốc - Bích Động, Hoa Lư và khu du lịch biển Quất Lâm có thời điểm đạt trên 95%.
P: Các điểm đến thu hút đông khách nhất là Quần thể danh thắng Tràng An với hơn 210.000 lượt khách, khu du lịch Tam Cốc - Bích Động, chùa Bái Đính, Khu di tích lịch sử - văn hóa đền Trần, chùa Phổ Minh và khu du lịch Tam Chúc. Nhiều sản phẩm mới như tour đêm “Tràng An huyền thoại”, trải nghiệm làng nghề thêu ren Văn Lâm, chợ quê ven sông Đáy được du khách đánh giá cao.
H: Bảo đảm an toàn, văn minh
P: Để phục vụ khách trong dịp lễ, Sở Văn hóa, Thể thao và Du lịch đã thành lập các đoàn kiểm tra liên ngành, phối hợp với Ủy ban nhân dân các xã, phường có điểm du lịch tăng cường quản lý giá dịch vụ, vệ sinh an toàn thực phẩm, trật tự giao thông. Đường dây nóng hỗ trợ du khách hoạt động 24/24 giờ đã tiếp nhận và xử lý 17 phản ánh, chủ yếu liên quan đến giá gửi xe và thái độ phục vụ tại một số cơ sở kinh doanh.
P: Tại các bến thuyền ở Tràng An, Tam Cốc, 100% du khách được trang bị áo phao; lực lượng cứu hộ thường trực tại những khu vực có nguy cơ mất an toàn. Nhờ sự chuẩn bị chu đáo, trong dịp lễ không xảy ra sự cố nghiêm trọng nào đối với du khách.
C: Du khách tham quan Quần thể danh thắng Tràng An dịp nghỉ lễ Quốc khánh.
P: Ông Trịnh Văn Khải, Giám đốc Sở Văn hóa, Thể thao và Du lịch cho biết, kết quả này cho thấy hiệu quả của việc liên kết phát triển du lịch sau khi hợp nhất ba tỉnh, tạo thành chuỗi sản phẩm đa dạng từ du lịch di sản, tâm linh đến du lịch biển và nông nghiệp. Thời gian tới, Sở sẽ tiếp tục phối hợp với các địa phương chuẩn hóa dịch vụ, đẩy mạnh chuyển đổi số trong quảng bá, hướng tới mục tiêu đón 18 triệu lượt khách trong năm 2026.
""")

ARTS["p15"] = dict(
    title="Tân Yên tổng kết Chương trình xây dựng nông thôn mới năm 2023",
    author="Thu Thủy",
    pub="2024-01-15T08:45:00+07:00",
    text="""
L: Chiều 12/1, Ban Chỉ đạo các Chương trình mục tiêu quốc gia huyện Tân Yên tổ chức hội nghị tổng kết Chương trình xây dựng nông thôn mới năm 2023, triển khai nhiệm vụ năm 2024.
P: Năm 2023, huyện Tân Yên huy động hơn 412 tỷ đồng cho xây dựng nông thôn mới, trong đó Nhân dân đóng góp gần 58 tỷ đồng và hiến hơn 21.000 m² đất để mở rộng đường giao thông, xây dựng nhà văn hóa thôn. Đến hết năm, huyện có 8 xã đạt chuẩn nông thôn mới nâng cao, 3 xã đạt chuẩn nông thôn mới kiểu mẫu và 42 thôn đạt chuẩn thôn nông thôn mới kiểu mẫu.
P: Chương trình Mỗi xã một sản phẩm (OCOP) tiếp tục được quan tâm, huyện có thêm 11 sản phẩm đạt 3 sao, nâng tổng số sản phẩm OCOP lên 46 sản phẩm. Thu nhập bình quân đầu người khu vực nông thôn đạt 64,5 triệu đồng/năm; tỷ lệ hộ nghèo giảm còn 1,2%.
P: Bên cạnh kết quả đạt được, hội nghị cũng chỉ ra một số hạn chế như tiến độ thực hiện một số tiêu chí ở các xã phấn đấu đạt chuẩn nâng cao còn chậm; công tác thu gom, xử lý rác thải sinh hoạt ở khu vực nông thôn chưa đáp ứng yêu cầu; việc liên kết sản xuất, tiêu thụ nông sản theo chuỗi giá trị còn ít.
C: Lãnh đạo huyện trao giấy khen cho các tập thể có thành tích xuất sắc trong xây dựng nông thôn mới.
P: Năm 2024, huyện Tân Yên phấn đấu có thêm 3 xã đạt chuẩn nông thôn mới nâng cao, 2 xã đạt chuẩn nông thôn mới kiểu mẫu và hoàn thành các tiêu chí huyện nông thôn mới nâng cao. Phát biểu chỉ đạo, đồng chí Nguyễn Văn Tuấn, Chủ tịch UBND huyện đề nghị các xã, thị trấn tiếp tục đẩy mạnh tuyên truyền, phát huy vai trò chủ thể của Nhân dân; tập trung nâng cao chất lượng các tiêu chí về môi trường, cảnh quan, phát triển sản xuất hàng hóa gắn với xây dựng thương hiệu sản phẩm đặc trưng của địa phương.
P: Đồng chí cũng yêu cầu các cơ quan chuyên môn của huyện tăng cường kiểm tra, hướng dẫn cơ sở, kịp thời tháo gỡ khó khăn, vướng mắc; lồng ghép hiệu quả các nguồn vốn, ưu tiên đầu tư những công trình thiết yếu phục vụ sản xuất và đời sống của Nhân dân.
P: Dịp này, UBND huyện khen thưởng 12 tập thể, 25 cá nhân có thành tích xuất sắc trong xây dựng nông thôn mới năm 2023.
""")

ARTS["p16"] = dict(
    title="Cẩm Khê lấy ý kiến cử tri về đề án sắp xếp đơn vị hành chính cấp xã",
    author="Minh Phương",
    pub="2025-04-18T16:12:09+07:00",
    text="""
P: Ngày 18/4, các xã, thị trấn trên địa bàn huyện Cẩm Khê đồng loạt tổ chức lấy ý kiến cử tri về chủ trương sắp xếp đơn vị hành chính cấp xã, thành lập đơn vị hành chính cấp xã mới theo hình thức phát phiếu lấy ý kiến tới từng hộ gia đình.
P: Theo phương án dự kiến, 24 xã, thị trấn của huyện Cẩm Khê sẽ được sắp xếp thành 6 xã mới. Sau sắp xếp, cấp huyện kết thúc hoạt động, các xã mới trực thuộc tỉnh, thực hiện mô hình chính quyền địa phương hai cấp.
P: Để bảo đảm việc lấy ý kiến dân chủ, công khai, đúng quy định, Ban Chỉ đạo huyện đã chỉ đạo các xã, thị trấn niêm yết công khai dự thảo đề án tại trụ sở UBND xã, nhà văn hóa các khu dân cư; tổ chức tuyên truyền trên hệ thống loa truyền thanh và các nhóm Zalo của khu dân cư. Các tổ lấy ý kiến đến từng hộ gia đình phát phiếu, hướng dẫn cử tri cách ghi phiếu và thu phiếu trong ngày.
P: Tại khu dân cư số 3, xã Sơn Tình, bà Nguyễn Thị Vân, 72 tuổi, cho biết: “Tôi đồng tình với chủ trương của Đảng, Nhà nước. Sáp nhập để bộ máy gọn nhẹ, đỡ tốn kém, miễn là sau này người dân đi làm giấy tờ vẫn thuận tiện, cán bộ vẫn sát dân”.
C: Tổ lấy ý kiến phát phiếu cho cử tri khu dân cư số 3, xã Sơn Tình.
P: Đối với cử tri đi làm ăn xa, các xã bố trí hình thức lấy ý kiến trực tuyến qua ứng dụng VNeID, bảo đảm không bỏ sót cử tri. Cử tri là người cao tuổi, người khuyết tật được tổ lấy ý kiến hỗ trợ ghi phiếu theo đúng nguyện vọng.
P: Kết quả sơ bộ đến 15 giờ cùng ngày, toàn huyện có trên 98% cử tri tham gia cho ý kiến, trong đó tỷ lệ đồng ý với chủ trương sắp xếp đạt trên 97%. Ban Chỉ đạo huyện yêu cầu các xã tổng hợp kết quả, báo cáo Hội đồng nhân dân cùng cấp xem xét, thông qua nghị quyết trước ngày 25/4.
P: Cùng với việc lấy ý kiến cử tri, huyện Cẩm Khê đang khẩn trương rà soát trụ sở, tài sản công, phương án bố trí cán bộ, công chức sau sắp xếp, bảo đảm các xã mới đi vào hoạt động thông suốt, không làm gián đoạn việc giải quyết thủ tục hành chính cho người dân và doanh nghiệp.
""")

ARTS["p17"] = dict(
    title="Phường Thủ Dầu Một đưa vào vận hành khu tiếp nhận hồ sơ không giấy tờ",
    author="Lâm Gia Hân, Trần Bảo Ngọc",
    pub="2026-09-14T09:15:36+07:00",
    text="""
L: Từ ngày 14/9, Trung tâm Phục vụ hành chính công phường Thủ Dầu Một chính thức đưa vào vận hành khu tiếp nhận hồ sơ không giấy tờ, cho phép người dân thực hiện gần 200 thủ tục hành chính mà không cần nộp bản giấy.
P: Khu tiếp nhận mới được bố trí 12 quầy giao dịch, 8 máy tính tự phục vụ và 2 tổ hỗ trợ do đoàn viên thanh niên phường đảm nhận. Người dân chỉ cần mang theo căn cước hoặc đăng nhập tài khoản định danh điện tử mức độ 2; thông tin cá nhân, giấy tờ đã được số hóa sẽ được hệ thống tự động điền vào tờ khai, hạn chế việc kê khai lại nhiều lần.
P: Theo bà Đoàn Thị Ngọc Trâm, Phó Chủ tịch UBND phường Thủ Dầu Một, sau hơn một năm vận hành chính quyền địa phương hai cấp, số lượng hồ sơ tiếp nhận tại phường tăng gấp ba lần so với trước. Bình quân mỗi ngày trung tâm tiếp nhận khoảng 450 hồ sơ, cao điểm có ngày lên tới 700 hồ sơ, chủ yếu thuộc lĩnh vực hộ tịch, chứng thực, đất đai và đăng ký kinh doanh hộ cá thể.
P: “Chúng tôi xác định người dân là trung tâm phục vụ. Khu tiếp nhận không giấy tờ giúp rút ngắn thời gian chờ đợi, giảm chi phí sao chụp giấy tờ, đồng thời minh bạch toàn bộ quá trình giải quyết hồ sơ”, bà Trâm nói.
H: Đánh giá sự hài lòng ngay tại quầy
P: Mỗi quầy giao dịch đều được lắp thiết bị để người dân đánh giá mức độ hài lòng ngay sau khi nộp hồ sơ. Kết quả đánh giá được cập nhật theo thời gian thực trên màn hình tại sảnh và trên hệ thống thông tin giải quyết thủ tục hành chính của thành phố. Những hồ sơ trễ hạn sẽ được cảnh báo tự động đến lãnh đạo phường và công chức phụ trách.
C: Đoàn viên thanh niên hỗ trợ người dân thao tác trên máy tính tự phục vụ.
P: Anh Nguyễn Quốc Việt, ngụ khu phố 4, đến làm thủ tục đăng ký khai sinh cho con trong ngày đầu tiên, cho biết chỉ mất khoảng 15 phút để hoàn tất. “Trước đây tôi phải photo, chứng thực cả xấp giấy tờ. Giờ chỉ cần quét căn cước, công chức hướng dẫn tận tình, kết quả gửi qua ứng dụng”, anh Việt chia sẻ.
P: Thời gian tới, phường Thủ Dầu Một sẽ mở rộng dịch vụ trả kết quả tại nhà qua bưu chính công ích, phấn đấu đến cuối năm 2026, tỷ lệ hồ sơ trực tuyến toàn trình đạt trên 80%.
""")

ARTS["p18"] = dict(
    title="Lâm Đồng chủ động phòng, chống sốt xuất huyết trong mùa mưa",
    author="ThS. Phan Thị Mỹ Dung, Trung tâm Kiểm soát bệnh tật tỉnh",
    pub="2026-06-26T15:47:00+07:00",
    text="""
L: Từ đầu năm 2026 đến ngày 21/6, toàn tỉnh Lâm Đồng ghi nhận 2.184 ca mắc sốt xuất huyết, tăng 31% so với cùng kỳ năm 2025, chưa ghi nhận trường hợp tử vong. Ngành Y tế đã triển khai đồng bộ nhiều giải pháp để ngăn chặn dịch bùng phát khi mùa mưa đến.
P: Theo Trung tâm Kiểm soát bệnh tật tỉnh, số ca mắc tập trung chủ yếu ở các phường, xã ven biển khu vực phía Đông và một số xã có khu công nghiệp, nơi tập trung đông công nhân lao động. Chỉ số mật độ muỗi và chỉ số lăng quăng tại nhiều ổ dịch vượt ngưỡng nguy cơ, đặc biệt ở các khu nhà trọ, công trình xây dựng và khu vực thu gom phế liệu.
C: Nhân viên y tế phun hóa chất diệt muỗi tại khu nhà trọ công nhân ở phường Phan Thiết.
P: Số ca mắc sốt xuất huyết phân theo khu vực từ đầu năm đến ngày 21/6/2026:
T: Khu vực | Số ca mắc | So với cùng kỳ
T: Khu vực phía Đông (ven biển) | 1.236 | Tăng 42%
T: Khu vực trung tâm | 548 | Tăng 18%
T: Khu vực phía Tây | 400 | Tăng 17%
T: Toàn tỉnh | 2.184 | Tăng 31%
H: Xử lý triệt để ổ dịch, không để lan rộng
P: Sở Y tế đã chỉ đạo các trung tâm y tế khu vực phối hợp với Ủy ban nhân dân cấp xã giám sát chặt chẽ, phát hiện sớm ca bệnh; xử lý ổ dịch trong vòng 48 giờ kể từ khi phát hiện; tổ chức phun hóa chất diệt muỗi tại 126 ổ dịch với hơn 38.000 hộ gia đình. Các chiến dịch diệt lăng quăng, bọ gậy được triển khai định kỳ hằng tuần với sự tham gia của đoàn viên, hội viên các đoàn thể và học sinh.
P: Các bệnh viện trong tỉnh đã chuẩn bị sẵn sàng thuốc, dịch truyền, giường bệnh và phân luồng khám, điều trị; tổ chức tập huấn phác đồ chẩn đoán, điều trị sốt xuất huyết cho hơn 600 nhân viên y tế, nhất là đội ngũ tại trạm y tế xã, phường.
P: Bác sĩ Nguyễn Hữu Thái, Phó Giám đốc Sở Y tế khuyến cáo người dân không chủ quan với sốt xuất huyết. Mỗi gia đình cần dành 10 phút mỗi tuần để đậy kín dụng cụ chứa nước, thay nước bình hoa, loại bỏ vật dụng phế thải có thể đọng nước; ngủ màn kể cả ban ngày. Khi có biểu hiện sốt cao đột ngột, đau đầu, đau cơ, xuất huyết dưới da, người dân cần đến cơ sở y tế để được khám và theo dõi, không tự ý truyền dịch hay dùng thuốc hạ sốt có chứa aspirin.
""")

ARTS["p19"] = dict(
    title="Biểu dương 150 người có uy tín tiêu biểu trong đồng bào dân tộc thiểu số",
    author="H'Yâm Niê",
    pub="2026-10-01T16:20:00+07:00",
    text="""
L: Chiều 1/10, Ban Tuyên giáo và Dân vận Tỉnh ủy Đắk Lắk phối hợp với Sở Dân tộc và Tôn giáo tổ chức Hội nghị biểu dương người có uy tín tiêu biểu trong đồng bào dân tộc thiểu số tỉnh năm 2026.
P: Dự hội nghị có đồng chí Y Khuê Byă, Phó Bí thư Tỉnh ủy; đồng chí Trần Thị Thanh Nga, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy cùng lãnh đạo các sở, ngành, Bộ Chỉ huy Quân sự tỉnh, Công an tỉnh và 150 già làng, người có uy tín tiêu biểu đến từ các xã, phường trong tỉnh.
P: Toàn tỉnh hiện có 1.386 người có uy tín trong đồng bào dân tộc thiểu số, phần lớn là già làng, trưởng buôn, trưởng dòng họ, chức sắc tôn giáo và người sản xuất, kinh doanh giỏi. Trong năm qua, người có uy tín đã tham gia hòa giải thành 412 vụ việc mâu thuẫn trong cộng đồng; vận động Nhân dân hiến hơn 26.000 m² đất làm đường giao thông, xây dựng nhà văn hóa buôn; cung cấp cho lực lượng chức năng nhiều thông tin có giá trị, góp phần giữ vững an ninh chính trị, trật tự an toàn xã hội ở cơ sở.
P: Tại hội nghị, nhiều đại biểu đã chia sẻ kinh nghiệm vận động đồng bào. Già làng Y Bhiông Mlô, buôn Ea Kmát, xã Ea Kao kể lại việc kiên trì đến từng nhà thuyết phục các gia đình bỏ tục nối dây, đưa con em trở lại trường học. Ông Hoàng Văn Páo, người dân tộc Mông ở xã Cư Pui, chia sẻ cách vận động bà con trồng cà phê, sầu riêng theo hướng hữu cơ, liên kết với doanh nghiệp để ổn định đầu ra.
P: “Người dân tin già làng thì mới nghe theo. Mình nói được phải làm được, làm trước cho bà con thấy”, già làng Y Bhiông Mlô nói.
H: Tiếp tục là cầu nối giữa Đảng, chính quyền với Nhân dân
P: Phát biểu tại hội nghị, đồng chí Y Khuê Byă ghi nhận, biểu dương những đóng góp của đội ngũ người có uy tín; đề nghị cấp ủy, chính quyền các xã, phường thường xuyên gặp gỡ, đối thoại, kịp thời nắm bắt tâm tư, nguyện vọng của người có uy tín; thực hiện đầy đủ, kịp thời các chế độ, chính sách; cung cấp thông tin thường xuyên để người có uy tín tuyên truyền, vận động Nhân dân.
P: Đồng chí mong muốn các già làng, người có uy tín tiếp tục phát huy vai trò cầu nối giữa Đảng, chính quyền với đồng bào, vận động bà con giữ gìn bản sắc văn hóa tốt đẹp, xóa bỏ hủ tục, tích cực tham gia chuyển đổi cơ cấu cây trồng, giảm nghèo bền vững và tham gia bảo vệ an ninh trật tự ở cơ sở.
C: Lãnh đạo tỉnh trao Bằng khen cho người có uy tín tiêu biểu.
P: Dịp này, Ủy ban nhân dân tỉnh tặng Bằng khen cho 40 người có uy tín có thành tích xuất sắc; Ban Tuyên giáo và Dân vận Tỉnh ủy tặng quà cho 150 đại biểu dự hội nghị.
""")

ARTS["p20"] = dict(
    title="Sôi nổi hội giảng chào mừng 44 năm Ngày Nhà giáo Việt Nam",
    author="Nguyễn Hoàng Yến",
    pub="2026-11-06T08:12:00+07:00",
    text="""
L: Từ ngày 26/10 đến ngày 5/11, Trường THCS Lê Lợi tổ chức hội giảng cấp trường chào mừng kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026) với sự tham gia của 38 giáo viên thuộc 6 tổ chuyên môn.
P: Hội giảng là hoạt động thường niên nhằm tạo sân chơi để giáo viên trao đổi, học tập kinh nghiệm, đổi mới phương pháp dạy học theo định hướng phát triển năng lực học sinh. Năm nay, nhà trường yêu cầu mỗi tiết dạy phải ứng dụng ít nhất một công cụ số phù hợp với nội dung bài học và tăng cường tổ chức hoạt động nhóm, hoạt động trải nghiệm cho học sinh.
P: Qua 38 tiết dạy, ban giám khảo đánh giá nhiều giờ học được chuẩn bị công phu, sáng tạo. Tiết Khoa học tự nhiên lớp 8 của cô Trần Thu Phương với chủ đề “Năng lượng tái tạo” cho học sinh thiết kế mô hình nhà sử dụng pin mặt trời mini; tiết Ngữ văn lớp 9 của cô Nguyễn Minh Thư tổ chức cho học sinh đóng vai tranh biện về văn hóa đọc trong thời đại số. Tiết Lịch sử và Địa lí lớp 7 của thầy Đỗ Mạnh Cường sử dụng bản đồ số và video tư liệu giúp học sinh hình dung sinh động về các cuộc kháng chiến chống quân xâm lược Mông - Nguyên.
C: Cô Trần Thu Phương hướng dẫn học sinh lớp 8 lắp mô hình nhà sử dụng pin mặt trời.
P: Kết quả, hội giảng có 15 tiết dạy xếp loại Giỏi, 21 tiết xếp loại Khá và 2 tiết xếp loại Đạt. Ban giám khảo lựa chọn 6 giáo viên có tiết dạy xuất sắc nhất để tham gia hội thi giáo viên dạy giỏi cấp thành phố năm học 2026 - 2027.
P: Phát biểu tổng kết, cô Phạm Thị Thanh Bình, Hiệu trưởng nhà trường ghi nhận tinh thần trách nhiệm, sự đầu tư của đội ngũ giáo viên, đồng thời đề nghị các tổ chuyên môn tổ chức sinh hoạt chuyên đề, rút kinh nghiệm từ các tiết dạy tốt để lan tỏa trong toàn trường. “Mỗi tiết dạy tốt là một món quà ý nghĩa nhất mà thầy cô dành tặng học trò, cũng là cách thiết thực nhất để chào mừng ngày 20/11”, cô Bình nhấn mạnh.
P: Bên cạnh hội giảng, trong tháng 11, Liên đội nhà trường còn tổ chức nhiều hoạt động như thi viết báo tường, thi văn nghệ, kể chuyện về thầy cô và phong trào “Tuần học tốt” ở các chi đội.
""")


def parse_text(t):
    """-> (lead or None, blocks). blocks: list of (kind, payload)."""
    lead = None
    blocks = []
    for line in t.strip().split("\n"):
        k, _, v = line.partition(": ")
        v = v.strip()
        if k == "L":
            lead = v
        elif k == "I":
            if blocks and blocks[-1][0] == "ul":
                blocks[-1][1].append(v)
            else:
                blocks.append(("ul", [v]))
        elif k == "T":
            cells = [c.strip() for c in v.split(" | ")]
            if blocks and blocks[-1][0] == "table":
                blocks[-1][1].append(cells)
            else:
                blocks.append(("table", [cells]))
        else:
            blocks.append(({"P": "p", "H": "h", "C": "cap", "Q": "q"}[k], v))
    return lead, blocks


def gold_body(lead, blocks):
    out = []
    if lead:
        out.append(lead)
    for k, v in blocks:
        if k == "ul":
            out.extend(v)
        elif k == "table":
            for row in v:
                out.extend(row)
        else:
            out.append(v)
    return "\n\n".join(out)


# ---------------------------------------------------------------------------
# Sidebar / listing headline pools (invented)
# ---------------------------------------------------------------------------

HL_GOV = [
    "Tiếp xúc cử tri trước kỳ họp thường lệ của HĐND",
    "Ra quân tổng vệ sinh môi trường hưởng ứng Ngày Chủ nhật xanh",
    "Kiểm tra công tác phòng cháy, chữa cháy tại các cơ sở kinh doanh karaoke",
    "Thăm, tặng quà gia đình chính sách nhân Ngày Thương binh - Liệt sĩ",
    "Tập huấn kỹ năng số cho thành viên Tổ công nghệ số cộng đồng",
    "Sơ kết công tác cải cách hành chính",
    "Ban hành kế hoạch chuyển đổi số",
    "Ra mắt mô hình “Camera an ninh khu dân cư”",
    "Tuyên truyền phòng, chống lừa đảo qua không gian mạng cho người cao tuổi",
    "Khánh thành nhà văn hóa khu dân cư sau sắp xếp",
    "Đẩy mạnh chi trả an sinh xã hội không dùng tiền mặt",
    "Xét duyệt hồ sơ hỗ trợ xóa nhà tạm, nhà dột nát",
    "Triển khai nhiệm vụ quốc phòng, quân sự địa phương",
    "Ngày hội Đại đoàn kết toàn dân tộc tại các khu dân cư",
    "38 thanh niên lên đường thực hiện nghĩa vụ quân sự",
    "Thông báo lịch tạm ngừng cung cấp điện phục vụ sửa chữa lưới điện",
    "Rà soát hộ nghèo, hộ cận nghèo",
    "Diễn tập phương án chữa cháy và cứu nạn, cứu hộ tại chợ trung tâm",
    "Lấy ý kiến Nhân dân về quy hoạch chung đến năm 2045",
    "Kỳ họp chuyên đề HĐND thông qua nhiều nghị quyết quan trọng",
    "Công khai dự toán ngân sách",
    "Ra quân Tháng hành động vì bình đẳng giới",
    "Kiểm tra an toàn thực phẩm tại các bếp ăn tập thể trường học",
    "Nâng cao hiệu quả hoạt động của Trung tâm Phục vụ hành chính công",
    "Hướng dẫn đăng ký tài khoản định danh điện tử mức độ 2",
    "Phát động phong trào thi đua “Bình dân học vụ số”",
    "Hội nghị đối thoại với doanh nghiệp, hộ kinh doanh trên địa bàn",
    "Trao quyết định nghỉ hưu trước tuổi cho cán bộ dôi dư",
    "Tổng kết phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa”",
    "Tăng cường quản lý trật tự xây dựng trên địa bàn",
    "Triển khai tiêm vắc xin sởi cho trẻ từ 1 đến 5 tuổi",
    "Khai mạc Giải bóng chuyền hơi người cao tuổi",
    "Gặp mặt cán bộ hưu trí nhân Ngày Thành lập Đảng",
    "Vận động Nhân dân hiến đất mở rộng đường, ngõ",
    "Thông báo tuyển dụng viên chức Trung tâm Dịch vụ tổng hợp",
    "Hội nghị triển khai công tác phòng, chống thiên tai",
    "Đại hội điểm chi bộ khu dân cư",
    "Sửa chữa 12 tuyến đường giao thông, rãnh thoát nước",
    "Kiểm tra, rà soát các điểm có nguy cơ ngập úng trước mùa mưa",
    "Công bố danh mục thủ tục hành chính thực hiện không phụ thuộc địa giới",
]

HL_AGRI = [
    "Kiểm tra tiến độ trồng rừng tại các xã vùng cao",
    "Tập huấn kỹ thuật chăm sóc quế hữu cơ",
    "Phòng, chống rét cho đàn gia súc vùng cao",
    "Hướng dẫn sản xuất vụ Xuân",
    "Cảnh báo sâu cuốn lá nhỏ gây hại lúa",
    "Nghiệm thu mô hình nuôi cá nước lạnh",
    "Hội nghị triển khai công tác thủy lợi, phòng chống thiên tai",
    "Cấp giấy chứng nhận vùng trồng chè đạt tiêu chuẩn hữu cơ",
    "Tăng cường kiểm soát giết mổ gia súc, gia cầm",
    "Hỗ trợ nông dân chuyển đổi cây trồng trên đất dốc",
]

HL_PARTY = [
    "Hội nghị học tập, quán triệt các nghị quyết của Trung ương",
    "Tọa đàm “Phát huy vai trò Nhân dân trong giám sát cán bộ, đảng viên”",
    "Tổng kết phong trào thi đua “Dân vận khéo” năm 2025",
    "Bồi dưỡng nghiệp vụ công tác tuyên giáo và dân vận cấp xã",
    "Kiểm tra việc thực hiện Quy chế dân chủ ở cơ sở",
    "Cuộc thi tìm hiểu lịch sử Đảng bộ tỉnh",
    "Gặp mặt chức sắc, chức việc các tôn giáo",
    "Hội nghị giao ban công tác tuyên giáo và dân vận",
    "Phát hành tài liệu sinh hoạt chi bộ",
    "Biểu dương điển hình “Dân vận khéo” cấp tỉnh",
    "Đấu tranh phản bác quan điểm sai trái trên không gian mạng",
    "Tập huấn nghiệp vụ cho đội ngũ cộng tác viên dư luận xã hội",
    "Hội thảo khoa học về truyền thống cách mạng của Đảng bộ tỉnh",
    "Giám sát việc giải quyết kiến nghị của cử tri ở cơ sở",
    "Nắm bắt tình hình tư tưởng cán bộ, đảng viên sau sắp xếp bộ máy",
    "Lan tỏa gương người tốt, việc tốt trong cộng đồng",
    "Hội nghị công tác dân vận chính quyền",
    "Phát động Giải Búa liềm vàng cấp tỉnh",
    "Triển lãm ảnh “Đảng bộ tỉnh - những chặng đường vẻ vang”",
    "Khảo sát công tác dân vận tại vùng đồng bào dân tộc thiểu số",
]

HL_HEALTH = [
    "Khuyến cáo phòng bệnh tay chân miệng cho trẻ em",
    "Phẫu thuật nội soi thành công ca thoát vị bẹn ở trẻ sơ sinh",
    "Ngày hội hiến máu tình nguyện",
    "Triển khai thanh toán viện phí không dùng tiền mặt",
    "Hội thảo cập nhật điều trị đái tháo đường type 2",
    "Khám tầm soát ung thư vú miễn phí cho 500 phụ nữ",
    "Tăng cường phòng, chống sốt xuất huyết mùa mưa",
    "Ra mắt Đơn vị Đột quỵ",
    "Tập huấn kỹ năng giao tiếp, ứng xử cho nhân viên y tế",
    "Thông báo lịch khám bệnh ngày nghỉ lễ",
    "Cứu sống sản phụ bị băng huyết sau sinh",
    "Ứng dụng bệnh án điện tử toàn viện",
    "Chăm sóc người bệnh sau phẫu thuật thay khớp háng",
    "Những điều cần biết về tiêm chủng mở rộng",
    "Kiểm tra chất lượng bệnh viện cuối năm",
    "Giám sát phòng, chống bệnh dại tại cộng đồng",
    "Hướng dẫn sơ cứu khi bị rắn cắn",
    "Triển khai khám sức khỏe định kỳ cho người dân",
    "Phòng ngừa ngộ độc thực phẩm mùa nắng nóng",
    "Trạm y tế xã triển khai kê đơn điện tử",
    "Chuyển giao kỹ thuật lọc máu cho tuyến cơ sở",
    "Nâng cao chất lượng chăm sóc sức khỏe người cao tuổi",
]

HL_EDU = [
    "Học sinh đạt giải Nhất cuộc thi khoa học kỹ thuật cấp tỉnh",
    "Tổ chức chuyên đề dạy học STEM môn Vật lí",
    "Ngày hội đọc sách “Mỗi cuốn sách một ước mơ”",
    "Tuyên truyền an toàn giao thông cho học sinh",
    "Hội nghị cán bộ, viên chức, người lao động",
    "Giải bóng đá học sinh khối 11 khép lại thành công",
    "Thông báo tuyển sinh lớp 10",
    "Lễ tri ân và trưởng thành cho học sinh khối 12",
    "Tập huấn phòng, chống bạo lực học đường",
    "Câu lạc bộ tiếng Anh ra mắt thành viên mới",
    "Trao học bổng “Tiếp sức đến trường”",
    "Chuyên đề đổi mới kiểm tra, đánh giá môn Ngữ văn",
    "Ngoại khóa tìm hiểu lịch sử địa phương",
    "Hội thi “Giai điệu tuổi hồng”",
]

HL_MTTQ = [
    "Hiệp thương cử bổ sung Ủy viên Ủy ban MTTQ tỉnh",
    "Trao nhà Đại đoàn kết cho hộ nghèo",
    "Hội nghị đại biểu người có đạo tiêu biểu",
    "Giám sát việc thực hiện chính sách bảo hiểm y tế",
    "Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư",
    "Hội nghị phản biện dự thảo nghị quyết của HĐND tỉnh",
    "Tiếp nhận ủng hộ Nhân dân vùng bị thiên tai",
    "Tập huấn nghiệp vụ cho Ban Công tác Mặt trận",
    "Thăm, chúc mừng các cơ sở tôn giáo nhân dịp lễ lớn",
    "Vận động Quỹ “Vì người nghèo” tại các doanh nghiệp",
    "Biểu dương gương điển hình tiên tiến trong công tác Mặt trận",
    "Hội nghị đối thoại giữa người đứng đầu với Nhân dân",
    "Tổng hợp ý kiến, kiến nghị của cử tri",
    "Kiện toàn Ban Thanh tra nhân dân ở cơ sở",
]

HL_FARMER = [
    "Trao sinh kế cho hội viên nông dân có hoàn cảnh khó khăn",
    "Hội thi “Nhà nông đua tài”",
    "Tập huấn kỹ thuật trồng sầu riêng theo tiêu chuẩn VietGAP",
    "Tập huấn kỹ thuật nuôi cá lóc trong ao đất",
    "Trao vốn Quỹ Hỗ trợ nông dân cho 45 hộ hội viên",
    "Nông dân liên kết sản xuất xoài xuất khẩu",
    "Hội thảo chuyển đổi số trong sản xuất nông nghiệp",
    "Tôn vinh nông dân sản xuất, kinh doanh giỏi",
    "Đối thoại giữa Chủ tịch UBND tỉnh với nông dân",
    "Mô hình trồng hoa kiểng cho thu nhập cao",
    "Hội Nông dân tham gia bảo vệ môi trường nông thôn",
    "Hướng dẫn hội viên bán nông sản trên sàn thương mại điện tử",
]

HL_WOMEN = [
    "Ra mắt mô hình “Chi hội phụ nữ không có người thân vi phạm pháp luật”",
    "Phụ nữ khởi nghiệp với sản phẩm OCOP",
    "Khởi công xây dựng “Mái ấm tình thương”",
    "Hỗ trợ vốn vay ưu đãi cho hội viên phát triển kinh tế",
    "Truyền thông phòng, chống bạo lực gia đình",
    "Ngày hội “Phụ nữ với chuyển đổi số”",
    "Trao học bổng cho trẻ em mồ côi theo Chương trình “Mẹ đỡ đầu”",
    "Tập huấn kỹ năng làm cha mẹ",
    "Hội thi “Duyên dáng áo dài”",
    "Thăm, tặng quà phụ nữ dân tộc thiểu số có hoàn cảnh khó khăn",
    "Tổ hợp tác phụ nữ làm mắm ba khía",
    "Đối thoại với hội viên phụ nữ về chính sách an sinh",
]

HL_YOUTH = [
    "Ra quân Chiến dịch Thanh niên tình nguyện hè",
    "Ngày hội thiếu nhi vui khỏe",
    "Giải chạy “Tuổi trẻ vì cộng đồng”",
    "Đối thoại giữa Chủ tịch UBND tỉnh với thanh niên",
    "Tuyên dương “Thanh niên tiên tiến làm theo lời Bác”",
    "Hội trại tòng quân",
    "Trao giải cuộc thi “Ý tưởng sáng tạo thanh thiếu niên”",
    "Tuổi trẻ thắp sáng đường quê",
    "Tập huấn kỹ năng cho cán bộ Đoàn cơ sở",
    "Hiến máu tình nguyện “Giọt hồng tri ân”",
    "Tư vấn hướng nghiệp cho học sinh vùng sâu",
    "Ra mắt Đội hình thanh niên hỗ trợ chuyển đổi số",
]

HL_JUSTICE = [
    "Hội nghị phổ biến luật mới có hiệu lực",
    "Kiểm tra công tác hộ tịch tại các xã, phường",
    "Trợ giúp pháp lý lưu động cho đồng bào dân tộc thiểu số",
    "Tập huấn nghiệp vụ hòa giải ở cơ sở",
    "Cuộc thi tìm hiểu pháp luật trực tuyến",
    "Triển khai cấp Phiếu lý lịch tư pháp trên ứng dụng VNeID",
    "Kiểm tra tổ chức hành nghề công chứng",
    "Rà soát văn bản quy phạm pháp luật của tỉnh",
    "Hưởng ứng Ngày Pháp luật Việt Nam",
    "Hội nghị giao ban công tác tư pháp",
]

HL_TOURISM = [
    "Khai mạc Lễ hội Hoa Lư",
    "Ra mắt tour đêm khám phá di sản",
    "Tập huấn kỹ năng cho hướng dẫn viên du lịch",
    "Kiểm tra điều kiện kinh doanh tại các cơ sở lưu trú",
    "Quảng bá du lịch tại Hội chợ Du lịch quốc tế",
    "Giải đua thuyền truyền thống trên sông Đáy",
    "Liên hoan nghệ thuật chèo chuyên nghiệp",
    "Phục dựng lễ hội truyền thống làng nghề",
    "Bảo tồn giá trị di tích quốc gia đặc biệt",
    "Triển khai thẻ du lịch thông minh",
    "Hội thảo phát triển du lịch nông nghiệp",
    "Công bố điểm du lịch cộng đồng mới",
]

TINH = ["Hà Nội", "Huế", "Lai Châu", "Điện Biên", "Sơn La", "Lạng Sơn", "Quảng Ninh",
        "Thanh Hóa", "Nghệ An", "Hà Tĩnh", "Cao Bằng", "Tuyên Quang", "Lào Cai",
        "Thái Nguyên", "Phú Thọ", "Bắc Ninh", "Hưng Yên", "Hải Phòng", "Ninh Bình",
        "Quảng Trị", "Đà Nẵng", "Quảng Ngãi", "Gia Lai", "Khánh Hòa", "Lâm Đồng",
        "Đắk Lắk", "TP. Hồ Chí Minh", "Đồng Nai", "Tây Ninh", "Cần Thơ", "Vĩnh Long",
        "Đồng Tháp", "Cà Mau", "An Giang"]

SO = ["Văn phòng UBND tỉnh", "Sở Nội vụ", "Sở Tài chính", "Sở Tư pháp",
      "Sở Công Thương", "Sở Nông nghiệp và Môi trường", "Sở Xây dựng",
      "Sở Khoa học và Công nghệ", "Sở Giáo dục và Đào tạo", "Sở Y tế",
      "Sở Văn hóa, Thể thao và Du lịch", "Sở Dân tộc và Tôn giáo", "Thanh tra tỉnh",
      "Ban Quản lý các khu công nghiệp", "Đài Phát thanh và Truyền hình",
      "Công an tỉnh", "Bộ Chỉ huy Quân sự tỉnh", "Sở Ngoại vụ"]

_A = ["Tân", "Phú", "Hòa", "Bình", "An", "Đông", "Tây", "Nam", "Bắc", "Thanh",
      "Hưng", "Long", "Phước", "Vĩnh", "Mỹ", "Quang", "Xuân", "Thạch", "Kim",
      "Ngọc", "Hồng", "Đại", "Trung", "Hải", "Yên", "Cẩm", "Lạc", "Thuận",
      "Minh", "Đức", "Hợp", "Tiên", "Vân", "Liên", "Sơn", "Tam", "Phong"]
_B = ["Hòa", "Bình", "An", "Phú", "Thịnh", "Lộc", "Thành", "Lợi", "Tiến", "Sơn",
      "Lâm", "Hải", "Hưng", "Phong", "Khánh", "Xuân", "Trường", "Mỹ", "Thuận",
      "Vinh", "Hiệp", "Đồng", "Tân", "Quý", "Nghĩa", "Điền", "Hà", "Dương"]


def commune_names(r, n):
    seen = set()
    out = []
    while len(out) < n:
        a, b = r.choice(_A), r.choice(_B)
        if a == b:
            continue
        nm = a + " " + b
        if nm in seen:
            continue
        seen.add(nm)
        out.append(nm)
    return out


_USED = set()


def pick(r, pool, n):
    """Sample headlines, never repeating one already shown on the page."""
    avail = [x for x in pool if x not in _USED]
    got = r.sample(avail, min(n, len(avail)))
    _USED.update(got)
    return got


def rand_dates(r, lo, hi, n, with_time=False):
    """n distinct datetimes between lo and hi (dt.date), newest first."""
    span = (hi - lo).days
    out = set()
    while len(out) < n:
        d = lo + dt.timedelta(days=r.randint(0, max(span, 0)))
        t = dt.datetime(d.year, d.month, d.day, r.randint(7, 17), r.randint(0, 59), r.randint(0, 59))
        out.add(t)
    return sorted(out, reverse=True)


def d_date(d):
    return d.strftime("%d/%m/%Y")


def d_dt(d):
    return d.strftime("%d/%m/%Y %H:%M")


def img_name(r, ext="jpg"):
    return "%d%02d%02d%s.%s" % (r.choice([2025, 2026]), r.randint(1, 12), r.randint(1, 28), hexs(r, 6), ext)


def visitor_block(r):
    tot = r.randint(1200000, 9800000)
    return (r.randint(20, 400), r.randint(900, 6000), r.randint(30000, 120000), tot)


def fmt_int(n):
    return "{:,}".format(n).replace(",", ".")


# ---------------------------------------------------------------------------
# Generic block renderer, configured per page
# ---------------------------------------------------------------------------

def render_blocks(blocks, cfg, r):
    out = []
    for k, v in blocks:
        if k == "p":
            out.append(cfg["p"].replace("@@", E(v)))
        elif k == "h":
            out.append(cfg["h"].replace("@@", E(v)))
        elif k == "q":
            out.append(cfg.get("q", cfg["p"]).replace("@@", E(v)))
        elif k == "ul":
            out.append(cfg["ul"](v))
        elif k == "table":
            out.append(cfg["table"](v))
        elif k == "cap":
            out.append(cfg["cap"](v, r))
    return cfg.get("sep", "\n").join(out)


# big filler helpers (what real portals ship: module maps, menus, css)

LR_MODULES = ["frontend-js-web", "frontend-js-components-web", "frontend-js-react-web",
              "frontend-js-metal-web", "frontend-taglib", "frontend-taglib-clay",
              "asset-taglib", "journal-web", "asset-publisher-web", "site-navigation-menu-web",
              "portal-search-web", "product-navigation-control-menu-web", "layout-taglib",
              "dynamic-data-mapping-form-field-type", "staging-taglib", "item-selector-taglib",
              "segments-experiment-web", "document-library-web", "comment-web",
              "ratings-taglib", "social-bookmarks-taglib", "frontend-editor-ckeditor-web",
              "portal-workflow-task-web", "calendar-web", "announcements-web"]
LR_PATHS = ["index", "global.es", "liferay/util/navigate", "liferay/util/fetch",
            "liferay/util/ns", "liferay/util/portlet_url/create_render_url",
            "liferay/modal/Modal", "liferay/dropdown/DropdownProvider", "liferay/toast/commands/OpenToast",
            "liferay/util/form/object_to_form_data", "liferay/PortletBase", "liferay/DynamicInlineScroll",
            "js/main", "js/Menu", "js/ClayIconProvider", "js/SearchBar", "js/util/debounce",
            "js/components/AssetTagsSelector", "js/components/RatingsStars", "js/utils/parse",
            "js/ContentEditor", "js/data/Store", "lib/main", "lib/i18n", "lib/router"]


def lr_module_config(r, n):
    parts = []
    for i in range(n):
        m = r.choice(LR_MODULES)
        v = "%d.%d.%d" % (r.randint(1, 9), r.randint(0, 40), r.randint(0, 60))
        p = r.choice(LR_PATHS)
        deps = []
        for _ in range(r.randint(1, 4)):
            deps.append('"%s@%d.%d.%d/%s"' % (r.choice(LR_MODULES), r.randint(1, 9), r.randint(0, 40), r.randint(0, 60), r.choice(LR_PATHS)))
        parts.append('"%s@%s/%s":{"dependencies":[%s,"module","exports","require"],"path":"/o/js/resolved-module/%s@%s/%s.js"}'
                     % (m, v, p, ",".join(deps), m, v, p))
    return "Liferay.Loader.addModules({" + ",".join(parts) + "});"


CSS_PROPS = ["color:#333", "margin:0", "padding:0 15px", "font-size:14px", "line-height:1.5",
             "display:block", "display:flex", "background:#fff", "border-bottom:1px solid #e5e5e5",
             "text-decoration:none", "font-weight:700", "position:relative", "float:left",
             "width:100%", "overflow:hidden", "text-transform:uppercase", "list-style:none",
             "background-color:#b30000", "color:#fff", "border-radius:4px", "transition:all .3s",
             "max-width:100%", "height:auto", "margin-bottom:10px", "font-family:Arial,Helvetica,sans-serif"]
CSS_SEL = ["header", "nav", "menu", "news", "item", "title", "date", "sidebar", "box", "footer",
           "banner", "link", "list", "col", "row", "thumb", "img", "tab", "poll", "counter", "search"]


def css_blob(r, n, prefix=""):
    rules = []
    for _ in range(n):
        sel = "." + prefix + "-".join(r.sample(CSS_SEL, r.randint(1, 3)))
        if r.random() < 0.5:
            sel += " " + r.choice(["a", "li", "span", "img", "p", "h3", "ul li a", ":hover", ".active"])
        rules.append(sel + "{" + ";".join(r.sample(CSS_PROPS, r.randint(2, 6))) + "}")
    return "\n".join(rules)


def js_blob(r, n, ns="app"):
    lines = []
    for i in range(n):
        f = "%s_%s" % (ns, alnum(r, 6))
        lines.append("function %s(e){var t=document.getElementById('%s');if(!t)return;t.classList.toggle('%s');"
                     "for(var n=0;n<t.children.length;n++){t.children[n].setAttribute('data-idx',n)}}" % (f, alnum(r, 8), r.choice(CSS_SEL)))
    return "\n".join(lines)


PAGES = {}


def page(name):
    def deco(f):
        def run():
            _USED.clear()
            return f()
        PAGES[name] = run
        return f
    return deco


def art(name):
    a = ARTS[name]
    lead, blocks = parse_text(a["text"])
    return a, lead, blocks


def article_meta(name, platform, url, charset):
    a, lead, blocks = art(name)
    return {"kind": "article", "platform": platform, "url": url, "charset": charset,
            "title": a["title"], "published_at": a["pub"], "author": a["author"],
            "body": gold_body(lead, blocks)}


# ---------------------------------------------------------------------------
# p01  VNPT ePortal on Liferay 7.4 DXP, merged phường portal (big page)
# ---------------------------------------------------------------------------

@page("p01")
def p01():
    r = rng("p01")
    a, lead, blocks = art("p01")
    host = "https://vuninh.bacninh.gov.vn"
    inst = alnum(r, 12)
    pid = "com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_" + inst
    slug = slugify(a["title"])
    url = "%s/tin-tuc-su-kien/-/asset_publisher/%s/content/%s" % (host, inst, slug)
    art_id = r.randint(2800000, 2999999)
    img1 = "/documents/%d/%d/%s/%s-%s" % (r.randint(20000, 29999), r.randint(300000, 399999), img_name(r), hexs(r, 8), hexs(r, 4))
    out = []
    w = out.append
    w('<!DOCTYPE html>\n\n<html class="ltr" dir="ltr" lang="vi-VN">\n\n<head>\n')
    w('\t<title>%s - Tin tức sự kiện - Cổng thông tin điện tử phường Vũ Ninh</title>\n' % E(a["title"]))
    w('\t<meta content="initial-scale=1.0, width=device-width" name="viewport" />\n')
    w('<meta content="text/html; charset=UTF-8" http-equiv="content-type" />\n')
    w('<meta content="%s" lang="vi-VN" name="description" />\n' % A(lead))
    w('<meta content="Vũ Ninh, Bắc Ninh, đối thoại, chỉnh trang đô thị" lang="vi-VN" name="keywords" />\n')
    w('<script data-senna-track="permanent" src="/combo?browserId=chrome&minifierType=js&languageId=vi_VN&t=%d&/o/frontend-js-jquery-web/jquery/jquery.min.js&/o/frontend-js-jquery-web/jquery/init.js&/o/frontend-js-jquery-web/jquery/ajax.js" type="text/javascript"></script>\n' % r.randint(10**12, 2 * 10**12))
    w('<link data-senna-track="temporary" href="%s" rel="canonical" />\n' % url)
    w('<link data-senna-track="temporary" href="%s" hreflang="x-default" rel="alternate" />\n' % url)
    w('<meta property="og:locale" content="vi_VN">\n<meta property="og:site_name" content="Cổng thông tin điện tử phường Vũ Ninh">\n')
    w('<meta property="og:title" content="%s">\n<meta property="og:type" content="website">\n<meta property="og:url" content="%s">\n' % (A(a["title"]), url))
    w('<meta property="og:image" content="%s%s">\n' % (host, img1))
    w('<link href="/o/vnpt-eportal-theme/images/favicon.ico" rel="icon" />\n')
    w('<link class="lfr-css-file" data-senna-track="temporary" href="/o/vnpt-eportal-theme/css/clay.css?browserId=chrome&themeId=vnpteportaltheme_WAR_vnpteportaltheme&languageId=vi_VN&t=1749541200000" id="liferayAUICSS" rel="stylesheet" type="text/css" />\n')
    w('<link data-senna-track="temporary" href="/o/frontend-css-web/main.css?browserId=chrome&themeId=vnpteportaltheme_WAR_vnpteportaltheme&languageId=vi_VN&t=1749541200000" id="liferayPortalCSS" rel="stylesheet" type="text/css" />\n')
    w('<script data-senna-track="temporary" type="text/javascript">\n// <![CDATA[\nvar Liferay = Liferay || {};\n')
    w('Liferay.Browser = {acceptsGzip: function() {return true;},getMajorVersion: function() {return 131.0;},getRevision: function() {return \'537.36\';},getVersion: function() {return \'131.0\';},isAir: function() {return false;},isChrome: function() {return true;},isEdge: function() {return false;},isFirefox: function() {return false;},isGecko: function() {return true;},isIe: function() {return false;},isIphone: function() {return false;},isLinux: function() {return false;},isMac: function() {return false;},isMobile: function() {return false;},isMozilla: function() {return false;},isOpera: function() {return false;},isRtf: function() {return true;},isSafari: function() {return true;},isSun: function() {return false;},isWebKit: function() {return true;},isWindows: function() {return true;}};\n')
    w('Liferay.Data = Liferay.Data || {};\nLiferay.Data.ICONS_INLINE_SVG = true;\nLiferay.Data.NAV_SELECTOR = \'#navigation\';\nLiferay.Data.NAV_SELECTOR_MOBILE = \'#navigationCollapse\';\nLiferay.Data.isCustomizationView = function() {return false;};\nLiferay.Data.notices = [];\n')
    w('Liferay.PortletKeys = {DOCUMENT_LIBRARY: \'com_liferay_document_library_web_portlet_DLPortlet\',DYNAMIC_DATA_MAPPING: \'com_liferay_dynamic_data_mapping_web_portlet_DDMPortlet\',ITEM_SELECTOR: \'com_liferay_item_selector_web_portlet_ItemSelectorPortlet\'};\n')
    w('Liferay.PropsValues = {JAVASCRIPT_SINGLE_PAGE_APPLICATION_TIMEOUT: 0,NTLM_AUTH_ENABLED: false,UPLOAD_SERVLET_REQUEST_IMPL_MAX_SIZE: 104857600};\n')
    plid = r.randint(100000, 999999)
    w('Liferay.ThemeDisplay = {getLayoutId: function() {return \'%d\';},getLayoutRelativeControlPanelURL: function() {return \'/group/vu-ninh/~/control_panel/manage\';},getLayoutRelativeURL: function() {return \'/tin-tuc-su-kien\';},getLayoutURL: function() {return \'%s/tin-tuc-su-kien\';},getParentLayoutId: function() {return \'0\';},isControlPanel: function() {return false;},isPrivateLayout: function() {return \'false\';},isVirtualLayout: function() {return false;},getBCP47LanguageId: function() {return \'vi-VN\';},getCanonicalURL: function() {return \'%s\';},getCDNBaseURL: function() {return \'%s\';},getCDNDynamicResourcesHost: function() {return \'\';},getCDNHost: function() {return \'\';},getCompanyGroupId: function() {return \'%d\';},getCompanyId: function() {return \'%d\';},getDefaultLanguageId: function() {return \'vi_VN\';},getDoAsUserIdEncoded: function() {return \'\';},getLanguageId: function() {return \'vi_VN\';},getParentGroupId: function() {return \'%d\';},getPathContext: function() {return \'\';},getPathImage: function() {return \'/image\';},getPathJavaScript: function() {return \'/o/frontend-js-web\';},getPathMain: function() {return \'/c\';},getPathThemeImages: function() {return \'%s/o/vnpt-eportal-theme/images\';},getPathThemeRoot: function() {return \'/o/vnpt-eportal-theme\';},getPlid: function() {return \'%d\';},getPortalURL: function() {return \'%s\';},getRealUserId: function() {return \'%d\';},getRemoteAddr: function() {return \'10.20.%d.%d\';},getRemoteHost: function() {return \'10.20.%d.%d\';},getScopeGroupId: function() {return \'%d\';},getScopeGroupIdOrLiveGroupId: function() {return \'%d\';},getSessionId: function() {return \'\';},getSiteAdminURL: function() {return \'%s/group/vu-ninh/~/control_panel/manage?p_p_lifecycle=0&p_p_state=maximized&p_v_l_s_g_id=%d\';},getSiteGroupId: function() {return \'%d\';},getURLControlPanel: function() {return \'/group/control_panel?refererPlid=%d\';},getURLHome: function() {return \'%s/web/guest\';},getUserEmailAddress: function() {return \'\';},getUserId: function() {return \'%d\';},getUserName: function() {return \'\';},isAddSessionIdToURL: function() {return false;},isImpersonated: function() {return false;},isSignedIn: function() {return false;},isStagedPortlet: function() {return false;},isStateExclusive: function() {return false;},isStateMaximized: function() {return false;},isStatePopUp: function() {return false;}};\nvar themeDisplay = Liferay.ThemeDisplay;\n'
      % (r.randint(10, 99), host, url, host, r.randint(20000, 20999), r.randint(20000, 20999), r.randint(30000, 39999), host, plid, host, r.randint(20000, 20999), r.randint(1, 254), r.randint(1, 254), r.randint(1, 254), r.randint(1, 254), r.randint(30000, 39999), r.randint(30000, 39999), host, r.randint(30000, 39999), r.randint(30000, 39999), plid, host, r.randint(20000, 20999)))
    w('Liferay.AUI = {getComboPath: function() {return \'/combo/?browserId=chrome&minifierType=&languageId=vi_VN&t=1749541200000&\';},getDateFormat: function() {return \'%d/%m/%Y\';},getEditorCKEditorPath: function() {return \'/o/frontend-editor-ckeditor-web\';},getFilter: function() {var filter = \'raw\';return filter;},getFilterConfig: function() {return null;},getJavaScriptRootPath: function() {return \'/o/frontend-js-web\';},getPortletRootPath: function() {return \'/html/portlet\';},getStaticResourceURLParams: function() {return \'?browserId=chrome&minifierType=&languageId=vi_VN&t=1749541200000\';}};\n')
    w("Liferay.authToken = '%s';\nLiferay.currentURL = '\\x2ftin-tuc-su-kien\\x2f-\\x2fasset_publisher\\x2f%s\\x2fcontent\\x2f%s';\nLiferay.currentURLEncoded = '%%2Ftin-tuc-su-kien%%2F-%%2Fasset_publisher%%2F%s%%2Fcontent%%2F%s';\n// ]]>\n</script>\n" % (alnum(r, 8), inst, slug, inst, slug))
    w('<script data-senna-track="temporary" type="text/javascript">window.__CONFIG__= {basePath: \'\',combine: true,defaultURLParams: null,explainResolutions: false,exposeGlobal: false,logLevel: \'warn\',moduleType: \'module\',namespace:\'Liferay\',reportMismatchedAnonymousModules: \'warn\',resolvePath: \'/o/js_resolve_modules\',url: \'/combo/?browserId=chrome&minifierType=js&languageId=vi_VN&t=1749541200000&\',waitTimeout: 60000};</script>\n')
    w('<script data-senna-track="permanent" src="/o/frontend-js-loader-modules-extender/loader.js?&mac=%s&browserId=chrome&languageId=vi_VN&minifierType=js" type="text/javascript"></script>\n' % b64(r, 20))
    w('<script data-senna-track="temporary" type="text/javascript">\n' + lr_module_config(r, 165) + '\n</script>\n')
    w('<link class="lfr-css-file" data-senna-track="temporary" href="/o/vnpt-eportal-theme/css/main.css?browserId=chrome&themeId=vnpteportaltheme_WAR_vnpteportaltheme&languageId=vi_VN&t=1749541200000" id="liferayThemeCSS" rel="stylesheet" type="text/css" />\n')
    w('<style data-senna-track="temporary" type="text/css">\n' + css_blob(r, 160, "vn-") + '\n#p_p_id_%s_ .portlet-content {\n\tbackground-color: #FFFFFF;\n\tborder-top-style: solid;\n}\n</style>\n' % pid)
    w('<script type="text/javascript">\n(function(i,s,o,g,r,a,m){i[\'GoogleAnalyticsObject\']=r;i[r]=i[r]||function(){(i[r].q=i[r].q||[]).push(arguments)},i[r].l=1*new Date();a=s.createElement(o),m=s.getElementsByTagName(o)[0];a.async=1;a.src=g;m.parentNode.insertBefore(a,m)})(window,document,\'script\',\'//www.google-analytics.com/analytics.js\',\'ga\');\nga(\'create\', \'UA-%d-1\', \'auto\');\nga(\'send\', \'pageview\');\n</script>\n' % r.randint(10000000, 99999999))
    w('</head>\n\n<body class="chrome controls-visible  yui3-skin-sam guest-site signed-out public-page site">\n\n')
    w('<div class="quick-access-nav" id="%s"><h3 class="sr-only">Điều hướng</h3><ul><li><a href="#main-content">Nhảy đến Nội dung chính</a></li></ul></div>\n' % ("quickAccessNav"))
    w('<div class="d-flex flex-column min-vh-100">\n<div class="d-flex flex-column flex-fill" id="wrapper">\n')
    # header
    w('<header id="banner" role="banner">\n<div class="top-bar"><div class="container"><div class="row">\n')
    w('<div class="col-md-6 top-left"><span class="current-date"><i class="fa fa-calendar"></i> Chủ nhật, 22/11/2026</span></div>\n')
    w('<div class="col-md-6 top-right text-right"><a href="/web/guest/so-do-cong">Sơ đồ cổng</a> | <a href="/lien-he">Liên hệ</a> | <a href="/c/portal/login?p_l_id=%d" rel="nofollow">Đăng nhập</a> | <a href="https://www.bacninh.gov.vn" target="_blank">Cổng TTĐT tỉnh</a></div>\n' % plid)
    w('</div></div></div>\n<div class="header-banner"><div class="container"><a class="logo custom-logo" href="/web/vu-ninh" title="Đi đến Cổng thông tin điện tử phường Vũ Ninh"><img alt="Quốc huy" height="90" src="/o/vnpt-eportal-theme/images/quoc-huy.png" width="90" /></a>\n')
    w('<div class="site-name"><p class="name-1">ĐẢNG BỘ - HĐND - UBND</p><p class="name-2">PHƯỜNG VŨ NINH</p><p class="name-3">TỈNH BẮC NINH</p></div>\n')
    w('<div class="search-header"><div class="portlet-boundary portlet-boundary_com_liferay_portal_search_web_search_bar_portlet_SearchBarPortlet_ portlet-static portlet-static-end portlet-barebone" id="p_p_id_com_liferay_portal_search_web_search_bar_portlet_SearchBarPortlet_INSTANCE_templateSearch_"><form action="/tim-kiem" method="get" name="_searchbar_fm"><input class="form-control input-group-inset input-group-inset-after search-bar-keywords-input" name="q" placeholder="Tìm kiếm..." title="Tìm kiếm" type="text" value="" /><button aria-label="Gửi" class="btn btn-unstyled" type="submit"><svg class="lexicon-icon lexicon-icon-search" focusable="false" role="presentation"><use href="/o/vnpt-eportal-theme/images/clay/icons.svg#search" /></svg></button></form></div></div>\n')
    w('</div></div>\n')
    # nav
    comm = commune_names(r, 99)
    if "Vũ Ninh" not in comm:
        comm[17] = "Vũ Ninh"
    menus = [
        ("Trang chủ", "/web/vu-ninh", []),
        ("Giới thiệu", "/gioi-thieu", ["Tổng quan về phường", "Lịch sử hình thành", "Cơ cấu tổ chức", "Đảng ủy phường", "HĐND phường", "UBND phường", "Ủy ban MTTQ và các đoàn thể", "Các tổ dân phố"]),
        ("Tin tức sự kiện", "/tin-tuc-su-kien", ["Tin trong phường", "Tin trong tỉnh", "Chính trị - Xây dựng Đảng", "Kinh tế - Xã hội", "Quốc phòng - An ninh", "Văn hóa - Thể thao", "Chuyển đổi số"]),
        ("Chỉ đạo điều hành", "/chi-dao-dieu-hanh", ["Lịch công tác", "Thông báo", "Kế hoạch", "Giấy mời"]),
        ("Thủ tục hành chính", "/thu-tuc-hanh-chinh", ["Dịch vụ công trực tuyến", "Tra cứu hồ sơ", "Hướng dẫn thủ tục", "Kết quả giải quyết TTHC"]),
        ("Văn bản", "/van-ban", ["Văn bản của phường", "Văn bản của tỉnh", "Văn bản Trung ương", "Dự thảo lấy ý kiến"]),
        ("Công khai", "/cong-khai", ["Công khai ngân sách", "Quy hoạch - Kế hoạch", "Đất đai - Xây dựng", "Đầu tư công", "Mua sắm công"]),
        ("Hỏi đáp", "/hoi-dap", []),
        ("Liên hệ", "/lien-he", []),
    ]
    w('<nav class="navbar navbar-expand-md site-navigation" id="navigation" role="navigation"><div class="container"><ul aria-label="Các trang web" class="navbar-nav" role="menubar">\n')
    for i, (t, h, subs) in enumerate(menus):
        cls = "lfr-nav-item nav-item" + (" selected active" if t == "Tin tức sự kiện" else "") + (" dropdown" if subs else "")
        w('<li class="%s" id="layout_%d" role="presentation"><a aria-labelledby="layout_%d" class="nav-link text-truncate" href="%s%s" role="menuitem"><span>%s</span></a>' % (cls, i + 1, i + 1, host, h, E(t)))
        if subs:
            w('<ul aria-expanded="false" class="child-menu dropdown-menu" role="menu">')
            for j, s in enumerate(subs):
                w('<li class="lfr-nav-item nav-item" id="layout_%d_%d" role="presentation"><a class="dropdown-item" href="%s%s/%s" role="menuitem">%s</a></li>' % (i + 1, j, host, h, slugify(s), E(s)))
            w('</ul>')
        w('</li>\n')
    w('<li class="lfr-nav-item nav-item dropdown" id="layout_99" role="presentation"><a class="nav-link" href="#" role="menuitem"><span>Xã, phường</span></a><ul class="child-menu dropdown-menu mega-menu" role="menu">\n')
    for c in sorted(comm):
        kind = "phường" if r.random() < 0.35 else "xã"
        w('<li class="lfr-nav-item nav-item" role="presentation"><a class="dropdown-item" href="https://%s.bacninh.gov.vn" target="_blank" role="menuitem">%s %s</a></li>\n' % (slugify(c).replace("-", ""), kind.capitalize(), E(c)))
    w('</ul></li>\n</ul></div></nav>\n</header>\n')
    # marquee
    w('<div class="container"><div class="marquee-news"><span class="label-marquee">Tin nổi bật:</span><marquee onmouseout="this.start()" onmouseover="this.stop()" scrollamount="3">')
    for h in pick(r, HL_GOV, 5):
        w('<a href="%s/tin-tuc-su-kien/-/asset_publisher/%s/content/%s">%s</a> &nbsp;&nbsp;|&nbsp;&nbsp; ' % (host, inst, slugify(h), E(h)))
    w('</marquee></div></div>\n')
    w('<section id="content">\n<h2 class="hide-accessible sr-only" role="heading" aria-level="1">%s</h2>\n' % E(a["title"]))
    w('<div class="columns-2-8-4" id="main-content" role="main"><div class="portlet-layout row"><div class="col-md-8 portlet-column portlet-column-first" id="column-1"><div class="portlet-dropzone portlet-column-content portlet-column-content-first" id="layout-column_column-1">\n')
    w('<div class="portlet-boundary portlet-boundary_com_liferay_site_navigation_breadcrumb_web_portlet_SiteNavigationBreadcrumbPortlet_ portlet-static portlet-static-end portlet-barebone portlet-breadcrumb" id="p_p_id_com_liferay_site_navigation_breadcrumb_web_portlet_SiteNavigationBreadcrumbPortlet_INSTANCE_%s_"><span id="p_com_liferay_site_navigation_breadcrumb_web_portlet_SiteNavigationBreadcrumbPortlet_INSTANCE_%s"></span><section class="portlet" id="portlet_breadcrumb"><div class="portlet-content"><div class="portlet-content-container"><div class="portlet-body"><nav aria-label="Breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a class="breadcrumb-link" href="%s/web/vu-ninh" title="Trang chủ"><span class="breadcrumb-text-truncate">Trang chủ</span></a></li><li class="breadcrumb-item"><a class="breadcrumb-link" href="%s/tin-tuc-su-kien" title="Tin tức sự kiện"><span class="breadcrumb-text-truncate">Tin tức sự kiện</span></a></li><li class="breadcrumb-item"><span class="active breadcrumb-text-truncate">Tin trong phường</span></li></ol></nav></div></div></div></section></div>\n' % (alnum(r, 12), alnum(r, 12), host, host))
    w('<div class="portlet-boundary portlet-boundary_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_ portlet-static portlet-static-end portlet-decorate portlet-asset-publisher" id="p_p_id_%s_">\n<span id="p_%s"></span>\n<section class="portlet" id="portlet_%s">\n<div class="portlet-content">\n<div class="autofit-float autofit-row portlet-header"><div class="autofit-col autofit-col-expand"><h2 class="portlet-title-text">Tin trong phường</h2></div></div>\n<div class=" portlet-content-container">\n<div class="portlet-body">\n' % (pid, pid, pid))
    w('<div class="asset-full-content clearfix mb-5 default-asset-publisher show-asset-title">\n')
    w('<div class="title-detail-news"><h3 class="component-title"><span class="asset-title d-inline">%s</span></h3></div>\n' % E(a["title"]))
    w('<div class="autofit-row metadata-author-date"><div class="autofit-col"><span class="date-detail"><i class="fa fa-clock-o"></i> Cập nhật lúc: 18:00 | 22/05/2026</span></div><div class="autofit-col autofit-col-end"><div class="font-size-tool"><a href="javascript:;" onclick="zoomText(-1)">A-</a> <a href="javascript:;" onclick="zoomText(0)">A</a> <a href="javascript:;" onclick="zoomText(1)">A+</a></div></div></div>\n')
    w('<div class="asset-summary-detail"><p><strong>%s</strong></p></div>\n' % E(lead))
    w('<div class="asset-content mb-3">\n<div class="journal-content-article " data-analytics-asset-id="%d" data-analytics-asset-title="%s" data-analytics-asset-type="web-content" data-analytics-web-content-resource-pk="%d">\n' % (art_id, A(a["title"]), art_id + 11))

    def cap(t, rr):
        src = "/documents/%d/%d/%s/%s" % (r.randint(20000, 29999), r.randint(300000, 399999), img_name(rr), hexs(rr, 36))
        return ('<p style="text-align: center;"><img alt="" height="467" src="%s?t=%d" style="width: 700px; height: 467px;" width="700" /></p>\n'
                '<p style="text-align: center;"><em>%s</em></p>' % (src, rr.randint(10**12, 2 * 10**12), E(t)))
    cfg = {"p": '<p style="text-align: justify;">@@</p>', "h": '<p style="text-align: justify;"><strong>@@</strong></p>', "cap": cap}
    w(render_blocks(blocks, cfg, r))
    w('\n<p style="text-align: right;"><strong>%s</strong></p>\n' % E(a["author"]))
    w('</div>\n</div>\n')
    w('<div class="social-share"><div class="fb-like" data-href="%s" data-layout="button_count" data-action="like" data-size="small" data-share="true"></div><a class="zalo-share-button" data-href="%s" data-oaid="%d" data-layout="1" data-color="blue" data-customize="false"></a><a href="javascript:window.print()" class="print-btn"><i class="fa fa-print"></i> In trang</a></div>\n' % (url, url, r.randint(10**17, 10**18)))
    w('<div class="asset-ratings"><div class="taglib-ratings stars"><span class="rating-label">Đánh giá bài viết</span>' + "".join('<a class="rating-element" href="javascript:;" title="%d sao"><svg class="lexicon-icon lexicon-icon-star-o"><use href="/o/vnpt-eportal-theme/images/clay/icons.svg#star-o" /></svg></a>' % (i + 1) for i in range(5)) + '<span class="rating-count">(0 đánh giá)</span></div></div>\n')
    w('</div>\n')
    # related
    w('<div class="other-news-detail"><div class="title-other">Tin cùng chuyên mục</div><ul class="list-other-news">\n')
    pub = dt.date(2026, 5, 22)
    for h, d in zip(pick(r, HL_GOV, 10), rand_dates(r, dt.date(2026, 1, 5), pub - dt.timedelta(days=1), 10)):
        w('<li><a href="%s/tin-tuc-su-kien/-/asset_publisher/%s/content/%s">%s</a> <span class="date-other">(%s)</span></li>\n' % (host, inst, slugify(h), E(h), d_date(d)))
    w('</ul></div>\n')
    w('</div>\n</div>\n</div>\n</section>\n</div>\n')
    w('</div></div>\n<div class="col-md-4 portlet-column portlet-column-last" id="column-2"><div class="portlet-dropzone portlet-column-content portlet-column-content-last" id="layout-column_column-2">\n')
    # sidebar
    banners = [("Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh", "hoc-tap-lam-theo-bac.jpg"),
               ("Dịch vụ công trực tuyến", "dvc-truc-tuyen.png"), ("Bình dân học vụ số", "binh-dan-hoc-vu-so.jpg"),
               ("Hệ thống thông tin giải quyết TTHC tỉnh Bắc Ninh", "hethong-tthc.png"), ("Phản ánh kiến nghị", "pakn.png"),
               ("Tra cứu văn bản quy phạm pháp luật", "vbqppl.png")]
    w('<div class="portlet-boundary portlet-static portlet-barebone" id="p_p_id_com_liferay_journal_content_web_portlet_JournalContentPortlet_INSTANCE_banner_"><div class="banner-right">')
    for t, f in banners:
        w('<div class="item-banner"><a href="#" title="%s"><img alt="%s" src="/documents/20126/0/%s/%s" /></a></div>' % (A(t), A(t), f, hexs(r, 36)))
    w('</div></div>\n')
    w('<div class="portlet-boundary portlet-static portlet-decorate" id="p_p_id_%s_"><section class="portlet"><div class="portlet-header"><h2 class="portlet-title-text">Tin mới</h2></div><div class="portlet-content"><ul class="list-news-new">\n' % ("com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_" + alnum(r, 12)))
    for h, d in zip(pick(r, HL_GOV, 8), rand_dates(r, pub + dt.timedelta(days=1), CRAWL - dt.timedelta(days=1), 8)):
        w('<li><div class="img-news"><img src="/documents/20126/%d/%s" alt=""></div><div class="info"><a href="%s/tin-tuc-su-kien/-/asset_publisher/%s/content/%s">%s</a><span class="date">%s</span></div></li>\n' % (r.randint(100000, 999999), img_name(r), host, alnum(r, 12), slugify(h), E(h), d_date(d)))
    w('</ul></div></section></div>\n')
    w('<div class="portlet-boundary portlet-static portlet-decorate polls-display"><section class="portlet"><div class="portlet-header"><h2 class="portlet-title-text">Thăm dò ý kiến</h2></div><div class="portlet-content"><form name="pollsFm"><p class="question">Bạn đánh giá thế nào về chất lượng phục vụ tại Trung tâm Phục vụ hành chính công phường?</p>')
    for i, o in enumerate(["Rất hài lòng", "Hài lòng", "Bình thường", "Chưa hài lòng"]):
        w('<div class="radio"><label><input name="choiceId" type="radio" value="%d"> %s</label></div>' % (i + 1, o))
    w('<button class="btn btn-primary btn-sm" type="button">Biểu quyết</button> <a href="#">Xem kết quả</a></form></div></section></div>\n')
    vis = visitor_block(r)
    w('<div class="portlet-boundary portlet-static statistic-portlet"><section class="portlet"><div class="portlet-header"><h2 class="portlet-title-text">Thống kê truy cập</h2></div><div class="portlet-content"><ul class="statistic"><li>Đang truy cập: <b>%d</b></li><li>Hôm nay: <b>%s</b></li><li>Tháng hiện tại: <b>%s</b></li><li>Tổng lượt truy cập: <b>%s</b></li></ul></div></section></div>\n' % (vis[0], fmt_int(vis[1]), fmt_int(vis[2]), fmt_int(vis[3])))
    w('</div></div></div></div>\n</section>\n')
    # footer
    w('<footer id="footer" role="contentinfo"><div class="footer-links"><div class="container"><label>Liên kết website:</label><select onchange="window.open(this.value)"><option value="">-- Cổng thông tin các tỉnh, thành phố --</option>')
    for t in TINH:
        w('<option value="https://www.%s.gov.vn">Cổng TTĐT %s</option>' % (slugify(t).replace("-", "").replace("tp", ""), E(t)))
    w('</select><select onchange="window.open(this.value)"><option value="">-- Sở, ban, ngành tỉnh --</option>')
    for t in SO:
        w('<option value="https://%s.bacninh.gov.vn">%s</option>' % ("".join(x[0] for x in slugify(t).split("-")), E(t)))
    w('</select></div></div>\n')
    w('<div class="footer-info"><div class="container"><p class="footer-title">CỔNG THÔNG TIN ĐIỆN TỬ PHƯỜNG VŨ NINH</p><p>Cơ quan chủ quản: Ủy ban nhân dân phường Vũ Ninh, tỉnh Bắc Ninh</p><p>Địa chỉ: Số 18 đường Hoàng Quốc Việt, phường Vũ Ninh, tỉnh Bắc Ninh</p><p>Điện thoại: 0222.3821.%03d - Email: vuninh@bacninh.gov.vn</p><p>Chịu trách nhiệm chính: Bà Trần Thị Minh Huệ - Chủ tịch UBND phường</p><p>Ghi rõ nguồn “Cổng thông tin điện tử phường Vũ Ninh” khi phát hành lại thông tin từ website này.</p><p class="powered">Thiết kế và phát triển bởi VNPT Bắc Ninh</p></div></div>\n</footer>\n' % r.randint(0, 999))
    w('</div>\n</div>\n')
    # end scripts
    w('<script type="text/javascript">\n// <![CDATA[\n')
    portlets = [pid] + ["com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_" + alnum(r, 12) for _ in range(6)] + ["com_liferay_journal_content_web_portlet_JournalContentPortlet_INSTANCE_" + alnum(r, 12) for _ in range(8)]
    for p in portlets:
        w("Liferay.Portlet.register('%s');\nLiferay.Portlet.onLoad({canEditTitle: false,columnPos: %d,isStatic: 'end',namespacedId: 'p_p_id_%s_',portletId: '%s',refreshURL: '\\x2fc\\x2fportal\\x2frender_portlet\\x3fp_l_id\\x3d%d\\x26p_p_id\\x3d%s\\x26p_p_lifecycle\\x3d0\\x26p_t_lifecycle\\x3d0\\x26p_p_state\\x3dnormal\\x26p_p_mode\\x3dview\\x26p_p_col_id\\x3dcolumn-1\\x26p_p_isolated\\x3d1',refreshURLData: {}});\n"
          % (p, r.randint(0, 9), p, p, plid, p))
    w("AUI().use('aui-base', 'liferay-menu', 'liferay-notice', 'liferay-poller', 'liferay-session', function(A) {(function() {var $ = AUI.$;var _ = AUI._;if (A.UA.mobile) {Liferay.Util.addInputCancel();}})();(function() {var $ = AUI.$;var _ = AUI._;new Liferay.Menu();var liferayNotices = Liferay.Data.notices;for (var i = 0; i < liferayNotices.length; i++) {liferayNotices[i]();}})();});\n// ]]>\n</script>\n")
    w('<script src="/o/vnpt-eportal-theme/js/main.js?browserId=chrome&minifierType=js&languageId=vi_VN&t=1749541200000" type="text/javascript"></script>\n')
    w('<script type="text/javascript">\nfunction zoomText(d){var el=document.querySelector(".journal-content-article");if(!el)return;var s=parseFloat(window.getComputedStyle(el).fontSize);el.style.fontSize=(d===0?15:s+d)+"px";}\n' + js_blob(r, 60, "vnpt") + '\n</script>\n')
    w('</body>\n\n</html>\n')
    return "".join(out), article_meta("p01", "liferay (VNPT ePortal 7.4)", url, "utf-8")


# ---------------------------------------------------------------------------
# p02  VNPT ePortal on Liferay 6.2, department (sở) sub-site, p_p_id URL
# ---------------------------------------------------------------------------

@page("p02")
def p02():
    r = rng("p02")
    a, lead, blocks = art("p02")
    host = "https://snnmt.laocai.gov.vn"
    inst = alnum(r, 4)
    pid = "101_INSTANCE_" + inst
    slug = slugify(a["title"])
    url = ("%s/web/so-nong-nghiep-va-moi-truong/tin-tuc-su-kien/-/asset_publisher/%s/content/%s"
           "?p_p_id=%s&p_p_lifecycle=0&p_p_state=normal&p_p_mode=view&p_p_col_id=column-2&p_p_col_count=1"
           "&_%s_redirect=%%2Fweb%%2Fso-nong-nghiep-va-moi-truong%%2Ftin-tuc-su-kien" % (host, inst, slug, pid, pid))
    pubd = dt.date(2026, 3, 10)
    out = []
    w = out.append
    w('<!DOCTYPE html>\n<html class="aui ltr" dir="ltr" lang="vi-VN">\n<head>\n')
    w('<title>%s - Sở Nông nghiệp và Môi trường tỉnh Lào Cai</title>\n' % E(a["title"]))
    w('<meta content="initial-scale=1.0, width=device-width" name="viewport" />\n<meta content="text/html; charset=UTF-8" http-equiv="content-type" />\n')
    w('<meta content="%s" lang="vi-VN" name="description" />\n' % A(lead[:150]))
    w('<link href="%s/sonnmt-theme/images/favicon.ico" rel="Shortcut Icon" />\n' % host)
    w('<link href="%s" rel="canonical" />\n' % url.split("?")[0])
    w('<meta property="og:title" content="%s" />\n<meta property="og:description" content="%s" />\n<meta property="og:image" content="%s/image/journal/article?img_id=%d&t=%d" />\n' % (A(a["title"]), A(lead), host, r.randint(4000000, 4999999), r.randint(10**12, 2 * 10**12)))
    w('<link class="lfr-css-file" href="%s/sonnmt-theme/css/aui.css?browserId=other&themeId=sonnmt_WAR_sonnmttheme&minifierType=css&languageId=vi_VN&b=6205&t=1695712345000" rel="stylesheet" type="text/css" />\n' % host)
    w('<link href="/html/css/main.css?browserId=other&themeId=sonnmt_WAR_sonnmttheme&minifierType=css&languageId=vi_VN&b=6205&t=1695712345000" rel="stylesheet" type="text/css" />\n')
    w('<script type="text/javascript">\n/*<![CDATA[*/\nvar Liferay={Browser:{acceptsGzip:function(){return true},getMajorVersion:function(){return 131},getRevision:function(){return"537.36"},getVersion:function(){return"131.0"},isAir:function(){return false},isChrome:function(){return true},isFirefox:function(){return false},isGecko:function(){return true},isIe:function(){return false},isIphone:function(){return false},isLinux:function(){return false},isMac:function(){return false},isMobile:function(){return false},isMozilla:function(){return false},isOpera:function(){return false},isRtf:function(){return true},isSafari:function(){return true},isSun:function(){return false},isWap:function(){return false},isWapXhtml:function(){return false},isWebKit:function(){return true},isWindows:function(){return true},isWml:function(){return false}},Data:{NAV_SELECTOR:"#navigation",isCustomizationView:function(){return false},notices:[null]},ThemeDisplay:{getLayoutId:function(){return"%d"},getLayoutURL:function(){return"%s/web/so-nong-nghiep-va-moi-truong/tin-tuc-su-kien"},getParentLayoutId:function(){return"0"},isPrivateLayout:function(){return"false"},isVirtualLayout:function(){return false},getBCP47LanguageId:function(){return"vi-VN"},getCDNBaseURL:function(){return"%s"},getCDNDynamicResourcesHost:function(){return""},getCDNHost:function(){return""},getCompanyId:function(){return"10154"},getCompanyGroupId:function(){return"10194"},getDefaultLanguageId:function(){return"vi_VN"},getDoAsUserIdEncoded:function(){return""},getLanguageId:function(){return"vi_VN"},getParentGroupId:function(){return"%d"},getPathContext:function(){return""},getPathImage:function(){return"/image"},getPathJavaScript:function(){return"/html/js"},getPathMain:function(){return"/c"},getPathThemeImages:function(){return"%s/sonnmt-theme/images"},getPathThemeRoot:function(){return"/sonnmt-theme"},getPlid:function(){return"%d"},getPortalURL:function(){return"%s"},getPortletSetupShowBordersDefault:function(){return true},getScopeGroupId:function(){return"%d"},getScopeGroupIdOrLiveGroupId:function(){return"%d"},getSessionId:function(){return""},getSiteGroupId:function(){return"%d"},getURLControlPanel:function(){return"/group/control_panel?refererPlid=%d"},getURLHome:function(){return"%s/web/guest"},getUserId:function(){return"10158"},getUserName:function(){return""},isAddSessionIdToURL:function(){return false},isFreeformLayout:function(){return false},isImpersonated:function(){return false},isSignedIn:function(){return false},isStateExclusive:function(){return false},isStateMaximized:function(){return false},isStatePopUp:function(){return false}},PropsValues:{NTLM_AUTH_ENABLED:false}};var themeDisplay=Liferay.ThemeDisplay;\nLiferay.AUI={getAvailableLangPath:function(){return"available_languages.jsp?browserId=other&themeId=sonnmt_WAR_sonnmttheme&colorSchemeId=01&minifierType=js&languageId=vi_VN&b=6205&t=1695712345000"},getCombine:function(){return true},getComboPath:function(){return"/combo/?browserId=other&minifierType=&languageId=vi_VN&b=6205&t=1695712345000&"},getFilter:function(){return"min"},getJavaScriptRootPath:function(){return"/html/js"},getLangPath:function(){return"aui_lang.jsp?browserId=other&themeId=sonnmt_WAR_sonnmttheme&colorSchemeId=01&minifierType=js&languageId=vi_VN&b=6205&t=1695712345000"},getStaticResourceURLParams:function(){return"?browserId=other&minifierType=&languageId=vi_VN&b=6205&t=1695712345000"}};Liferay.authToken="%s";Liferay.currentURL="\\x2fweb\\x2fso-nong-nghiep-va-moi-truong\\x2ftin-tuc-su-kien\\x2f-\\x2fasset_publisher\\x2f%s\\x2fcontent\\x2f%s";\n/*]]>*/\n</script>\n'
      % (r.randint(10, 60), host, host, r.randint(20000, 29999), host, r.randint(100000, 999999), host, r.randint(20000, 29999), r.randint(20000, 29999), r.randint(20000, 29999), r.randint(100000, 999999), host, alnum(r, 8), inst, slug))
    w('<script src="/html/js/barebone.jsp?browserId=other&themeId=sonnmt_WAR_sonnmttheme&colorSchemeId=01&minifierType=js&minifierBundleId=javascript.barebone.files&languageId=vi_VN&b=6205&t=1695712345000" type="text/javascript"></script>\n')
    w('<style type="text/css">\n' + css_blob(r, 70, "lc-") + '\n</style>\n</head>\n')
    w('<body class="yui3-skin-sam controls-visible signed-out public-page site">\n<a href="#main-content" id="skip-to-content">Nhảy tới nội dung</a>\n<div class="container-fluid" id="wrapper">\n')
    w('<div class="top-header"><div class="today">Hôm nay: Chủ nhật, 22/11/2026</div><div class="top-links"><a href="%s/web/so-nong-nghiep-va-moi-truong/lien-he">Liên hệ</a><a href="%s/web/so-nong-nghiep-va-moi-truong/so-do-site">Sơ đồ site</a><a href="https://laocai.gov.vn">Cổng TTĐT tỉnh Lào Cai</a></div></div>\n' % (host, host))
    w('<header id="banner" role="banner"><div id="heading"><h1 class="site-title"><a class="logo custom-logo" href="%s/web/so-nong-nghiep-va-moi-truong" title="Đi tới Sở Nông nghiệp và Môi trường"><img alt="Sở Nông nghiệp và Môi trường tỉnh Lào Cai" height="120" src="/image/layout_set_logo?img_id=%d&t=%d" width="1200" /></a></h1></div>\n' % (host, r.randint(100000, 999999), r.randint(10**12, 2 * 10**12)))
    menus = [("Trang chủ", []), ("Giới thiệu", ["Chức năng nhiệm vụ", "Lãnh đạo Sở", "Cơ cấu tổ chức", "Đơn vị trực thuộc"]),
             ("Tin tức sự kiện", ["Hoạt động của Sở", "Nông nghiệp", "Lâm nghiệp", "Thủy lợi - Phòng chống thiên tai", "Tài nguyên - Môi trường", "Xây dựng nông thôn mới"]),
             ("Văn bản", ["Văn bản chỉ đạo điều hành", "Văn bản quy phạm pháp luật", "Dự thảo văn bản"]),
             ("Thủ tục hành chính", ["Lĩnh vực nông nghiệp", "Lĩnh vực đất đai", "Lĩnh vực môi trường", "Lĩnh vực tài nguyên nước"]),
             ("Thông tin chuyên ngành", ["Giá cả thị trường", "Thời tiết nông vụ", "Cảnh báo cháy rừng", "Dịch bệnh cây trồng, vật nuôi"]),
             ("Hỏi đáp", []), ("Liên hệ", [])]
    w('<nav class="sort-pages modify-pages navbar site-navigation" id="navigation" role="navigation"><div class="navbar-inner"><div class="collapse nav-collapse"><ul aria-label="Các trang" class="nav nav-collapse" role="menubar">\n')
    for i, (t, subs) in enumerate(menus):
        w('<li class="%s" id="layout_%d" role="presentation"><a aria-labelledby="layout_%d" %shref="%s/web/so-nong-nghiep-va-moi-truong/%s" role="menuitem"><span> %s</span></a>' % ("selected" if t == "Tin tức sự kiện" else "", i + 1, i + 1, 'aria-haspopup="true" ' if subs else "", host, slugify(t), E(t)))
        if subs:
            w('<ul class="child-menu" role="menu">' + "".join('<li class="" id="layout_%d_%d" role="presentation"><a href="%s/web/so-nong-nghiep-va-moi-truong/%s" role="menuitem">%s</a></li>' % (i + 1, j, host, slugify(s), E(s)) for j, s in enumerate(subs)) + '</ul>')
        w('</li>\n')
    w('</ul></div></div></nav>\n</header>\n')
    w('<div id="content"><div class="columns-2" id="main-content" role="main"><div class="portlet-layout row-fluid">\n<div class="portlet-column portlet-column-first span8" id="column-1"><div class="portlet-dropzone portlet-column-content portlet-column-content-first" id="layout-column_column-1">\n')
    w('<div class="breadcrumbs"><ul class="breadcrumb breadcrumb-horizontal"><li class="first"><a href="%s/web/so-nong-nghiep-va-moi-truong">Trang chủ</a><span class="divider">/</span></li><li><a href="%s/web/so-nong-nghiep-va-moi-truong/tin-tuc-su-kien">Tin tức sự kiện</a><span class="divider">/</span></li><li class="current-parent breadcrumb-truncate"><a href="#">Lâm nghiệp</a></li></ul></div>\n' % (host, host))
    w('<div class="portlet-boundary portlet-boundary_101_ portlet-static portlet-static-end portlet-borderless portlet-asset-publisher" id="p_p_id_%s_">\n<span id="p_%s"></span>\n<div class="portlet-borderless-container"><div class="portlet-body">\n' % (pid, pid))
    w('<div class="taglib-header "><span class="header-back-to"><a class="icon-circle-arrow-left previous-level" href="%s/web/so-nong-nghiep-va-moi-truong/tin-tuc-su-kien" id="_%s_TabsBack" title="Quay lại"><span class="helper-hidden-accessible">Quay lại</span></a></span><h3 class="header-title"><span>%s</span></h3></div>\n' % (host, pid, E(a["title"])))
    w('<div class="asset-full-content default-asset-publisher show-asset-title">\n<div class="asset-content" id="_%s_%d">\n' % (pid, r.randint(10000, 99999)))
    w('<div class="ngay-dang"><span class="icon-time"></span> 14:20 10/03/2026</div>\n')
    w('<div class="journal-content-article">\n')
    w('<div class="sapo-news"><em>%s</em></div>\n' % E(lead))

    def table(rows):
        h = ['<table border="1" cellpadding="0" cellspacing="0" style="width:100%; border-collapse:collapse">\n<tbody>\n']
        for i, row in enumerate(rows):
            h.append("<tr>")
            for c in row:
                if i == 0 or row[0] == "Toàn tỉnh":
                    h.append('<td style="text-align:center; background-color:#eeeeee"><p><strong>%s</strong></p></td>' % E(c))
                else:
                    h.append('<td style="padding:3px 6px"><p>%s</p></td>' % E(c))
            h.append("</tr>\n")
        h.append("</tbody>\n</table>")
        return "".join(h)

    def cap(t, rr):
        return ('<table align="center" border="0" cellpadding="1" cellspacing="1" class="image-caption" style="width:650px"><tbody><tr><td><img alt="" src="/documents/%d/0/%s" style="width:650px; height:433px" /></td></tr><tr><td style="text-align:center"><em>%s</em></td></tr></tbody></table>'
                % (rr.randint(20000, 29999), img_name(rr), E(t)))
    cfg = {"p": '<p style="text-align:justify">&nbsp;&nbsp;&nbsp;&nbsp;@@</p>', "h": '<p style="text-align:center"><strong>@@</strong></p>',
           "table": table, "cap": cap}
    w(render_blocks(blocks, cfg, r))
    w('\n<p>&nbsp;</p>\n</div>\n')
    w('<div class="tac-gia" style="text-align:right"><strong>Tin, ảnh: %s</strong></div>\n' % E(a["author"]))
    w('</div>\n<div class="asset-metadata"><span class="metadata-entry metadata-view-count">Lượt xem: %s</span></div>\n' % fmt_int(r.randint(300, 2400)))
    w('<div class="taglib-social-bookmarks"><ul class="unstyled inline"><li class="taglib-social-bookmark-facebook"><a class="taglib-social-bookmark-facebook" href="http://www.facebook.com/sharer.php?u=%s" target="_blank">facebook</a></li><li class="taglib-social-bookmark-twitter"><a href="https://twitter.com/intent/tweet?url=%s" target="_blank">twitter</a></li></ul></div>\n' % (url.split("?")[0], url.split("?")[0]))
    w('</div>\n')
    w('<div class="tin-khac"><h4 class="title-tin-khac">Các tin khác</h4><ul>\n')
    hl = ["Kiểm tra tiến độ trồng rừng vụ xuân tại các xã vùng cao", "Tập huấn kỹ thuật chăm sóc quế hữu cơ",
          "Chi trả dịch vụ môi trường rừng năm 2025 đạt trên 98%", "Cảnh báo nguy cơ cháy rừng cấp V tại nhiều xã",
          "Hội nghị tổng kết công tác quản lý, bảo vệ rừng năm 2025", "Giao đất, giao rừng cho cộng đồng thôn bản",
          "Phòng, chống rét cho đàn gia súc vùng cao", "Kiện toàn Ban Chỉ đạo phòng cháy, chữa cháy rừng tỉnh",
          "Nghiệm thu rừng trồng thay thế năm 2025", "Hướng dẫn sản xuất vụ xuân năm 2026"]
    for h, d in zip(hl, rand_dates(r, dt.date(2025, 12, 1), pubd - dt.timedelta(days=1), len(hl))):
        w('<li><a href="%s/web/so-nong-nghiep-va-moi-truong/tin-tuc-su-kien/-/asset_publisher/%s/content/%s">%s</a> <span class="date">(%s)</span></li>\n' % (host, inst, slugify(h), E(h), d_date(d)))
    w('</ul></div>\n</div></div></div>\n</div></div>\n')
    w('<div class="portlet-column portlet-column-last span4" id="column-2"><div class="portlet-dropzone portlet-column-content portlet-column-content-last" id="layout-column_column-2">\n')
    w('<div class="box-right"><div class="title-box">Lãnh đạo Sở</div><ul class="lanh-dao"><li><b>Giám đốc:</b> Vũ Xuân Thắng</li><li><b>Phó Giám đốc:</b> Phạm Quang Vinh</li><li><b>Phó Giám đốc:</b> Lương Thị Hạnh</li><li><b>Phó Giám đốc:</b> Giàng Seo Pháng</li></ul></div>\n')
    w('<div class="box-right"><div class="title-box">Thông tin cần biết</div><ul>' + "".join('<li><a href="#">%s</a></li>' % E(x) for x in ["Bản tin thời tiết nông vụ", "Cấp dự báo cháy rừng hôm nay", "Giá nông sản thị trường", "Lịch thời vụ vụ Xuân 2026", "Danh mục giống cây trồng lâm nghiệp"]) + '</ul></div>\n')
    w('<div class="box-right"><div class="title-box">Tin mới nhất</div><ul class="tin-moi">\n')
    for h, d in zip(pick(r, HL_AGRI, 7), rand_dates(r, pubd + dt.timedelta(days=1), CRAWL - dt.timedelta(days=2), 7)):
        w('<li><a href="#">%s</a><span>%s</span></li>\n' % (E(h), d_date(d)))
    w('</ul></div>\n<div class="box-right lien-ket"><div class="title-box">Liên kết website</div><select onchange="if(this.value)window.open(this.value)"><option value="">--- Chọn đơn vị ---</option>')
    for s in SO:
        w('<option value="#">%s tỉnh Lào Cai</option>' % E(s))
    w('</select></div>\n')
    vis = visitor_block(r)
    w('<div class="box-right"><div class="title-box">Số lượt truy cập</div><p>Trực tuyến: %d</p><p>Hôm nay: %s</p><p>Tổng số: %s</p></div>\n' % (vis[0], fmt_int(vis[1]), fmt_int(vis[3])))
    w('</div></div>\n</div></div></div>\n')
    w('<footer id="footer" role="contentinfo"><div class="footer-content"><p><strong>SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG TỈNH LÀO CAI</strong></p><p>Địa chỉ: Tầng 4, Khối 5, Trung tâm hành chính tỉnh, phường Cam Đường, tỉnh Lào Cai</p><p>Điện thoại: 0214.3840.%03d - Email: snnmt@laocai.gov.vn</p><p>Chịu trách nhiệm nội dung: Giám đốc Sở Nông nghiệp và Môi trường</p><p>Giấy phép số 12/GP-TTĐT ngày 20/8/2025 của Sở Văn hóa, Thể thao và Du lịch tỉnh Lào Cai</p></div></footer>\n</div>\n' % r.randint(0, 999))
    w('<script type="text/javascript">\n/*<![CDATA[*/\nLiferay.Util.addInputFocus();\nLiferay.Portlet.runtimePortletIds=["%s"];\nLiferay.Portlet.onLoad({canEditTitle:false,columnPos:0,isStatic:"end",namespacedId:"p_p_id_%s_",portletId:"%s",refreshURL:"\\x2fc\\x2fportal\\x2frender_portlet\\x3fp_l_id\\x3d%d\\x26p_p_id\\x3d%s\\x26p_p_lifecycle\\x3d0\\x26p_t_lifecycle\\x3d0\\x26p_p_state\\x3dnormal\\x26p_p_mode\\x3dview\\x26p_p_col_id\\x3dcolumn-1\\x26p_p_col_pos\\x3d0\\x26p_p_col_count\\x3d1\\x26p_p_isolated\\x3d1\\x26currentURL\\x3d%%2Fweb%%2Fso-nong-nghiep-va-moi-truong"});\nAUI().use("aui-base","liferay-menu","liferay-notice","liferay-poller",function(a){(function(){Liferay.Util.addInputType();Liferay.Portlet.ready(function(b,c){Liferay.Util.addInputType(c)});if(a.UA.mobile){Liferay.Util.addInputCancel()}})();(function(){new Liferay.Menu();var b=Liferay.Data.notices;for(var c=1;c<b.length;c++){new Liferay.Notice(b[c])}})()});\n/*]]>*/\n</script>\n' % (pid, pid, pid, r.randint(100000, 999999), pid))
    w('<script src="%s/sonnmt-theme/js/main.js?browserId=other&minifierType=js&languageId=vi_VN&b=6205&t=1695712345000" type="text/javascript"></script>\n' % host)
    w('<script type="text/javascript">' + js_blob(r, 25, "lc") + '</script>\n</body>\n</html>\n')
    return "".join(out), article_meta("p02", "liferay (VNPT ePortal 6.2)", url, "utf-8")


# ---------------------------------------------------------------------------
# p03  SharePoint 2013 Tân Dân, Ban Tuyên giáo và Dân vận Tỉnh ủy, Word paste
# ---------------------------------------------------------------------------

SP_SCRIPTS = ["init.js", "theming.js", "MicrosoftAjax.js", "sp.core.js", "sp.runtime.js", "sp.js",
              "core.js", "menu.js", "callout.js", "sharing.js", "suitelinks.js", "clienttemplates.js",
              "clientforms.js", "clientpeoplepicker.js", "autofill.js", "sp.ui.dialog.js", "sp.ribbon.js",
              "inplview.js", "ScriptResource.axd", "WebResource.axd", "cui.js", "ribbon.js", "datepicker.js",
              "sp.init.js", "sp.ui.rte.js", "mQuery.js", "followingcommon.js", "profilebrowserscriptres.resx"]


def sp_sod(r):
    out = []
    for s in SP_SCRIPTS:
        out.append('RegisterSod("%s", "\\u002f_layouts\\u002f15\\u002f%s?rev=%s");' % (s.lower(), s, alnum(r, 22) + "\\u00253D\\u00253D"))
    for a_, b_ in [("sp.js", "sp.runtime.js"), ("sp.ui.dialog.js", "sp.js"), ("core.js", "strings.js"), ("callout.js", "strings.js"), ("clientforms.js", "clienttemplates.js"), ("ribbon.js", "cui.js")]:
        out.append('RegisterSodDep("%s", "%s");' % (a_, b_))
    return "\n".join(out)


def word_p(text, r, indent=True, bold=False, align=None):
    st = "margin-top:6.0pt;margin-right:0cm;margin-bottom:6.0pt;margin-left:0cm;text-align:%s;%sline-height:normal" % (
        align or "justify", "text-indent:36.0pt;" if indent else "")
    span_st = "font-size:14.0pt;font-family:&quot;Times New Roman&quot;,serif;mso-fareast-font-family:&quot;Times New Roman&quot;;color:black"
    # Word splits runs where the language/proofing state changes (at a space)
    words = text.split(" ")
    runs = []
    if len(words) > 12 and r.random() < 0.7:
        k = r.randint(4, len(words) - 4)
        runs = [" ".join(words[:k]), " " + " ".join(words[k:])]
    else:
        runs = [text]
    inner = ""
    for i, run in enumerate(runs):
        lang = "VI" if i == 0 or r.random() < 0.5 else "EN-US"
        extra = ";mso-ansi-language:VI" if lang == "EN-US" else ""
        inner += '<span lang="%s" style="%s%s">%s</span>' % (lang, span_st, extra, E(run))
    inner = inner[:-7] + "<o:p></o:p></span>"
    if bold:
        inner = "<b>" + inner + "</b>"
    al = ' align="%s"' % align if align else ""
    return '<p class="MsoNormal"%s style="%s">%s</p>' % (al, st, inner)


@page("p03")
def p03():
    r = rng("p03")
    a, lead, blocks = art("p03")
    host = "https://bantgdv.thanhhoa.dcs.vn"
    path = "/Pages/2026-11-17/Hoi-nghi-bao-cao-vien-Tinh-uy-thang-112026.aspx"
    url = host + path
    pubd = dt.date(2026, 11, 17)
    out = []
    w = out.append
    w('\r\n\r\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\r\n<html dir="ltr" lang="vi-VN">\r\n    <head><meta name="GENERATOR" content="Microsoft SharePoint" /><meta http-equiv="Content-type" content="text/html; charset=utf-8" /><meta http-equiv="X-UA-Compatible" content="IE=10" /><meta http-equiv="Expires" content="0" /><meta name="viewport" content="width=device-width, initial-scale=1" />\r\n')
    w('<meta property="og:title" content="%s" /><meta property="og:description" content="%s" /><meta property="og:type" content="article" /><meta property="og:url" content="%s" /><meta property="og:image" content="%s/PublishingImages/2026/11/17/%s" />\r\n' % (A(a["title"]), A(lead), url, host, img_name(r)))
    w('<title>\r\n\t%s\r\n</title>' % E(a["title"]))
    w('<link rel="stylesheet" type="text/css" href="/_layouts/15/1066/styles/Themable/corev15.css?rev=%s"/>\r\n' % alnum(r, 22))
    w('<link rel="stylesheet" type="text/css" href="/Style%%20Library/TanDan/css/tandan-portal.css?v=%d"/>\r\n<link rel="stylesheet" type="text/css" href="/Style%%20Library/TanDan/css/tandan-responsive.css?v=%d"/>\r\n' % (r.randint(100, 999), r.randint(100, 999)))
    for s in ["init.js", "MicrosoftAjax.js", "sp.core.js", "sp.runtime.js", "sp.js"]:
        w('<script type="text/javascript" src="/_layouts/15/%s?rev=%s"></script>\r\n' % (s, alnum(r, 22) + "%3D%3D"))
    w('<script type="text/javascript">\r\n// <![CDATA[\r\nvar g_wsaEnabled = false;\r\nvar g_wsaQoSEnabled = false;\r\nvar g_wsaQoSDataPoints = [];\r\nvar g_wsaLCID = 1066;\r\nvar g_wsaListTemplateId = 850;\r\nvar g_wsaSiteTemplateId = \'CMSPUBLISHING#0\';\r\nvar _fV4UI=true;var _spPageContextInfo = {webServerRelativeUrl: "\\u002f", webAbsoluteUrl: "%s", siteAbsoluteUrl: "%s", serverRequestPath: "%s", layoutsUrl: "_layouts\\u002f15", webTitle: "Ban Tuy\\u00EAn gi\\u00E1o v\\u00E0 D\\u00E2n v\\u1EADn T\\u1EC9nh \\u1EE7y Thanh H\\u00F3a", webTemplate: "39", tenantAppVersion: "0", isAppWeb: false, Has2019Era: true, webLogoUrl: "\\u002fPublishingImages\\u002flogo.png", webLanguage: 1066, currentLanguage: 1066, currentUICultureName: "vi-VN", currentCultureName: "vi-VN", clientServerTimeDelta: new Date("2026-11-22T01:%02d:%02d.%07dZ") - new Date(), siteClientTag: "%d$$15.0.5545.1000", crossDomainPhotosEnabled:false, webUIVersion:15, webPermMasks:{High:16,Low:196673},pageListId:"{%s-%s-%s-%s-%s}",pageItemId:%d, pagePersonalizationScope:1, alertsEnabled:true, siteServerRelativeUrl: "\\u002f", allowSilverlightPrompt:\'True\'};\r\n'
      % (host, host, path, r.randint(0, 59), r.randint(0, 59), r.randint(0, 9999999), r.randint(100, 9999), hexs(r, 8), hexs(r, 4), hexs(r, 4), hexs(r, 4), hexs(r, 12), r.randint(3000, 9999)))
    w(sp_sod(r) + '\r\n// ]]>\r\n</script>\r\n')
    w('<style type="text/css">\r\n' + css_blob(r, 90, "tandan-") + '\r\n</style>\r\n')
    w('</head>\r\n<body scroll="yes" onhashchange="if (typeof(_spBodyOnHashChange) != \'undefined\') _spBodyOnHashChange();"><div id="imgPrefetch" style="display:none">\r\n<img src="/_layouts/15/images/spcommon.png?rev=40" />\r\n<img src="/_layouts/15/images/favicon.ico?rev=23" />\r\n</div>\r\n')
    w('<form method="post" action="./Hoi-nghi-bao-cao-vien-Tinh-uy-thang-112026.aspx" onsubmit="javascript:return WebForm_OnSubmit();" id="aspnetForm">\r\n<div class="aspNetHidden">\r\n')
    w('<input type="hidden" name="_wpcmWpid" id="_wpcmWpid" value="" />\r\n<input type="hidden" name="wpcmVal" id="wpcmVal" value="" />\r\n<input type="hidden" name="MSOWebPartPage_PostbackSource" id="MSOWebPartPage_PostbackSource" value="" />\r\n<input type="hidden" name="MSOTlPn_SelectedWpId" id="MSOTlPn_SelectedWpId" value="" />\r\n<input type="hidden" name="MSOTlPn_View" id="MSOTlPn_View" value="0" />\r\n<input type="hidden" name="MSOGallery_SelectedLibrary" id="MSOGallery_SelectedLibrary" value="" />\r\n')
    w('<input type="hidden" name="__REQUESTDIGEST" id="__REQUESTDIGEST" value="0x%s,22 Nov 2026 01:%02d:%02d -0000" />\r\n' % (hexs(r, 128).upper(), r.randint(0, 59), r.randint(0, 59)))
    w('<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />\r\n<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />\r\n')
    w('<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUBMA9kFgJmD2QWAgIBD2QWBAIBD2QWAgIFD2QWAmYPZBYCZg8WAh4TUHJldmlvdXNDb250cm9sTW9kZQspiAFNaWNyb3NvZnQuU2hhcmVQb2ludC5XZWJDb250cm9scy5TUENvbnRyb2xNb2RlLCBNaWNyb3NvZnQuU2hhcmVQb2ludCwgVmVyc2lvbj0xNS4wLjAuMCwgQ3VsdHVyZT1uZXV0cmFsLCBQdWJsaWNLZXlUb2tlbj03MWU5YmNlMTExZTk0MjljAWQCAw9kFgICAw9kFgICBQ9kFgICAQ9kFgQ%s" />\r\n' % b64(r, 68000))
    w('</div>\r\n\r\n<script type="text/javascript">\r\n//<![CDATA[\r\nvar theForm = document.forms[\'aspnetForm\'];\r\nif (!theForm) {\r\n    theForm = document.aspnetForm;\r\n}\r\nfunction __doPostBack(eventTarget, eventArgument) {\r\n    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {\r\n        theForm.__EVENTTARGET.value = eventTarget;\r\n        theForm.__EVENTARGUMENT.value = eventArgument;\r\n        theForm.submit();\r\n    }\r\n}\r\n//]]>\r\n</script>\r\n')
    for _ in range(6):
        w('<script src="/WebResource.axd?d=%s&amp;t=%d" type="text/javascript"></script>\r\n' % (alnum(r, 86), r.randint(6 * 10**17, 7 * 10**17)))
    w('<script type="text/javascript">\r\n//<![CDATA[\r\nvar MSOWebPartPageFormName = \'aspnetForm\';\r\nvar g_presenceEnabled = true;\r\nvar g_wsaEnabled = false;\r\nvar g_correlationId = \'%s-%s-%s-%s-%s\';\r\nvar g_wsaQoSEnabled = false;\r\nvar _spWebPartComponents = new Object();_spWebPartComponents["WebPart1"] = new Object();_spWebPartComponents["WebPart2"] = new Object();\r\nvar L_Menu_BaseUrl="";\r\nvar L_Menu_LCID="1066";\r\nvar L_Menu_SiteTheme="null";\r\ndocument.onreadystatechange=fnRemoveAllStatus; function fnRemoveAllStatus(){removeAllStatus(true)};\r\n//]]>\r\n</script>\r\n' % (hexs(r, 8), hexs(r, 4), hexs(r, 4), hexs(r, 4), hexs(r, 12)))
    w('<div id="ms-designer-ribbon"><div id="s4-ribbonrow" style="display:none"></div></div>\r\n<div id="s4-workspace"><div id="s4-bodyContainer">\r\n')
    # header
    w('<div class="tandan-topbar"><div class="tandan-container"><span class="tandan-date">Chủ nhật, ngày 22/11/2026</span><span class="tandan-toplink"><a href="/Pages/lien-he.aspx">Liên hệ</a> | <a href="/Pages/so-do-cong.aspx">Sơ đồ cổng</a> | <a href="/_layouts/15/Authenticate.aspx?Source=%%2FPages%%2F2026-11-17" rel="nofollow">Đăng nhập</a></span></div></div>\r\n')
    w('<div class="tandan-header"><div class="tandan-container"><a href="/" class="tandan-logo"><img src="/PublishingImages/logo-dang.png" alt="Logo" /></a><div class="tandan-sitename"><span class="line1">ĐẢNG BỘ TỈNH THANH HÓA</span><span class="line2">BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY</span></div><div class="tandan-search"><input name="ctl00$ucSearch$txtKeyword" type="text" id="ctl00_ucSearch_txtKeyword" class="tandan-search-input" placeholder="Nhập từ khóa tìm kiếm" /><a id="ctl00_ucSearch_btnSearch" class="tandan-search-button" href="javascript:__doPostBack(&#39;ctl00$ucSearch$btnSearch&#39;,&#39;&#39;)">Tìm kiếm</a></div></div></div>\r\n')
    menu = [("Trang chủ", []), ("Giới thiệu", ["Chức năng, nhiệm vụ", "Lãnh đạo Ban", "Các phòng chuyên môn", "Lịch sử truyền thống"]),
            ("Tin tức - Sự kiện", ["Tin hoạt động của Ban", "Tuyên giáo cơ sở", "Dân vận cơ sở", "Tin trong tỉnh", "Tin trong nước"]),
            ("Lý luận chính trị", ["Nghiên cứu - Trao đổi", "Bảo vệ nền tảng tư tưởng của Đảng", "Học tập và làm theo Bác"]),
            ("Công tác dân vận", ["Dân vận chính quyền", "Dân tộc - Tôn giáo", "Phong trào “Dân vận khéo”", "Quy chế dân chủ ở cơ sở"]),
            ("Báo cáo viên", ["Thông tin thời sự", "Định hướng tuyên truyền", "Tài liệu sinh hoạt chi bộ"]),
            ("Văn hóa - Văn nghệ", ["Văn hóa", "Văn học nghệ thuật", "Báo chí - Xuất bản"]),
            ("Văn bản", ["Văn bản của Trung ương", "Văn bản của Tỉnh ủy", "Văn bản của Ban"]),
            ("Thư viện", ["Thư viện ảnh", "Thư viện video", "Sách điện tử"])]
    w('<div class="tandan-menu"><div class="tandan-container"><ul class="tandan-menu-root">\r\n')
    for t, subs in menu:
        w('<li class="tandan-menu-item%s"><a href="/Pages/%s.aspx">%s</a>' % (" tandan-active" if t.startswith("Báo cáo") else "", slugify(t), E(t)))
        if subs:
            w('<ul class="tandan-submenu">' + "".join('<li><a href="/Pages/%s.aspx">%s</a></li>' % (slugify(s), E(s)) for s in subs) + '</ul>')
        w('</li>\r\n')
    w('</ul></div></div>\r\n')
    w('<div class="tandan-breadcrumb tandan-container"><span><a href="/">Trang chủ</a></span> <span class="sep">&gt;</span> <span><a href="/Pages/bao-cao-vien.aspx">Báo cáo viên</a></span> <span class="sep">&gt;</span> <span>Thông tin thời sự</span></div>\r\n')
    w('<div class="tandan-container tandan-main"><div class="tandan-col-left">\r\n')
    w('<div id="ctl00_PlaceHolderMain_ctl00_label" style="display:none">Page Content</div><div class="tandan-detail-news">\r\n')
    w('<div class="tandan-title-detail"><h1>%s</h1></div>\r\n' % E(a["title"]))
    w('<div class="tandan-date-detail"><span class="tandan-icon-clock"></span>17/11/2026 3:40 CH</div>\r\n')
    w('<div class="tandan-sapo-detail"><div id="ctl00_PlaceHolderMain_ctl01__ControlWrapper_RichHtmlField" class="ms-rtestate-field" style="display:inline" aria-labelledby="ctl00_PlaceHolderMain_ctl01_label">%s</div></div>\r\n' % E(lead))
    w('<div class="tandan-content-detail"><div id="ctl00_PlaceHolderMain_ctl02__ControlWrapper_RichHtmlField" class="ms-rtestate-field" style="display:inline" aria-labelledby="ctl00_PlaceHolderMain_ctl02_label">')
    w('<!--[if gte mso 9]><xml>\r\n <w:WordDocument>\r\n  <w:View>Normal</w:View>\r\n  <w:Zoom>0</w:Zoom>\r\n  <w:TrackMoves/>\r\n  <w:TrackFormatting/>\r\n  <w:PunctuationKerning/>\r\n  <w:ValidateAgainstSchemas/>\r\n  <w:SaveIfXMLInvalid>false</w:SaveIfXMLInvalid>\r\n  <w:DoNotPromoteQF/>\r\n  <w:LidThemeOther>VI</w:LidThemeOther>\r\n </w:WordDocument>\r\n</xml><![endif]-->')
    parts = []
    for i, (k, v) in enumerate(blocks):
        if k == "p":
            parts.append(word_p(v, r))
        elif k == "h":
            parts.append(word_p(v, r, indent=True, bold=True))
        if i == 1:
            parts.append('<p class="MsoNormal" align="center" style="text-align:center"><span lang="VI" style="font-size:14.0pt"><img alt="" src="/PublishingImages/2026/11/17/%s" style="width:650px;height:410px;" /><o:p></o:p></span></p>' % img_name(r))
        if i in (2, 5):
            parts.append('<p class="MsoNormal" style="text-align:justify;text-indent:36.0pt"><span lang="VI" style="font-size:14.0pt"><o:p>&nbsp;</o:p></span></p>')
    w("\r\n".join(parts))
    au1, au2 = a["author"].split(", ")
    w('\r\n<p class="MsoNormal" align="right" style="margin-top:6.0pt;text-align:right;line-height:normal"><b><span lang="VI" style="font-size:14.0pt;font-family:&quot;Times New Roman&quot;,serif">%s<o:p></o:p></span></b></p>' % E(au1))
    w('\r\n<p class="MsoNormal" align="right" style="text-align:right;line-height:normal"><i><span lang="VI" style="font-size:14.0pt;font-family:&quot;Times New Roman&quot;,serif">%s<o:p></o:p></span></i></p>' % E(au2))
    w('</div></div>\r\n')
    w('<div class="tandan-tool-detail"><a href="javascript:window.print();" class="tandan-print">In trang</a> <a href="mailto:?subject=%s&amp;body=%s" class="tandan-mail">Gửi email</a> <a href="#" onclick="window.scrollTo(0,0);return false;">Về đầu trang</a></div>\r\n' % (A(a["title"]), url))
    w('<div class="tandan-related"><div class="tandan-related-title">Tin liên quan</div><ul>\r\n')
    rel = ["Hội nghị báo cáo viên Tỉnh ủy tháng 10/2026", "Hội nghị báo cáo viên Tỉnh ủy tháng 9/2026", "Tập huấn kỹ năng tuyên truyền trên mạng xã hội cho báo cáo viên cấp xã", "Hội nghị báo cáo viên Tỉnh ủy tháng 8/2026"]
    for h, d in zip(rel, [dt.date(2026, 10, 19), dt.date(2026, 9, 21), dt.date(2026, 9, 8), dt.date(2026, 8, 18)]):
        w('<li><a href="/Pages/%s/%s.aspx">%s</a> <span class="tandan-date-small">(%s)</span></li>\r\n' % (d.isoformat(), slugify(h), E(h), d_date(d)))
    w('</ul></div>\r\n<div class="tandan-other-news"><div class="tandan-related-title">Các tin khác</div><ul>\r\n')
    for h, d in zip(pick(r, HL_PARTY, 8), rand_dates(r, dt.date(2026, 6, 1), pubd - dt.timedelta(days=1), 8)):
        w('<li><a href="/Pages/%s/%s.aspx">%s</a> <span class="tandan-date-small">(%s)</span></li>\r\n' % (d.date().isoformat(), slugify(h), E(h), d_date(d)))
    w('</ul></div>\r\n</div>\r\n</div>\r\n')
    # right column
    w('<div class="tandan-col-right">\r\n<div class="tandan-box"><div class="tandan-box-title">Tài liệu sinh hoạt chi bộ</div><ul>' + "".join('<li><a href="/TaiLieu/tai-lieu-sinh-hoat-chi-bo-thang-%d-2026.pdf">Tài liệu sinh hoạt chi bộ tháng %d/2026</a></li>' % (m, m) for m in range(11, 4, -1)) + '</ul></div>\r\n')
    w('<div class="tandan-box"><div class="tandan-box-title">Tin đọc nhiều</div><ol class="tandan-mostread">')
    for h in pick(r, HL_PARTY, 8):
        w('<li><a href="#">%s</a></li>' % E(h))
    w('</ol></div>\r\n<div class="tandan-box tandan-gallery"><div class="tandan-box-title">Thư viện ảnh</div><div class="tandan-gallery-slide">')
    for i in range(6):
        w('<a href="/Pages/thu-vien-anh.aspx?ItemID=%d"><img src="/PublishingImages/ThuVienAnh/%s" alt="Ảnh %d" /></a>' % (r.randint(100, 999), img_name(r), i + 1))
    w('</div></div>\r\n<div class="tandan-box"><div class="tandan-box-title">Liên kết</div><ul class="tandan-links">')
    for t in ["Báo Điện tử Đảng Cộng sản Việt Nam", "Tạp chí Cộng sản", "Ban Tuyên giáo và Dân vận Trung ương", "Cổng thông tin điện tử tỉnh Thanh Hóa", "Báo Thanh Hóa", "Tạp chí Tuyên giáo"]:
        w('<li><a href="#" target="_blank">%s</a></li>' % E(t))
    w('</ul></div>\r\n')
    vis = visitor_block(r)
    w('<div class="tandan-box tandan-counter"><div class="tandan-box-title">Thống kê truy cập</div><p>Đang online: %d</p><p>Hôm nay: %s</p><p>Tổng truy cập: %s</p></div>\r\n</div>\r\n</div>\r\n' % (vis[0], fmt_int(vis[1]), fmt_int(vis[3])))
    w('<div class="tandan-footer"><div class="tandan-container"><p><b>TRANG THÔNG TIN ĐIỆN TỬ BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY THANH HÓA</b></p><p>Cơ quan chủ quản: Ban Tuyên giáo và Dân vận Tỉnh ủy Thanh Hóa</p><p>Địa chỉ: Số 45A đường Đại lộ Lê Lợi, phường Hạc Thành, tỉnh Thanh Hóa - Điện thoại: 0237.3852.%03d</p><p>Chịu trách nhiệm chính: Đồng chí Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy</p><p>Giấy phép số 35/GP-STTTT ngày 12/9/2025</p></div></div>\r\n' % r.randint(0, 999))
    w('</div></div>\r\n')
    w('<div class="aspNetHidden">\r\n<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="%s" />\r\n<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEdAA%s" />\r\n</div>' % (hexs(r, 8).upper(), b64(r, 3000)))
    w('<script type="text/javascript">\r\n//<![CDATA[\r\nvar _spFormDigestRefreshInterval = 1440000;var _fV4UI = true;\r\nfunction _RegisterWebPartPageCUI()\r\n{\r\n    var initInfo = {editable: false,isEditMode: false,allowWebPartAdder: false,listId: "{%s-%s-%s-%s-%s}",itemId: %d,recommendedContentTypeId: "0x01010007FF3E057FA8AB4AA42FCB67B453FFC100E214EEE741181F4E9F7ACC43278EE811",webPartPageContentTypeId: "0x01010007FF3E057FA8AB4AA42FCB67B453FFC100E214EEE741181F4E9F7ACC43278EE811008B2C1D5C0D8B494B8B0E0B29CF47A5A4",hasStandaloneCustomActions: false,webPartAdderId: "%s",showListsTab: true,showWebPartsTab: true};\r\n    SP.Ribbon.WebPartComponent.registerWithPageManager(initInfo);\r\n}\r\nWebForm_InitCallback();\r\n' % (hexs(r, 8), hexs(r, 4), hexs(r, 4), hexs(r, 4), hexs(r, 12), r.randint(3000, 9999), hexs(r, 32)))
    w(js_blob(r, 120, "tandan") + '\r\n//]]>\r\n</script>\r\n</form>\r\n')
    w('<script type="text/javascript">\r\n(function(){var ga=document.createElement("script");ga.async=true;ga.src="https://www.googletagmanager.com/gtag/js?id=G-%s";document.body.appendChild(ga);})();\r\n</script>\r\n</body>\r\n</html>\r\n' % alnum(r, 10).upper())
    return "".join(out), article_meta("p03", "sharepoint (Tân Dân)", url, "utf-8")


# ---------------------------------------------------------------------------
# p04  SharePoint 2010 "/Trang/ChiTietTinTuc.aspx?nid=N", Ủy ban MTTQ tỉnh
# ---------------------------------------------------------------------------

@page("p04")
def p04():
    r = rng("p04")
    a, lead, blocks = art("p04")
    host = "https://mattran.quangtri.gov.vn"
    nid = 4812
    url = "%s/Trang/ChiTietTinTuc.aspx?nid=%d" % (host, nid)
    pubd = dt.date(2026, 10, 7)
    out = []
    w = out.append
    w('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\r\n<html xmlns="http://www.w3.org/1999/xhtml" xmlns:o="urn:schemas-microsoft-com:office:office" __expr-val-dir="ltr" lang="vi-vn" dir="ltr">\r\n<head><meta http-equiv="X-UA-Compatible" content="IE=8" /><meta name="GENERATOR" content="Microsoft SharePoint" /><meta name="progid" content="SharePoint.WebPartPage.Document" /><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><meta http-equiv="Expires" content="0" />\r\n')
    w('<title>\r\n\tChi tiết tin tức\r\n</title>\r\n')
    w('<meta name="description" content="Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Quảng Trị" /><meta property="og:title" content="%s" /><meta property="og:site_name" content="Ủy ban MTTQ Việt Nam tỉnh Quảng Trị" />\r\n' % A(a["title"]))
    w('<link rel="stylesheet" type="text/css" href="/_layouts/1066/styles/Themable/corev4.css?rev=p63%%2BuzFZQPdmAtJfRR5Nsw%%3D%%3D"/>\r\n<link rel="stylesheet" type="text/css" href="/Style%%20Library/MTTQ/css/style.css"/>\r\n<link rel="stylesheet" type="text/css" href="/Style%%20Library/MTTQ/css/menu.css"/>\r\n')
    w('<script type="text/javascript">\r\n// <![CDATA[\r\ndocument.write(\'<script type="text/javascript" src="/_layouts/1066/init.js?rev=ck%%2BHdHQ8ABQHif7kr%%2Bj7iQ%%3D%%3D"></\' + \'script>\');\r\ndocument.write(\'<script type="text/javascript" src="/_layouts/1066/core.js?rev=gFpzZ%%2Bdi%%2FlFE7dTdACrSHg%%3D%%3D"></\' + \'script>\');\r\n// ]]>\r\n</script>\r\n')
    w('<script type="text/javascript" src="/Style%20Library/MTTQ/js/jquery-1.8.3.min.js"></script>\r\n<script type="text/javascript" src="/Style%20Library/MTTQ/js/jquery.slides.min.js"></script>\r\n')
    w('<style type="text/css">\r\n' + css_blob(r, 45, "mt") + '\r\n.ms-bodyareaframe{padding:0}\r\n</style>\r\n</head>\r\n')
    w('<body scroll="yes" onload="javascript:if (typeof(_spBodyOnLoadWrapper) != \'undefined\') _spBodyOnLoadWrapper();">\r\n<form name="aspnetForm" method="post" action="ChiTietTinTuc.aspx?nid=%d" onsubmit="javascript:return WebForm_OnSubmit();" id="aspnetForm">\r\n<div>\r\n<input type="hidden" name="__SPSCEditMenu" id="__SPSCEditMenu" value="true" />\r\n<input type="hidden" name="MSOWebPartPage_PostbackSource" id="MSOWebPartPage_PostbackSource" value="" />\r\n<input type="hidden" name="__REQUESTDIGEST" id="__REQUESTDIGEST" value="0x%s,22 Nov 2026 02:%02d:%02d -0000" />\r\n<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTY1NDU2MTA1Mg9kFgJmD2QWAgIBD2QWBAIBD2QWAgIHD2QWAgIBDxYCHgdWaXNpYmxlaGQCAw9kFg%s" />\r\n</div>\r\n' % (nid, hexs(r, 128).upper(), r.randint(0, 59), r.randint(0, 59), b64(r, 7000)))
    w('<script type="text/javascript">\r\n//<![CDATA[\r\nvar theForm = document.forms[\'aspnetForm\'];\r\nif (!theForm) {\r\n    theForm = document.aspnetForm;\r\n}\r\nfunction __doPostBack(eventTarget, eventArgument) {\r\n    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {\r\n        theForm.__EVENTTARGET.value = eventTarget;\r\n        theForm.__EVENTARGUMENT.value = eventArgument;\r\n        theForm.submit();\r\n    }\r\n}\r\n//]]>\r\n</script>\r\n')
    w('<div id="wrapper"><table class="tblHeader" cellpadding="0" cellspacing="0" width="100%"><tr><td class="header-left"><a href="/Trang/default.aspx"><img src="/Style%20Library/MTTQ/images/logo-mttq.png" alt="Logo MTTQ" border="0" /></a></td>')
    w('<td class="header-center"><div class="ten-don-vi-1">ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM</div><div class="ten-don-vi-2">TỈNH QUẢNG TRỊ</div></td><td class="header-right"><div class="ngay-thang">Chủ nhật, 22/11/2026</div><div class="tim-kiem"><input type="text" id="txtSearch" value="Tìm kiếm..." onfocus="if(this.value==\'Tìm kiếm...\')this.value=\'\';" /><input type="button" value="" class="btnSearch" onclick="location.href=\'/Trang/TimKiem.aspx?k=\'+encodeURIComponent(document.getElementById(\'txtSearch\').value)" /></div></td></tr></table>\r\n')
    menu = [("Trang chủ", "default.aspx"), ("Giới thiệu", "GioiThieu.aspx"), ("Tin hoạt động", "DanhSachTin.aspx?cid=1"),
            ("Đại đoàn kết toàn dân tộc", "DanhSachTin.aspx?cid=2"), ("Giám sát, phản biện xã hội", "DanhSachTin.aspx?cid=3"),
            ("Quỹ Vì người nghèo", "DanhSachTin.aspx?cid=4"), ("Công tác tôn giáo", "DanhSachTin.aspx?cid=5"),
            ("Các tổ chức thành viên", "DanhSachTin.aspx?cid=6"), ("Văn bản", "VanBan.aspx"), ("Liên hệ", "LienHe.aspx")]
    w('<div class="menu-ngang"><ul>' + "".join('<li%s><a href="/Trang/%s">%s</a></li>' % (' class="active"' if t == "Quỹ Vì người nghèo" else "", h, E(t)) for t, h in menu) + '</ul></div>\r\n')
    w('<div class="tin-chay"><b>Tin mới:</b> <marquee scrollamount="2">')
    for h in pick(r, HL_MTTQ, 4):
        w('<a href="/Trang/ChiTietTinTuc.aspx?nid=%d">%s</a> &#8226; ' % (r.randint(4813, 4990), E(h)))
    w('</marquee></div>\r\n')
    w('<table class="tblMain" cellpadding="0" cellspacing="0" width="100%"><tr><td valign="top" class="col-trai" width="230">\r\n')
    w('<div class="khung-trai"><div class="tieude-khung">DANH MỤC</div><ul class="dm">' + "".join('<li><a href="/Trang/%s">%s</a></li>' % (h, E(t)) for t, h in menu[2:9]) + '</ul></div>\r\n')
    w('<div class="khung-trai"><div class="tieude-khung">CÁC TỔ CHỨC THÀNH VIÊN</div><ul class="dm">' + "".join('<li><a href="#">%s</a></li>' % E(t) for t in ["Hội Liên hiệp Phụ nữ tỉnh", "Hội Nông dân tỉnh", "Tỉnh đoàn", "Hội Cựu chiến binh tỉnh", "Liên đoàn Lao động tỉnh", "Hội Chữ thập đỏ tỉnh", "Liên hiệp các tổ chức hữu nghị"]) + '</ul></div>\r\n')
    w('<div class="khung-trai"><div class="tieude-khung">VIDEO</div><div class="video"><iframe width="220" height="160" src="https://www.youtube.com/embed/%s" frameborder="0" allowfullscreen></iframe></div></div>\r\n</td>\r\n' % alnum(r, 11))
    w('<td valign="top" class="col-giua"><div class="duong-dan"><a href="/Trang/default.aspx">Trang chủ</a> &raquo; <a href="/Trang/DanhSachTin.aspx?cid=4">Quỹ Vì người nghèo</a></div>\r\n')
    w('<div id="ctl00_m_g_%s_ctl00_pnlChiTiet" class="ChiTietTin">\r\n' % hexs(r, 8))
    w('<div class="TieuDeTin"><span id="ctl00_m_g_ctl00_lblTieuDe">%s</span></div>\r\n' % E(a["title"]))
    w('<div class="NgayDang"><span id="ctl00_m_g_ctl00_lblNgayDang">07/10/2026 11:48 SA</span></div>\r\n')
    w('<div class="TomTat"><span id="ctl00_m_g_ctl00_lblTomTat"><b>%s</b></span></div>\r\n' % E(lead))
    w('<div class="NoiDung"><span id="ctl00_m_g_ctl00_lblNoiDung">')

    def ul(items):
        return '<div>' + "".join('<div style="text-align: justify;">&nbsp;&nbsp;&nbsp; - %s</div>' % E(x) for x in items) + '</div>'

    def cap(t, rr):
        return ('<div style="text-align: center;"><img alt="%s" src="/PublishingImages/TinTuc/2026/10/%s" style="border: 0px solid; width: 600px; height: 400px;" /><br /><i>%s</i></div>'
                % (A(t), img_name(rr), E(t)))
    cfg = {"p": '<div style="text-align: justify;">&nbsp;&nbsp;&nbsp; @@</div><div style="text-align: justify;">&nbsp;</div>',
           "h": '<div style="text-align: justify;"><b>@@</b></div>', "ul": ul, "cap": cap}
    w(render_blocks(blocks, cfg, r))
    w('<div style="text-align: right;"><b><i>Tin: Hồ Thị Thu Hiền - Ảnh: Nguyễn Đức Trí</i></b></div>')
    w('</span></div>\r\n')
    views = r.randint(900, 2500)
    w('<div class="CongCu"><span class="LuotXem">Lượt xem: %s</span> <span class="sep">|</span> <a href="javascript:void(0);" onclick="window.open(\'/Trang/InTin.aspx?nid=%d\',\'_blank\',\'width=800,height=600,scrollbars=yes\');">In bài viết</a> | <a href="mailto:?subject=%s&amp;body=%s">Gửi email</a></div>\r\n' % (fmt_int(views), nid, A(a["title"]), url))
    w('</div>\r\n<div class="TinKhac"><div class="TieuDeTinKhac">Các tin đã đưa</div><ul>\r\n')
    for h, d in zip(pick(r, HL_MTTQ, 9), rand_dates(r, dt.date(2026, 6, 1), pubd - dt.timedelta(days=1), 9)):
        w('<li><a href="/Trang/ChiTietTinTuc.aspx?nid=%d">%s</a> <span class="ngay">(%s)</span></li>\r\n' % (r.randint(4400, 4811), E(h), d_date(d)))
    w('</ul></div>\r\n</td>\r\n')
    w('<td valign="top" class="col-phai" width="250"><div class="khung-phai"><div class="tieude-khung">THÔNG BÁO</div><ul>')
    for h, d in zip(["Thông báo kết quả vận động Quỹ Vì người nghèo quý III/2026", "Kế hoạch giám sát năm 2026", "Lịch tiếp công dân của Ủy ban MTTQ tỉnh tháng 10", "Thông báo tuyển dụng công chức năm 2026"], rand_dates(r, dt.date(2026, 7, 1), CRAWL - dt.timedelta(days=3), 4)):
        w('<li><a href="#">%s</a><br /><span class="ngay">%s</span></li>' % (E(h), d_date(d)))
    w('</ul></div>\r\n<div class="khung-phai"><div class="tieude-khung">TIN XEM NHIỀU</div><ul>')
    for h in pick(r, HL_MTTQ, 7):
        w('<li><a href="#">%s</a></li>' % E(h))
    w('</ul></div>\r\n<div class="khung-phai banner"><a href="#"><img src="/PublishingImages/Banner/dai-hoi-mttq.jpg" alt="Đại hội Đại biểu MTTQ Việt Nam tỉnh" /></a><a href="#"><img src="/PublishingImages/Banner/quy-vi-nguoi-ngheo.jpg" alt="Quỹ Vì người nghèo" /></a></div>\r\n')
    vis = visitor_block(r)
    w('<div class="khung-phai"><div class="tieude-khung">THỐNG KÊ TRUY CẬP</div><table class="thongke"><tr><td>Đang truy cập:</td><td>%d</td></tr><tr><td>Hôm nay:</td><td>%s</td></tr><tr><td>Tổng số:</td><td>%s</td></tr></table></div>\r\n</td></tr></table>\r\n' % (vis[0], fmt_int(vis[1]), fmt_int(vis[3])))
    w('<div class="footer"><p><b>TRANG THÔNG TIN ĐIỆN TỬ ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH QUẢNG TRỊ</b></p><p>Địa chỉ: Số 20 đường Hùng Vương, phường Đồng Hới, tỉnh Quảng Trị</p><p>Điện thoại: 0232.3822.%03d - Fax: 0232.3822.%03d - Email: mttq@quangtri.gov.vn</p><p>Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p></div>\r\n</div>\r\n' % (r.randint(0, 999), r.randint(0, 999)))
    w('<div>\r\n<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEWAgL%s" />\r\n</div>\r\n<script type="text/javascript">\r\n//<![CDATA[\r\nvar _spFormDigestRefreshInterval = 1440000;\r\nvar __wpmExportWarning=\'This Web Part Page has been personalized.\';var __wpmCloseProviderWarning=\'You are about to close this Web Part.\';var __wpmDeleteWarning=\'You are about to permanently delete this Web Part.\';\r\n$(function(){$(".menu-ngang li").hover(function(){$(this).addClass("hover")},function(){$(this).removeClass("hover")});});\r\n//]]>\r\n</script>\r\n</form>\r\n</body>\r\n</html>\r\n' % b64(r, 90))
    return "".join(out), article_meta("p04", "sharepoint (/Trang/ChiTietTinTuc.aspx)", url, "utf-8")


# ---------------------------------------------------------------------------
# p05  custom ASP.NET WebForms, public hospital; text in <div>s with <br><br>
# ---------------------------------------------------------------------------

KHOA = ["Khoa Khám bệnh", "Khoa Cấp cứu", "Khoa Hồi sức tích cực - Chống độc", "Trung tâm Tim mạch",
        "Trung tâm Ung bướu", "Khoa Nội tiết", "Khoa Thần kinh", "Đơn vị Đột quỵ", "Khoa Hô hấp",
        "Khoa Tiêu hóa", "Khoa Thận - Tiết niệu", "Khoa Cơ xương khớp", "Khoa Ngoại tổng hợp",
        "Khoa Chấn thương chỉnh hình", "Khoa Phẫu thuật thần kinh", "Khoa Gây mê hồi sức",
        "Khoa Phụ sản", "Khoa Nhi", "Khoa Sơ sinh", "Khoa Mắt", "Khoa Tai Mũi Họng",
        "Khoa Răng Hàm Mặt", "Khoa Da liễu", "Khoa Y học cổ truyền", "Khoa Phục hồi chức năng",
        "Khoa Truyền nhiễm", "Khoa Huyết học - Truyền máu", "Khoa Hóa sinh", "Khoa Vi sinh",
        "Khoa Giải phẫu bệnh", "Khoa Chẩn đoán hình ảnh", "Khoa Dược", "Khoa Dinh dưỡng",
        "Khoa Kiểm soát nhiễm khuẩn", "Phòng Kế hoạch tổng hợp", "Phòng Điều dưỡng",
        "Phòng Công tác xã hội", "Phòng Quản lý chất lượng", "Phòng Tổ chức cán bộ"]


@page("p05")
def p05():
    r = rng("p05")
    a, lead, blocks = art("p05")
    host = "https://bvdkphutho.vn"
    url = "%s/TinTuc/ChiTiet.aspx?ID=2231&CatID=3" % host
    pubd = dt.date(2026, 3, 12)
    out = []
    w = out.append
    w('\r\n<!DOCTYPE html>\r\n<html xmlns="http://www.w3.org/1999/xhtml">\r\n<head id="ctl00_Head1"><meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1.0" /><title>\r\n\t%s | Bệnh viện Đa khoa tỉnh Phú Thọ\r\n</title>' % E(a["title"]))
    w('<meta name="keywords" content="bệnh viện đa khoa tỉnh phú thọ, tim mạch, báo động đỏ" /><meta name="description" content="%s" /><meta property="og:title" content="%s" /><meta property="og:url" content="%s" /><meta property="og:image" content="%s/Upload/TinTuc/2026/3/%s" />' % (A(blocks[0][1][:160]), A(a["title"]), url, host, img_name(r)))
    w('<link href="/Content/bootstrap.min.css" rel="stylesheet" /><link href="/Content/font-awesome.min.css" rel="stylesheet" /><link href="/Content/site.css?v=2.3.1" rel="stylesheet" />\r\n<script src="/Scripts/jquery-3.4.1.min.js"></script><script src="/Scripts/bootstrap.min.js"></script>\r\n')
    w('<style>\r\n' + css_blob(r, 40, "bv") + '\r\n</style>\r\n</head>\r\n<body>\r\n')
    w('<form method="post" action="./ChiTiet.aspx?ID=2231&amp;CatID=3" id="aspnetForm">\r\n<div class="aspNetHidden">\r\n<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />\r\n<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />\r\n<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwULLTEwNjc4NTQ4MjAPZBYCZg9kFgICAw9kFgICAQ9kFgQCAQ9kFgJmD2QWAgIBDxYCHgtfIUl0ZW1Db3VudAIHFg5mD2QWAmYPFQM%s" />\r\n</div>\r\n' % b64(r, 9000))
    w('<script type="text/javascript">\r\n//<![CDATA[\r\nvar theForm = document.forms[\'aspnetForm\'];\r\nif (!theForm) {\r\n    theForm = document.aspnetForm;\r\n}\r\nfunction __doPostBack(eventTarget, eventArgument) {\r\n    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {\r\n        theForm.__EVENTTARGET.value = eventTarget;\r\n        theForm.__EVENTARGUMENT.value = eventArgument;\r\n        theForm.submit();\r\n    }\r\n}\r\n//]]>\r\n</script>\r\n')
    w('<div class="top-bar"><div class="container"><span class="pull-left"><i class="fa fa-calendar"></i> Chủ nhật, ngày 22/11/2026</span><span class="pull-right"><i class="fa fa-phone"></i> Đường dây nóng: <b>0966.115.%03d</b> &nbsp; <i class="fa fa-ambulance"></i> Cấp cứu: <b>0210.3846.%03d</b></span></div></div>\r\n' % (r.randint(0, 999), r.randint(0, 999)))
    w('<div class="header"><div class="container"><a href="/" class="logo"><img src="/Images/logo-bvdk.png" alt="Bệnh viện Đa khoa tỉnh Phú Thọ" /></a><div class="header-title"><h2>SỞ Y TẾ PHÚ THỌ</h2><h1>BỆNH VIỆN ĐA KHOA TỈNH PHÚ THỌ</h1><p>Phú Thọ Provincial General Hospital</p></div><div class="header-search"><input name="ctl00$txtTuKhoa" type="text" id="ctl00_txtTuKhoa" class="form-control" placeholder="Tìm kiếm..." /><a id="ctl00_lbtTimKiem" class="btn btn-search" href="javascript:__doPostBack(&#39;ctl00$lbtTimKiem&#39;,&#39;&#39;)"><i class="fa fa-search"></i></a></div></div></div>\r\n')
    w('<nav class="navbar navbar-default main-menu"><div class="container"><ul class="nav navbar-nav">\r\n<li><a href="/">Trang chủ</a></li>\r\n<li class="dropdown"><a href="/GioiThieu.aspx" class="dropdown-toggle">Giới thiệu</a><ul class="dropdown-menu"><li><a href="#">Lịch sử phát triển</a></li><li><a href="#">Ban Giám đốc</a></li><li><a href="#">Sơ đồ tổ chức</a></li><li><a href="#">Thành tích</a></li></ul></li>\r\n<li class="dropdown active"><a href="/TinTuc/DanhSach.aspx?CatID=1">Tin tức - Sự kiện</a><ul class="dropdown-menu"><li><a href="#">Hoạt động bệnh viện</a></li><li><a href="#">Kỹ thuật mới</a></li><li><a href="#">Giáo dục sức khỏe</a></li><li><a href="#">Tin ngành y tế</a></li></ul></li>\r\n<li class="dropdown mega"><a href="/KhoaPhong.aspx">Khoa - Phòng</a><ul class="dropdown-menu mega-menu">')
    for k in KHOA:
        w('<li><a href="/KhoaPhong/ChiTiet.aspx?ten=%s">%s</a></li>' % (slugify(k), E(k)))
    w('</ul></li>\r\n<li><a href="/HuongDan.aspx">Hướng dẫn người bệnh</a></li><li><a href="/BangGia.aspx">Bảng giá dịch vụ</a></li><li><a href="/DaoTao.aspx">Đào tạo - NCKH</a></li><li><a href="/TuyenDung.aspx">Tuyển dụng</a></li><li><a href="/DatLichKham.aspx">Đặt lịch khám</a></li><li><a href="/LienHe.aspx">Liên hệ</a></li>\r\n</ul></div></nav>\r\n')
    w('<div class="container main-content"><ol class="breadcrumb"><li><a href="/">Trang chủ</a></li><li><a href="/TinTuc/DanhSach.aspx?CatID=1">Tin tức - Sự kiện</a></li><li class="active">Hoạt động bệnh viện</li></ol>\r\n<div class="row"><div class="col-md-9">\r\n')
    w('<div id="ctl00_ContentPlaceHolder1_ucChiTietTin_pnlTin" class="chitiet-tin">\r\n')
    w('<h2 class="tieude-tin"><span id="ctl00_ContentPlaceHolder1_ucChiTietTin_lblTieuDe">%s</span></h2>\r\n' % E(a["title"]))
    views = r.randint(400, 3000)
    w('<div class="thongtin-tin"><span class="ngay"><i class="fa fa-clock-o"></i> Ngày đăng: <span id="ctl00_ContentPlaceHolder1_ucChiTietTin_lblNgayDang">12/03/2026</span></span> &nbsp;|&nbsp; <span class="luotxem"><i class="fa fa-eye"></i> Lượt xem: <span id="ctl00_ContentPlaceHolder1_ucChiTietTin_lblLuotXem">%s</span></span></div>\r\n' % fmt_int(views))
    w('<div id="ctl00_ContentPlaceHolder1_ucChiTietTin_divNoiDung" class="noidung-tin" style="text-align: justify;">\r\n')
    paras = [v for k, v in blocks]
    # first three paragraphs in one <div>, separated by <br /><br />
    w('<div>%s<br />\r\n<br />\r\n%s<br />\r\n<br />\r\n%s</div>\r\n' % (E(paras[0]), E(paras[1]), E(paras[2])))
    w('<div>&nbsp;</div>\r\n<div style="text-align: center;"><img alt="" src="/Upload/TinTuc/2026/3/%s" style="width: 640px; height: 427px;" /></div>\r\n<div>&nbsp;</div>\r\n' % img_name(r))
    w('<div>%s<br />\r\n<br />\r\n<em>%s</em><br />\r\n<br />\r\n%s</div>\r\n' % (E(paras[3]), E(paras[4]), E(paras[5])))
    w('<div><br />\r\n%s<br />\r\n<br />\r\n</div>\r\n' % E(paras[6]))
    w('<div style="text-align: right;"><strong>%s</strong></div>\r\n' % E(a["author"]))
    w('</div>\r\n')
    w('<div class="share-tin"><a href="https://www.facebook.com/sharer/sharer.php?u=%s" target="_blank" class="btn btn-primary btn-xs"><i class="fa fa-facebook"></i> Chia sẻ</a> <a href="javascript:window.print()" class="btn btn-default btn-xs"><i class="fa fa-print"></i> In</a></div>\r\n' % url)
    w('<div class="tin-lienquan"><h4>Tin cùng chuyên mục</h4><ul>\r\n')
    for h, d in zip(pick(r, HL_HEALTH, 8), rand_dates(r, dt.date(2025, 12, 1), pubd - dt.timedelta(days=1), 8)):
        w('<li><a href="/TinTuc/ChiTiet.aspx?ID=%d&amp;CatID=3">%s</a> <i>(%s)</i></li>\r\n' % (r.randint(2000, 2230), E(h), d_date(d)))
    w('</ul></div>\r\n</div>\r\n</div>\r\n<div class="col-md-3 sidebar">\r\n')
    w('<div class="box-hotline"><p>TỔNG ĐÀI CHĂM SÓC KHÁCH HÀNG</p><p class="so">1900 6%03d</p></div>\r\n' % r.randint(0, 999))
    w('<div class="box-sidebar"><h4>Lịch khám bệnh</h4><p>Thứ Hai - Thứ Sáu: 7h00 - 17h00</p><p>Thứ Bảy, Chủ nhật: 7h00 - 11h30</p><p>Cấp cứu: 24/7</p></div>\r\n')
    w('<div class="box-sidebar"><h4>Tin mới nhất</h4><ul class="list-unstyled">\r\n')
    for h, d in zip(pick(r, HL_HEALTH, 6), rand_dates(r, pubd + dt.timedelta(days=1), CRAWL - dt.timedelta(days=1), 6)):
        w('<li><a href="#">%s</a><br /><small>%s</small></li>\r\n' % (E(h), d_date(d)))
    w('</ul></div>\r\n<div class="box-sidebar"><h4>Liên kết</h4><a href="#"><img src="/Images/banner-dichvucong.jpg" alt="Dịch vụ công" class="img-responsive" /></a><a href="#"><img src="/Images/banner-soyte.jpg" alt="Sở Y tế Phú Thọ" class="img-responsive" /></a><a href="#"><img src="/Images/banner-datlich.jpg" alt="Đặt lịch khám trực tuyến" class="img-responsive" /></a></div>\r\n')
    vis = visitor_block(r)
    w('<div class="box-sidebar thongke"><h4>Thống kê truy cập</h4><p>Trực tuyến: <b>%d</b></p><p>Hôm nay: <b>%s</b></p><p>Tổng: <b>%s</b></p></div>\r\n</div>\r\n</div>\r\n</div>\r\n' % (vis[0], fmt_int(vis[1]), fmt_int(vis[3])))
    w('<footer class="footer"><div class="container"><div class="row"><div class="col-md-6"><h4>BỆNH VIỆN ĐA KHOA TỈNH PHÚ THỌ</h4><p>Địa chỉ: Đường Nguyễn Tất Thành, phường Việt Trì, tỉnh Phú Thọ</p><p>Điện thoại: 0210.3846.%03d - Email: bvdk@phutho.gov.vn</p><p>Chịu trách nhiệm nội dung: Giám đốc Bệnh viện</p></div><div class="col-md-6"><iframe src="https://www.google.com/maps/embed?pb=%s" width="100%%" height="180" frameborder="0"></iframe></div></div><p class="copyright">&copy; 2018 - 2026 Bản quyền thuộc Bệnh viện Đa khoa tỉnh Phú Thọ</p></div></footer>\r\n' % (r.randint(0, 999), alnum(r, 120)))
    w('<div class="aspNetHidden">\r\n\t<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="%s" />\r\n\t<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEdAAM%s" />\r\n</div></form>\r\n' % (hexs(r, 8).upper(), b64(r, 120)))
    w('<script src="/Scripts/main.js?v=2.3.1"></script>\r\n<script>\r\n$(function(){$(".dropdown").hover(function(){$(this).addClass("open")},function(){$(this).removeClass("open")});});\r\n' + js_blob(r, 10, "bv") + '\r\n</script>\r\n</body>\r\n</html>\r\n')
    return "".join(out), article_meta("p05", "asp.net webforms (custom)", url, "utf-8")


# ---------------------------------------------------------------------------
# p06  WordPress, Hội Nông dân tỉnh; byline + "Nguồn:" at the end
# ---------------------------------------------------------------------------

@page("p06")
def p06():
    r = rng("p06")
    a, lead, blocks = art("p06")
    host = "https://hoinongdan.dongthap.gov.vn"
    slug = slugify(a["title"])
    url = "%s/2026/08/19/%s/" % (host, slug)
    post = 8421
    pubd = dt.date(2026, 8, 19)
    thumb = "%s/wp-content/uploads/2026/08/%s" % (host, img_name(r))
    out = []
    w = out.append
    w('<!doctype html>\n<html lang="vi">\n<head>\n\t<meta charset="UTF-8">\n\t<meta name="viewport" content="width=device-width, initial-scale=1">\n\t<link rel="profile" href="https://gmpg.org/xfn/11">\n\t<meta name=\'robots\' content=\'index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1\' />\n\n')
    w('\t<!-- This site is optimized with the Yoast SEO plugin v23.9 - https://yoast.com/wordpress/plugins/seo/ -->\n\t<title>%s - Hội Nông dân tỉnh Đồng Tháp</title>\n' % E(a["title"]))
    w('\t<link rel="canonical" href="%s" />\n\t<meta property="og:locale" content="vi_VN" />\n\t<meta property="og:type" content="article" />\n\t<meta property="og:title" content="%s - Hội Nông dân tỉnh Đồng Tháp" />\n\t<meta property="og:description" content="%s" />\n\t<meta property="og:url" content="%s" />\n\t<meta property="og:site_name" content="Hội Nông dân tỉnh Đồng Tháp" />\n' % (url, A(a["title"]), A(blocks[0][1][:155] + "..."), url))
    w('\t<meta property="article:published_time" content="2026-08-19T03:25:41+00:00" />\n\t<meta property="article:modified_time" content="2026-08-20T01:02:13+00:00" />\n\t<meta property="og:image" content="%s" />\n\t<meta property="og:image:width" content="1200" />\n\t<meta property="og:image:height" content="800" />\n\t<meta name="author" content="hoinongdan" />\n\t<meta name="twitter:card" content="summary_large_image" />\n\t<meta name="twitter:label1" content="Được viết bởi" />\n\t<meta name="twitter:data1" content="hoinongdan" />\n\t<meta name="twitter:label2" content="Ước tính thời gian đọc" />\n\t<meta name="twitter:data2" content="4 phút" />\n' % thumb)
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "Article", "@id": url + "#article", "isPartOf": {"@id": url}, "author": {"name": "hoinongdan", "@id": host + "/#/schema/person/" + hexs(r, 32)},
         "headline": a["title"], "datePublished": "2026-08-19T03:25:41+00:00", "dateModified": "2026-08-20T01:02:13+00:00",
         "mainEntityOfPage": {"@id": url}, "wordCount": 612, "publisher": {"@id": host + "/#organization"}, "image": {"@id": url + "#primaryimage"},
         "thumbnailUrl": thumb, "keywords": ["giảm phát thải", "lúa chất lượng cao"], "articleSection": ["Tin hoạt động"], "inLanguage": "vi"},
        {"@type": "WebPage", "@id": url, "url": url, "name": a["title"] + " - Hội Nông dân tỉnh Đồng Tháp", "isPartOf": {"@id": host + "/#website"},
         "datePublished": "2026-08-19T03:25:41+00:00", "dateModified": "2026-08-20T01:02:13+00:00", "inLanguage": "vi"},
        {"@type": "BreadcrumbList", "@id": url + "#breadcrumb", "itemListElement": [{"@type": "ListItem", "position": 1, "name": "Trang chủ", "item": host + "/"}, {"@type": "ListItem", "position": 2, "name": a["title"]}]},
        {"@type": "Organization", "@id": host + "/#organization", "name": "Hội Nông dân tỉnh Đồng Tháp", "url": host + "/"}]}
    w('\t<script type="application/ld+json" class="yoast-schema-graph">%s</script>\n\t<!-- / Yoast SEO plugin. -->\n\n' % json.dumps(ld, ensure_ascii=False, separators=(",", ":")).replace("/", "\\/"))
    w("<link rel='dns-prefetch' href='//fonts.googleapis.com' />\n<link rel=\"alternate\" type=\"application/rss+xml\" title=\"Hội Nông dân tỉnh Đồng Tháp &raquo; Dòng thông tin\" href=\"%s/feed/\" />\n" % host)
    w('<script>\nwindow._wpemojiSettings = {"baseUrl":"https:\\/\\/s.w.org\\/images\\/core\\/emoji\\/15.0.3\\/72x72\\/","ext":".png","svgUrl":"https:\\/\\/s.w.org\\/images\\/core\\/emoji\\/15.0.3\\/svg\\/","svgExt":".svg","source":{"concatemoji":"%s\\/wp-includes\\/js\\/wp-emoji-release.min.js?ver=6.6.2"}};\n/*! This file is auto-generated */\n!function(i,n){var o,s,e;function c(e){try{var t={supportTests:e,timestamp:(new Date).valueOf()};sessionStorage.setItem(o,JSON.stringify(t))}catch(e){}}function p(e,t,n){e.clearRect(0,0,e.canvas.width,e.canvas.height),e.fillText(t,0,0);var t=new Uint32Array(e.getImageData(0,0,e.canvas.width,e.canvas.height).data),r=(e.clearRect(0,0,e.canvas.width,e.canvas.height),e.fillText(n,0,0),new Uint32Array(e.getImageData(0,0,e.canvas.width,e.canvas.height).data));return t.every(function(e,t){return e===r[t]})}}(window,document);\n</script>\n' % host.replace("/", "\\/"))
    w("<link rel='stylesheet' id='wp-block-library-css' href='%s/wp-includes/css/dist/block-library/style.min.css?ver=6.6.2' media='all' />\n<link rel='stylesheet' id='hnd-style-css' href='%s/wp-content/themes/hnd-dongthap/style.css?ver=1.4.2' media='all' />\n<link rel='stylesheet' id='hnd-fonts-css' href='https://fonts.googleapis.com/css2?family=Roboto:wght@400;500;700&#038;subset=vietnamese&#038;display=swap' media='all' />\n" % (host, host))
    w("<style id='global-styles-inline-css'>\n:root{--wp--preset--color--black: #000000;--wp--preset--color--white: #ffffff;--wp--preset--color--vivid-green-cyan: #00d084;--wp--preset--font-size--small: 13px;--wp--preset--font-size--medium: 20px;--wp--preset--font-size--large: 36px;--wp--preset--spacing--20: 0.44rem;--wp--preset--spacing--30: 0.67rem;}\n" + css_blob(r, 40, "wp-") + "\n</style>\n")
    w("<script src=\"%s/wp-includes/js/jquery/jquery.min.js?ver=3.7.1\" id=\"jquery-core-js\"></script>\n<link rel=\"https://api.w.org/\" href=\"%s/wp-json/\" /><link rel=\"alternate\" title=\"JSON\" type=\"application/json\" href=\"%s/wp-json/wp/v2/posts/%d\" /><link rel='shortlink' href='%s/?p=%d' />\n</head>\n\n" % (host, host, host, post, host, post))
    w('<body class="post-template-default single single-post postid-%d single-format-standard wp-custom-logo">\n<div id="page" class="site">\n\t<a class="skip-link screen-reader-text" href="#primary">Chuyển đến nội dung</a>\n' % post)
    w('\t<div class="topbar"><div class="container"><span class="topbar-date">Chủ nhật, 22/11/2026</span><span class="topbar-hotline">Đường dây nóng: 0277.3851.%03d</span></div></div>\n' % r.randint(0, 999))
    w('\t<header id="masthead" class="site-header">\n\t\t<div class="site-branding container"><a href="%s/" class="custom-logo-link" rel="home"><img width="96" height="96" src="%s/wp-content/uploads/2025/08/logo-hnd.png" class="custom-logo" alt="Hội Nông dân tỉnh Đồng Tháp" decoding="async" /></a><div class="site-title-wrap"><p class="site-title"><a href="%s/" rel="home">Hội Nông dân tỉnh Đồng Tháp</a></p><p class="site-description">Trang thông tin điện tử</p></div>\n\t\t<form role="search" method="get" class="search-form" action="%s/"><label><span class="screen-reader-text">Tìm kiếm cho:</span><input type="search" class="search-field" placeholder="Tìm kiếm &hellip;" value="" name="s" /></label><input type="submit" class="search-submit" value="Tìm kiếm" /></form></div>\n' % (host, host, host, host))
    cats = [("Trang chủ", []), ("Giới thiệu", ["Lịch sử Hội", "Ban Thường vụ", "Điều lệ Hội"]), ("Tin hoạt động", ["Hoạt động Hội tỉnh", "Hội Nông dân cơ sở", "Gương nông dân tiêu biểu"]),
            ("Khoa học kỹ thuật", ["Trồng trọt", "Chăn nuôi", "Thủy sản", "Cơ giới hóa"]), ("Quỹ Hỗ trợ nông dân", []), ("Thị trường nông sản", []), ("Văn bản", []), ("Liên hệ", [])]
    w('\t\t<nav id="site-navigation" class="main-navigation"><div class="container"><button class="menu-toggle" aria-controls="primary-menu" aria-expanded="false">Menu</button><div class="menu-main-container"><ul id="primary-menu" class="menu">')
    mid = 100
    for t, subs in cats:
        mid += r.randint(1, 9)
        cls = "menu-item menu-item-type-taxonomy menu-item-object-category menu-item-%d" % mid + (" menu-item-has-children" if subs else "") + (" current-post-ancestor current-menu-parent" if t == "Tin hoạt động" else "")
        w('<li id="menu-item-%d" class="%s"><a href="%s/chuyen-muc/%s/">%s</a>' % (mid, cls, host, slugify(t), E(t)))
        if subs:
            w('<ul class="sub-menu">' + "".join('<li class="menu-item menu-item-type-taxonomy menu-item-object-category"><a href="%s/chuyen-muc/%s/">%s</a></li>' % (host, slugify(s), E(s)) for s in subs) + '</ul>')
        w('</li>')
    w('</ul></div></div></nav>\n\t</header><!-- #masthead -->\n\n')
    w('\t<div class="container site-content-wrap"><nav class="breadcrumbs" aria-label="breadcrumbs"><span><a href="%s/">Trang chủ</a></span> &raquo; <span><a href="%s/chuyen-muc/tin-hoat-dong/">Tin hoạt động</a></span> &raquo; <span class="breadcrumb_last" aria-current="page">%s</span></nav>\n' % (host, host, E(a["title"])))
    w('\t<main id="primary" class="site-main">\n\n<article id="post-%d" class="post-%d post type-post status-publish format-standard has-post-thumbnail hentry category-tin-hoat-dong tag-giam-phat-thai tag-lua-chat-luong-cao">\n' % (post, post))
    w('\t<header class="entry-header">\n\t\t<span class="cat-links"><a href="%s/chuyen-muc/tin-hoat-dong/" rel="category tag">Tin hoạt động</a></span>\n\t\t<h1 class="entry-title">%s</h1>\n' % (host, E(a["title"])))
    w('\t\t<div class="entry-meta">\n\t\t\t<span class="posted-on"><i class="far fa-calendar"></i> <a href="%s" rel="bookmark"><time class="entry-date published" datetime="2026-08-19T10:25:41+07:00">19/08/2026</time><time class="updated" datetime="2026-08-20T08:02:13+07:00">20/08/2026</time></a></span><span class="byline"> Đăng bởi <span class="author vcard"><a class="url fn n" href="%s/author/hoinongdan/">hoinongdan</a></span></span>\n\t\t</div><!-- .entry-meta -->\n\t</header><!-- .entry-header -->\n\n' % (url, host))
    w('\t<div class="post-thumbnail"><img width="1200" height="800" src="%s" class="attachment-post-thumbnail size-post-thumbnail wp-post-image" alt="" decoding="async" fetchpriority="high" srcset="%s 1200w, %s 300w, %s 768w" sizes="(max-width: 1200px) 100vw, 1200px" /></div><!-- .post-thumbnail -->\n\n' % (thumb, thumb, thumb.replace(".jpg", "-300x200.jpg"), thumb.replace(".jpg", "-768x512.jpg")))
    w('\t<div class="entry-content">\n')
    nimg = [0]

    def cap(t, rr):
        nimg[0] += 1
        src = "%s/wp-content/uploads/2026/08/%s" % (host, img_name(rr))
        return ('<figure class="wp-block-image size-large"><img decoding="async" width="1024" height="683" src="%s" alt="" class="wp-image-%d" srcset="%s 1024w, %s 300w" sizes="(max-width: 1024px) 100vw, 1024px" /><figcaption class="wp-element-caption">%s</figcaption></figure>'
                % (src, 8400 + nimg[0], src, src.replace(".jpg", "-300x200.jpg"), E(t)))
    first = True
    parts = []
    for k, v in blocks:
        if k == "p":
            if first:
                parts.append('<p><strong>%s</strong></p>' % E(v))
                first = False
            else:
                parts.append('<p>%s</p>' % E(v))
        elif k == "cap":
            parts.append(cap(v, r))
    w("\n\n\n\n".join(parts))
    w('\n\n\n\n<p class="has-text-align-right"><strong>Tin: Phạm Thanh Tâm - Ảnh: Lê Hữu Phước</strong></p>\n\n\n\n<p class="has-text-align-right"><em>Nguồn: Báo và Phát thanh, Truyền hình Đồng Tháp</em></p>\n')
    w('\t</div><!-- .entry-content -->\n\n\t<footer class="entry-footer"><span class="tags-links">Thẻ: <a href="%s/the/giam-phat-thai/" rel="tag">giảm phát thải</a>, <a href="%s/the/lua-chat-luong-cao/" rel="tag">lúa chất lượng cao</a></span></footer><!-- .entry-footer -->\n</article><!-- #post-%d -->\n\n' % (host, host, post))
    w('<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Chia sẻ:</h3><ul><li class="share-facebook"><a rel="nofollow noopener noreferrer" class="share-facebook sd-button" href="%s?share=facebook" target="_blank"><span>Facebook</span></a></li><li class="share-zalo"><a class="sd-button" href="#"><span>Zalo</span></a></li><li class="share-print"><a class="sd-button" href="%s#print"><span>In</span></a></li></ul></div>\n' % (url, url))
    w('<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>Có liên quan</em></h3><div class="jp-relatedposts-items">')
    for h, d in zip(pick(r, HL_FARMER, 3), rand_dates(r, dt.date(2026, 4, 1), pubd - dt.timedelta(days=1), 3)):
        w('<div class="jp-relatedposts-post"><h4 class="jp-relatedposts-post-title"><a href="%s/%s/%s/">%s</a></h4><p class="jp-relatedposts-post-date">%s</p><p class="jp-relatedposts-post-context">Trong &quot;Tin hoạt động&quot;</p></div>' % (host, d.strftime("%Y/%m/%d"), slugify(h), E(h), d_date(d)))
    w('</div></div>\n')
    w('\t<nav class="navigation post-navigation" aria-label="Bài viết"><h2 class="screen-reader-text">Điều hướng bài viết</h2><div class="nav-links"><div class="nav-previous"><a href="%s/2026/08/17/tap-huan-ky-thuat-nuoi-ca-loc-trong-ao-dat/" rel="prev"><span class="nav-subtitle">Trước:</span> <span class="nav-title">Tập huấn kỹ thuật nuôi cá lóc trong ao đất</span></a></div><div class="nav-next"><a href="%s/2026/08/21/trao-von-quy-ho-tro-nong-dan-cho-45-ho-hoi-vien/" rel="next"><span class="nav-subtitle">Sau:</span> <span class="nav-title">Trao vốn Quỹ Hỗ trợ nông dân cho 45 hộ hội viên</span></a></div></div></nav>\n' % (host, host))
    w('<div id="comments" class="comments-area">\n\t<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Để lại một bình luận</h3><form action="%s/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate><p class="comment-notes"><span id="email-notes">Email của bạn sẽ không được hiển thị công khai.</span> Các trường bắt buộc được đánh dấu <span class="required">*</span></p><p class="comment-form-comment"><label for="comment">Bình luận <span class="required">*</span></label> <textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required></textarea></p><p class="comment-form-author"><label for="author">Tên <span class="required">*</span></label> <input id="author" name="author" type="text" value="" size="30" maxlength="245" autocomplete="name" required /></p><p class="comment-form-email"><label for="email">Email <span class="required">*</span></label> <input id="email" name="email" type="email" value="" size="30" maxlength="100" autocomplete="email" required /></p><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Phản hồi" /> <input type=\'hidden\' name=\'comment_post_ID\' value=\'%d\' id=\'comment_post_ID\' /></p></form></div>\n</div><!-- #comments -->\n' % (host, post))
    w('\t</main><!-- #main -->\n\n<aside id="secondary" class="widget-area">\n')
    w('<section id="block-3" class="widget widget_block"><div class="wp-block-group"><h2 class="wp-block-heading">Bài viết mới</h2><ul class="wp-block-latest-posts__list wp-block-latest-posts">')
    for h, d in zip(pick(r, HL_FARMER, 6), rand_dates(r, pubd + dt.timedelta(days=1), CRAWL - dt.timedelta(days=1), 6)):
        w('<li><a class="wp-block-latest-posts__post-title" href="%s/%s/%s/">%s</a><time datetime="%s" class="wp-block-latest-posts__post-date">%s</time></li>' % (host, d.strftime("%Y/%m/%d"), slugify(h), E(h), d.strftime("%Y-%m-%dT%H:%M:%S+07:00"), d_date(d)))
    w('</ul></div></section>\n<section id="categories-2" class="widget widget_categories"><h2 class="widget-title">Chuyên mục</h2><ul>')
    for t in ["Gương nông dân tiêu biểu", "Hoạt động Hội tỉnh", "Hội Nông dân cơ sở", "Khoa học kỹ thuật", "Quỹ Hỗ trợ nông dân", "Thị trường nông sản", "Tin hoạt động"]:
        w('<li class="cat-item"><a href="%s/chuyen-muc/%s/">%s</a> (%d)</li>' % (host, slugify(t), E(t), r.randint(12, 480)))
    w('</ul></section>\n<section id="media_image-2" class="widget widget_media_image"><a href="https://dichvucong.gov.vn"><img width="300" height="120" src="%s/wp-content/uploads/2025/09/banner-dvc.png" class="image wp-image-77 attachment-medium size-medium" alt="Cổng Dịch vụ công quốc gia" /></a></section>\n' % host)
    w('<section id="archives-2" class="widget widget_archive"><h2 class="widget-title">Lưu trữ</h2><label class="screen-reader-text" for="archives-dropdown-2">Lưu trữ</label><select id="archives-dropdown-2" name="archive-dropdown"><option value="">Chọn tháng</option>')
    for y, m in [(2026, m) for m in range(11, 0, -1)] + [(2025, m) for m in range(12, 7, -1)]:
        w("<option value='%s/%d/%02d/'> Tháng %d %d </option>" % (host, y, m, m, y))
    w('</select></section>\n</aside><!-- #secondary -->\n\t</div>\n')
    w('\t<footer id="colophon" class="site-footer"><div class="container"><div class="site-info"><p><strong>HỘI NÔNG DÂN TỈNH ĐỒNG THÁP</strong></p><p>Địa chỉ: Số 12 đường 30/4, phường Cao Lãnh, tỉnh Đồng Tháp</p><p>Điện thoại: 0277.3851.%03d - Email: hoinongdan@dongthap.gov.vn</p><p>Chịu trách nhiệm chính: Chủ tịch Hội Nông dân tỉnh</p></div><div class="powered">Vận hành bởi WordPress</div></div></footer><!-- #colophon -->\n</div><!-- #page -->\n\n' % r.randint(0, 999))
    w("<script src=\"%s/wp-content/themes/hnd-dongthap/js/navigation.js?ver=1.4.2\" id=\"hnd-navigation-js\"></script>\n<script src='%s/wp-content/plugins/jetpack/_inc/build/sharedaddy/sharing.min.js?ver=13.9' id='sharing-js-js'></script>\n<script id=\"sharing-js-js-after\">\nvar windowOpen;\n( function () {\n\tfunction matches( el, sel ) {\n\t\treturn !! ( el.matches && el.matches( sel ) || el.msMatchesSelector && el.msMatchesSelector( sel ) );\n\t}\n\tdocument.body.addEventListener( 'click', function ( event ) {\n\t\tif ( ! event.target ) { return; }\n\t} );\n} )();\n</script>\n</body>\n</html>\n" % (host, host))
    return "".join(out), article_meta("p06", "wordpress", url, "utf-8")


# ---------------------------------------------------------------------------
# p07  Joomla 4, Hội LHPN tỉnh; "Viết bởi" CMS account, byline at the end
# ---------------------------------------------------------------------------

@page("p07")
def p07():
    r = rng("p07")
    a, lead, blocks = art("p07")
    host = "https://phunu.camau.gov.vn"
    aid = 1873
    url = "%s/index.php/hoat-dong-hoi/%d-%s" % (host, aid, slugify(a["title"]))
    pubd = dt.date(2026, 3, 5)
    out = []
    w = out.append
    w('<!DOCTYPE html>\n<html lang="vi-vn" dir="ltr">\n<head>\n    <meta charset="utf-8">\n\t<meta name="author" content="Quản trị viên">\n\t<meta name="viewport" content="width=device-width, initial-scale=1">\n\t<meta name="description" content="Trang thông tin điện tử Hội Liên hiệp Phụ nữ tỉnh Cà Mau">\n\t<meta name="generator" content="Joomla! - Open Source Content Management">\n')
    w('\t<title>%s - Hội Liên hiệp Phụ nữ tỉnh Cà Mau</title>\n\t<link href="/media/templates/site/hlhpn/images/favicon.ico" rel="icon" type="image/vnd.microsoft.icon">\n' % E(a["title"]))
    w('\t<link href="/media/system/css/joomla-fontawesome.min.css?%s" rel="lazy-stylesheet"><noscript><link href="/media/system/css/joomla-fontawesome.min.css?%s" rel="stylesheet"></noscript>\n\t<link href="/media/templates/site/hlhpn/css/template.min.css?%s" rel="stylesheet">\n\t<link href="/media/templates/site/hlhpn/css/user.css?%s" rel="stylesheet">\n' % ((hexs(r, 32),) * 2 + (hexs(r, 32), hexs(r, 32))))
    w('\t<style>:root {\n\t\t--hue: 330;\n\t\t--template-bg-light: #fdf3f7;\n\t\t--template-text-dark: #495057;\n\t\t--template-text-light: #ffffff;\n\t\t--template-link-color: #c2185b;\n\t\t--template-special-color: #880e4f;\n\t}\n' + css_blob(r, 30, "j-") + '</style>\n')
    w('\t<script type="application/json" class="joomla-script-options new">{"joomla.jtext":{"ERROR":"Lỗi","MESSAGE":"Thông báo","NOTICE":"Chú ý","WARNING":"Cảnh báo","JCLOSE":"Đóng","JOK":"Đồng ý","JOPEN":"Mở"},"system.paths":{"root":"","rootFull":"%s\\/","base":"","baseFull":"%s\\/"},"csrf.token":"%s"}</script>\n' % (host.replace("/", "\\/"), host.replace("/", "\\/"), hexs(r, 32)))
    w('\t<script src="/media/system/js/core.min.js?%s"></script>\n\t<script src="/media/templates/site/cassiopeia/js/template.min.js?%s" defer></script>\n\t<script src="/media/vendor/bootstrap/js/collapse.min.js?5.3.2" type="module"></script>\n\t<script src="/media/system/js/messages.min.js?%s" type="module"></script>\n' % (hexs(r, 32), hexs(r, 32), hexs(r, 32)))
    w('\t<meta property="og:title" content="%s">\n\t<meta property="og:type" content="article">\n\t<meta property="og:url" content="%s">\n</head>\n\n' % (A(a["title"]), url))
    w('<body class="site com_content wrapper-static view-article no-layout no-task itemid-%d has-sidebar-right">\n' % r.randint(100, 300))
    w('\t<header class="header container-header full-width">\n\t\t<div class="container-topbar"><div class="moduletable "><div class="topbar-inner"><span class="ngay-hien-tai">Chủ nhật, 22/11/2026</span><span class="lien-he-nhanh"><a href="mailto:hoiphunu@camau.gov.vn">hoiphunu@camau.gov.vn</a></span></div></div></div>\n')
    w('\t\t<div class="grid-child"><div class="navbar-brand"><a class="brand-logo" href="/"><img loading="eager" decoding="async" src="%s/images/logo/logo-hlhpn.png" alt="Hội Liên hiệp Phụ nữ tỉnh Cà Mau" width="520" height="90"></a><div class="site-description">Vì sự bình đẳng, phát triển của phụ nữ</div></div></div>\n' % host)
    w('\t\t<div class="grid-child container-nav"><ul class="mod-menu mod-list nav ">\n')
    menu = [("Trang chủ", []), ("Giới thiệu", ["Lịch sử", "Ban Thường vụ", "Cơ cấu tổ chức"]), ("Hoạt động Hội", ["Hoạt động Hội tỉnh", "Cơ sở Hội", "Gương điển hình"]),
            ("Bình đẳng giới", []), ("Phụ nữ khởi nghiệp", []), ("Chăm lo hội viên", ["Mái ấm tình thương", "Mẹ đỡ đầu", "Tín dụng - Tiết kiệm"]), ("Văn bản", []), ("Liên hệ", [])]
    for i, (t, subs) in enumerate(menu):
        iid = 101 + i * 3
        w('<li class="nav-item item-%d%s%s"><a href="/index.php/%s" >%s</a>' % (iid, " deeper parent" if subs else "", " current active" if t == "Hoạt động Hội" else "", slugify(t), E(t)))
        if subs:
            w('<ul class="mod-menu__sub list-unstyled small">' + "".join('<li class="nav-item item-%d"><a href="/index.php/%s/%s" >%s</a></li>' % (iid + j + 1, slugify(t), slugify(s), E(s)) for j, s in enumerate(subs)) + '</ul>')
        w('</li>\n')
    w('</ul>\n<div class="container-search"><form class="mod-finder js-finder-searchform form-search" action="/index.php/component/finder/search?Itemid=101" method="get" role="search"><label for="mod-finder-searchword" class="visually-hidden finder">Tìm kiếm</label><input type="text" name="q" id="mod-finder-searchword" class="js-finder-search-query form-control" value="" placeholder="Tìm kiếm..."></form></div></div>\n\t</header>\n\n')
    w('\t<div class="site-grid">\n\t\t<div class="grid-child container-component">\n\t\t\t<nav class="mod-breadcrumbs__wrapper" aria-label="Breadcrumbs"><ol itemscope itemtype="https://schema.org/BreadcrumbList" class="mod-breadcrumbs breadcrumb px-3 py-2"><li class="mod-breadcrumbs__here float-start">Bạn đang ở: &#160;</li><li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem" class="mod-breadcrumbs__item breadcrumb-item"><a itemprop="item" href="/index.php" class="pathway"><span itemprop="name">Trang chủ</span></a><meta itemprop="position" content="1"></li><li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem" class="mod-breadcrumbs__item breadcrumb-item"><a itemprop="item" href="/index.php/hoat-dong-hoi" class="pathway"><span itemprop="name">Hoạt động Hội</span></a><meta itemprop="position" content="2"></li></ol></nav>\n')
    w('\t\t\t<div id="system-message-container" aria-live="polite"></div>\n\n\t\t\t<main>\n')
    views = r.randint(300, 1500)
    w('<div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article">\n\t<meta itemprop="inLanguage" content="vi-VN">\n\t\n\t<div class="page-header">\n\t\t<h1 itemprop="headline">\n\t\t\t%s\t\t</h1>\n\t</div>\n\t\t\n' % E(a["title"]))
    w('\t\t\t<dl class="article-info text-muted">\n\n\t\t\t<dt class="article-info-term">\n\t\t\t\t\t\t\tChi tiết\t\t\t\t\t</dt>\n\n\t\t\t\t\t<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">\n\t<span class="icon-user icon-fw" aria-hidden="true"></span>\n\t\t\t\t\tViết bởi: <span itemprop="name">Quản trị viên</span>\t</dd>\n')
    w('\t\t\t\t\t<dd class="category-name">\n\t<span class="icon-folder-open icon-fw" aria-hidden="true"></span>\t\t\t\t\t\tDanh mục: <a href="/index.php/hoat-dong-hoi" itemprop="genre">Hoạt động Hội</a>\t</dd>\n')
    w('\t\t\t\t\t<dd class="published">\n\t<span class="icon-calendar icon-fw" aria-hidden="true"></span>\n\t<time datetime="2026-03-05T01:30:00+00:00" itemprop="datePublished">\n\t\tNgày đăng: 05 Tháng 3 2026\t</time>\n</dd>\n')
    w('\t\t\t\t\t<dd class="hits">\n\t\t\t<span class="icon-eye icon-fw" aria-hidden="true"></span>\n\t\t\t<meta itemprop="interactionCount" content="UserPageVisits:%d">\n\t\t\tLượt xem: %d\t</dd>\n\t\t\t</dl>\n\t\n\t\t\t\t\t\t\t\t\n\t\t\t\t\t\t\t\t\t\t<div itemprop="articleBody" class="com-content-article__body">\n' % (views, views))

    def cap(t, rr):
        return ('<figure class="image" style="text-align: center;"><img src="images/2026/03/%s" alt="" width="800" height="533" loading="lazy" data-path="local-images:/2026/03/%s">\n<figcaption>%s</figcaption>\n</figure>' % ((img_name(rr),) * 2 + (E(t),)))
    cfg = {"p": '<p style="text-align: justify;">@@</p>', "h": '<h3>@@</h3>', "cap": cap}
    w(render_blocks(blocks, cfg, r))
    w('\n<p style="text-align: right;"><strong>%s</strong></p> </div>\n\n\t\n' % E(a["author"]))
    w('<nav class="pagenavigation" aria-label="Điều hướng trang"><span class="pagination ms-0"><a class="btn btn-sm btn-secondary previous" href="/index.php/hoat-dong-hoi/1872-ra-mat-mo-hinh-chi-hoi-phu-nu-khong-co-nguoi-than-vi-pham-phap-luat" rel="prev"><span class="visually-hidden">Bài trước: Ra mắt mô hình “Chi hội phụ nữ không có người thân vi phạm pháp luật”</span><span class="icon-chevron-left" aria-hidden="true"></span> <span aria-hidden="true">Trước</span></a><a class="btn btn-sm btn-secondary next" href="/index.php/hoat-dong-hoi/1874-phu-nu-khoi-nghiep-voi-san-pham-ocop" rel="next"><span class="visually-hidden">Bài tiếp: Phụ nữ khởi nghiệp với sản phẩm OCOP</span> <span aria-hidden="true">Tiếp</span> <span class="icon-chevron-right" aria-hidden="true"></span></a></span></nav>\n\t\t\t\t\t\t\t\t</div>\n\n\t\t\t</main>\n\t\t\t\n\t\t</div>\n\n')
    w('\t\t<div class="grid-child container-sidebar-right">\n\t\t\t<div class="sidebar-right card "><h3 class="card-header ">Tin mới</h3><div class="card-body"><ul class="mod-articleslatest latestnews mod-list">\n')
    for h, d in zip(pick(r, HL_WOMEN, 6), rand_dates(r, pubd + dt.timedelta(days=1), CRAWL - dt.timedelta(days=1), 6)):
        w('<li itemscope itemtype="https://schema.org/Article"><a href="/index.php/hoat-dong-hoi/%d-%s" itemprop="url"><span itemprop="name">%s</span></a></li>\n' % (r.randint(1874, 2300), slugify(h), E(h)))
    w('</ul></div></div>\n\t\t\t<div class="sidebar-right card "><h3 class="card-header ">Đọc nhiều</h3><div class="card-body"><ul class="mostread mod-list">\n')
    for h in pick(r, HL_WOMEN, 6):
        w('<li itemscope itemtype="https://schema.org/Article"><a href="#" itemprop="url"><span itemprop="name">%s</span></a></li>\n' % E(h))
    w('</ul></div></div>\n\t\t\t<div class="sidebar-right card "><h3 class="card-header ">Video</h3><div class="card-body"><div class="mod-custom custom"><p><iframe src="https://www.youtube.com/embed/%s" width="300" height="170" allowfullscreen="allowfullscreen"></iframe></p></div></div></div>\n' % alnum(r, 11))
    w('\t\t\t<div class="sidebar-right card "><h3 class="card-header ">Liên kết</h3><div class="card-body"><div class="mod-custom custom"><p><a href="http://hoilhpn.org.vn" target="_blank"><img src="images/banner/hoi-lhpn-vn.jpg" alt="Hội LHPN Việt Nam"></a></p><p><a href="https://camau.gov.vn" target="_blank"><img src="images/banner/cong-ttdt-ca-mau.jpg" alt="Cổng TTĐT tỉnh Cà Mau"></a></p></div></div></div>\n\t\t</div>\n\t</div>\n\n')
    vis = visitor_block(r)
    w('\t<footer class="container-footer footer full-width">\n\t\t<div class="grid-child"><div class="mod-custom custom"><p><strong>HỘI LIÊN HIỆP PHỤ NỮ TỈNH CÀ MAU</strong></p><p>Địa chỉ: Số 88 đường Phan Ngọc Hiển, phường An Xuyên, tỉnh Cà Mau</p><p>Điện thoại: 0290.3831.%03d - Email: hoiphunu@camau.gov.vn</p><p>Chịu trách nhiệm nội dung: Ban Thường vụ Hội LHPN tỉnh</p></div><div class="mod-counter">Lượt truy cập: %s | Đang trực tuyến: %d</div></div>\n\t</footer>\n\t\t\t<a href="#top" id="back-top" class="back-to-top-link" aria-label="Về đầu trang"><span class="icon-arrow-up icon-fw" aria-hidden="true"></span></a>\n\t\t\n</body>\n</html>\n' % (r.randint(0, 999), fmt_int(vis[3]), vis[0]))
    return "".join(out), article_meta("p07", "joomla 4", url, "utf-8")


# ---------------------------------------------------------------------------
# p08  custom PHP portal of a merged xã: notice (Thông báo) with signer block
#      and attachments; no byline
# ---------------------------------------------------------------------------

@page("p08")
def p08():
    r = rng("p08")
    a, lead, blocks = art("p08")
    host = "https://tanlap.tayninh.gov.vn"
    url = "%s/thong-bao/%s-1523.html" % (host, slugify(a["title"]))
    pubd = dt.date(2026, 1, 12)
    head, mid, tail = blocks[:6], blocks[6:-10], blocks[-10:]
    out = []
    w = out.append
    w('<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />\n<meta name="viewport" content="width=device-width, initial-scale=1" />\n')
    w('<title>%s | UBND xã Tân Lập</title>\n<meta name="description" content="Ủy ban nhân dân xã Tân Lập thông báo lịch tiếp công dân định kỳ của Chủ tịch UBND xã năm 2026" />\n<meta name="keywords" content="tiếp công dân, thông báo, xã Tân Lập, Tây Ninh" />\n' % E(a["title"]))
    w('<meta property="og:title" content="%s" />\n<meta property="og:type" content="article" />\n<meta property="og:url" content="%s" />\n<meta property="og:image" content="%s/public/images/og-default.jpg" />\n' % (A(a["title"]), url, host))
    w('<link rel="stylesheet" href="%s/public/css/bootstrap.min.css" />\n<link rel="stylesheet" href="%s/public/css/style.css?v=20250715" />\n<link rel="stylesheet" href="%s/public/fontawesome/css/all.min.css" />\n' % (host, host, host))
    w('<style>\n' + css_blob(r, 35, "xa-") + '\n.doc-table td{vertical-align:top;border:0}\n</style>\n')
    w('<script src="%s/public/js/jquery-3.6.0.min.js"></script>\n<script async src="https://www.googletagmanager.com/gtag/js?id=G-%s"></script>\n<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag("js",new Date());gtag("config","G-%s");</script>\n</head>\n<body>\n' % (host, alnum(r, 10).upper(), alnum(r, 10).upper()))
    w('<div class="wrap-top"><div class="container"><div class="row"><div class="col-md-6"><i class="far fa-calendar-alt"></i> Chủ nhật, ngày 22/11/2026</div><div class="col-md-6 text-right"><a href="%s/lien-he.html">Liên hệ</a> | <a href="%s/so-do-trang.html">Sơ đồ trang</a> | <a href="https://tayninh.gov.vn" target="_blank">Cổng TTĐT tỉnh Tây Ninh</a></div></div></div></div>\n' % (host, host))
    w('<div class="wrap-banner"><div class="container"><a href="%s/"><img src="%s/public/images/banner-tanlap.png" alt="Trang thông tin điện tử xã Tân Lập" class="img-fluid" /></a></div></div>\n' % (host, host))
    menu = ["Trang chủ", "Giới thiệu", "Tin tức - Sự kiện", "Thông báo", "Văn bản", "Thủ tục hành chính", "Công khai", "Hỏi đáp", "Liên hệ"]
    w('<div class="wrap-menu"><div class="container"><ul class="main-nav">' + "".join('<li%s><a href="%s/%s.html">%s</a></li>' % (' class="active"' if t == "Thông báo" else "", host, slugify(t), E(t)) for t in menu) + '</ul><form class="frm-search" action="%s/tim-kiem.html" method="get"><input type="text" name="keyword" placeholder="Nhập từ khóa..." /><button type="submit"><i class="fa fa-search"></i></button></form></div></div>\n' % host)
    w('<div class="container main"><div class="row"><div class="col-lg-9 col-md-8">\n<div class="breadcrumb-box"><a href="%s/">Trang chủ</a> <i class="fa fa-angle-right"></i> <a href="%s/thong-bao.html">Thông báo</a></div>\n' % (host, host))
    w('<div class="news-detail">\n<h1 class="news-title">%s</h1>\n' % E(a["title"]))
    w('<div class="news-info"><span><i class="far fa-clock"></i> Đăng ngày: 12/01/2026 - 15:10</span> <span><i class="far fa-eye"></i> %s lượt xem</span></div>\n' % fmt_int(r.randint(200, 1200)))
    w('<div class="news-content">\n')
    w('<table class="doc-table" style="width:100%" cellpadding="0" cellspacing="0"><tbody><tr><td style="width:42%; text-align:center">')
    w('<p style="margin:0"><strong>%s</strong></p><p style="margin:0"><strong>%s</strong></p><p style="margin:6px 0 0 0">%s</p>' % (E(head[0][1]), E(head[1][1]), E(head[2][1])))
    w('</td><td style="text-align:center">')
    w('<p style="margin:0"><strong>%s</strong></p><p style="margin:0"><strong><u>%s</u></strong></p><p style="margin:6px 0 0 0"><em>%s</em></p>' % (E(head[3][1]), E(head[4][1]), E(head[5][1])))
    w('</td></tr></tbody></table>\n<p>&nbsp;</p>\n')

    def ul(items):
        return "\n".join('<p style="text-align:justify">- %s</p>' % E(x) for x in items)
    cfg = {"p": '<p style="text-align:justify">&nbsp;&nbsp;&nbsp;&nbsp; @@</p>', "ul": ul}
    parts = []
    for k, v in mid:
        if k == "h" and v.isupper():
            parts.append('<p style="text-align:center"><strong>%s</strong></p>' % E(v))
        elif k == "h" and v[0].isdigit():
            parts.append('<p style="text-align:justify"><strong>%s</strong></p>' % E(v))
        elif k == "h":
            parts.append('<p style="text-align:center"><strong>%s</strong></p>\n<p style="text-align:center">___________</p>' % E(v))
        else:
            parts.append(render_blocks([(k, v)], cfg, r))
    w("\n".join(parts))
    w('\n<table class="doc-table" style="width:100%" cellpadding="0" cellspacing="0"><tbody><tr><td style="width:50%">')
    nr = tail[:7]
    w('<p style="margin:0"><strong><em>%s</em></strong></p>' % E(nr[0][1]))
    for k, v in nr[1:]:
        w('<p style="margin:0; font-size:11pt">- %s</p>' % E(v))
    w('</td><td style="text-align:center">')
    w('<p style="margin:0"><strong>%s</strong></p><p style="margin:0"><em>%s</em></p><p>&nbsp;</p><p>&nbsp;</p><p style="margin:0"><strong>%s</strong></p>' % (E(tail[7][1]), E(tail[8][1]), E(tail[9][1])))
    w('</td></tr></tbody></table>\n</div>\n')
    w('<div class="attach-files"><h4><i class="fas fa-paperclip"></i> Tệp đính kèm</h4><ul>')
    w('<li><a href="%s/uploads/files/2026/01/08-TB-UBND-lich-tiep-cong-dan-2026.pdf" target="_blank"><i class="far fa-file-pdf"></i> 08-TB-UBND-lich-tiep-cong-dan-2026.pdf</a> <span class="size">(218 KB)</span></li>' % host)
    w('<li><a href="%s/uploads/files/2026/01/noi-quy-tiep-cong-dan.docx" target="_blank"><i class="far fa-file-word"></i> noi-quy-tiep-cong-dan.docx</a> <span class="size">(41 KB)</span></li></ul></div>\n' % host)
    w('<div class="news-tools"><a href="javascript:window.print()"><i class="fa fa-print"></i> In trang</a> <a href="https://www.facebook.com/sharer/sharer.php?u=%s" target="_blank"><i class="fab fa-facebook"></i> Chia sẻ</a></div>\n' % url)
    w('<div class="news-other"><h3 class="title-other">Thông báo khác</h3><ul>\n')
    others = ["Thông báo kết quả lựa chọn nhà thầu gói thầu sửa chữa trụ sở ấp Tân Trung", "Thông báo lịch trực Tết Nguyên đán Bính Ngọ 2026",
              "Thông báo về việc thu phí vệ sinh năm 2026", "Thông báo tuyển chọn lao động làm việc có thời hạn ở nước ngoài",
              "Thông báo niêm yết danh sách hộ nghèo, hộ cận nghèo năm 2026", "Thông báo lịch tiêm chủng mở rộng tháng 01/2026"]
    for h, d in zip(others, rand_dates(r, dt.date(2025, 11, 1), pubd - dt.timedelta(days=1), len(others))):
        w('<li><a href="%s/thong-bao/%s-%d.html">%s</a> <span>(%s)</span></li>\n' % (host, slugify(h), r.randint(1300, 1522), E(h), d_date(d)))
    w('</ul></div>\n</div>\n</div>\n<div class="col-lg-3 col-md-4 sidebar">\n')
    w('<div class="box-side"><div class="box-title">Lịch công tác</div><div class="box-body"><a href="%s/lich-cong-tac.html" class="btn btn-block btn-outline-danger">Lịch công tác tuần</a></div></div>\n' % host)
    w('<div class="box-side"><div class="box-title">Tin tức mới</div><div class="box-body"><ul class="list-side">\n')
    for h, d in zip(pick(r, HL_GOV, 7), rand_dates(r, pubd + dt.timedelta(days=1), CRAWL - dt.timedelta(days=1), 7)):
        w('<li><a href="%s/tin-tuc/%s-%d.html">%s</a><small>%s</small></li>\n' % (host, slugify(h), r.randint(1600, 2600), E(h), d_date(d)))
    w('</ul></div></div>\n<div class="box-side"><div class="box-title">Liên kết</div><div class="box-body banner-side">' + "".join('<a href="#"><img src="%s/public/images/banner/%s.png" alt="%s" /></a>' % (host, slugify(t), A(t)) for t in ["Dịch vụ công quốc gia", "Dịch vụ công tỉnh Tây Ninh", "Bình dân học vụ số", "Phản ánh kiến nghị"]) + '</div></div>\n')
    vis = visitor_block(r)
    w('<div class="box-side"><div class="box-title">Thống kê truy cập</div><div class="box-body"><p>Đang online: %d</p><p>Hôm nay: %s</p><p>Tổng truy cập: %s</p></div></div>\n</div>\n</div></div>\n' % (vis[0], fmt_int(vis[1]), fmt_int(vis[3])))
    w('<div class="wrap-footer"><div class="container"><p><strong>TRANG THÔNG TIN ĐIỆN TỬ XÃ TÂN LẬP</strong></p><p>Cơ quan chủ quản: Ủy ban nhân dân xã Tân Lập, tỉnh Tây Ninh</p><p>Địa chỉ: ấp Tân Trung, xã Tân Lập, tỉnh Tây Ninh - Điện thoại: 0272.3812.456</p><p>Chịu trách nhiệm chính: Ông Nguyễn Thanh Phong - Chủ tịch UBND xã</p></div></div>\n')
    w('<script src="%s/public/js/bootstrap.bundle.min.js"></script>\n<script src="%s/public/js/main.js?v=20250715"></script>\n</body>\n</html>\n' % (host, host))
    return "".join(out), article_meta("p08", "custom php", url, "utf-8")


# ---------------------------------------------------------------------------
# p09  DNN + EasyDNNnews, Tỉnh đoàn; "14:54:14 31/12/2025 (GMT+7)"
# ---------------------------------------------------------------------------

@page("p09")
def p09():
    r = rng("p09")
    a, lead, blocks = art("p09")
    host = "https://tinhdoan.gialai.gov.vn"
    slugT = "-".join(w_.capitalize() if i == 0 else w_ for i, w_ in enumerate(slugify(a["title"]).split("-")))
    url = "%s/Tin-tuc/ArtMID/1580/ArticleID/3921/%s" % (host, slugT)
    pubd = dt.date(2025, 12, 31)
    out = []
    w = out.append
    w('<!DOCTYPE html>\n<html  lang="vi-VN">\n<head id="Head"><meta content="text/html; charset=UTF-8" http-equiv="Content-Type" />\n<title>\n\t%s\n</title><meta id="MetaDescription" name="DESCRIPTION" content="%s" /><meta id="MetaKeywords" name="KEYWORDS" content="Tỉnh đoàn Gia Lai, công tác Đoàn, thanh niên" /><meta id="MetaRobots" name="ROBOTS" content="INDEX, FOLLOW" />' % (E(a["title"]), A(lead[:200])))
    w('<link href="/Resources/Shared/stylesheets/dnndefault/7.0.0/default.css?cdv=%d" type="text/css" rel="stylesheet"/><link href="/DesktopModules/EasyDNNnews/static/rateit/css/rateit.css?cdv=%d" type="text/css" rel="stylesheet"/><link href="/Portals/_default/skins/tinhdoan/skin.css?cdv=%d" type="text/css" rel="stylesheet"/><link href="/Portals/0/portal.css?cdv=%d" type="text/css" rel="stylesheet"/>' % ((r.randint(100, 999),) * 4))
    w('<script src="/Resources/libraries/jQuery/03_05_01/jquery.js?cdv=%d" type="text/javascript"></script><script src="/Resources/libraries/jQuery-Migrate/03_02_00/jquery-migrate.js?cdv=%d" type="text/javascript"></script><script src="/Resources/libraries/jQuery-UI/01_12_01/jquery-ui.js?cdv=%d" type="text/javascript"></script>' % ((r.randint(100, 999),) * 3))
    w('<meta property="og:type" content="article" /><meta property="og:title" content="%s" /><meta property="og:description" content="%s" /><meta property="og:url" content="%s" /><meta property="og:image" content="%s/Portals/0/EasyDNNNews/3921/%s" /><link rel="canonical" href="%s"/>' % (A(a["title"]), A(lead[:200]), url, host, img_name(r), url))
    w('<style type="text/css">' + css_blob(r, 40, "td-") + '</style><meta name="viewport" content="width=device-width, initial-scale=1" /></head>\n<body id="Body">\n\n')
    w('    <form method="post" action="/Tin-tuc/ArtMID/1580/ArticleID/3921/%s" id="Form" enctype="multipart/form-data">\n<div class="aspNetHidden">\n<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />\n<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />\n<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="%s" />\n</div>\n' % (slugT, b64(r, 14000)))
    w('<script type="text/javascript">\n//<![CDATA[\nvar theForm = document.forms[\'Form\'];\nif (!theForm) {\n    theForm = document.Form;\n}\nfunction __doPostBack(eventTarget, eventArgument) {\n    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {\n        theForm.__EVENTTARGET.value = eventTarget;\n        theForm.__EVENTARGUMENT.value = eventArgument;\n        theForm.submit();\n    }\n}\n//]]>\n</script>\n')
    w('<script src="/WebResource.axd?d=%s&amp;t=%d" type="text/javascript"></script>\n<script type="text/javascript">\n//<![CDATA[\nvar __cultureInfo = {"name":"vi-VN","numberFormat":{"CurrencyDecimalDigits":0,"CurrencyDecimalSeparator":",","IsReadOnly":false,"CurrencyGroupSizes":[3],"NumberGroupSizes":[3],"PercentGroupSizes":[3],"CurrencyGroupSeparator":".","CurrencySymbol":"₫","NaNSymbol":"NaN","CurrencyNegativePattern":8,"NumberNegativePattern":1,"PercentPositivePattern":0,"PercentNegativePattern":0,"NegativeInfinitySymbol":"-∞","NegativeSign":"-","NumberDecimalDigits":2,"NumberDecimalSeparator":",","NumberGroupSeparator":".","CurrencyPositivePattern":3,"PositiveInfinitySymbol":"∞","PositiveSign":"+","PercentDecimalDigits":2,"PercentDecimalSeparator":",","PercentGroupSeparator":".","PercentSymbol":"%%","PerMilleSymbol":"‰","NativeDigits":["0","1","2","3","4","5","6","7","8","9"],"DigitSubstitution":1},"dateTimeFormat":{"AMDesignator":"SA","Calendar":{"MinSupportedDateTime":"\\/Date(-62135596800000)\\/","MaxSupportedDateTime":"\\/Date(253402300799999)\\/","AlgorithmType":1,"CalendarType":1,"Eras":[1],"TwoDigitYearMax":2049,"IsReadOnly":false},"DateSeparator":"/","FirstDayOfWeek":1,"CalendarWeekRule":0,"FullDateTimePattern":"dd MMMM yyyy h:mm:ss tt","LongDatePattern":"dd MMMM yyyy","LongTimePattern":"h:mm:ss tt","MonthDayPattern":"dd MMMM","PMDesignator":"CH","RFC1123Pattern":"ddd, dd MMM yyyy HH\':\'mm\':\'ss \'GMT\'","ShortDatePattern":"dd/MM/yyyy","ShortTimePattern":"h:mm tt","SortableDateTimePattern":"yyyy\'-\'MM\'-\'dd\'T\'HH\':\'mm\':\'ss","TimeSeparator":":","UniversalSortableDateTimePattern":"yyyy\'-\'MM\'-\'dd HH\':\'mm\':\'ss\'Z\'","YearMonthPattern":"MMMM yyyy","AbbreviatedDayNames":["CN","T2","T3","T4","T5","T6","T7"],"ShortestDayNames":["CN","T2","T3","T4","T5","T6","T7"],"DayNames":["Chủ Nhật","Thứ Hai","Thứ Ba","Thứ Tư","Thứ Năm","Thứ Sáu","Thứ Bảy"],"MonthNames":["Tháng Giêng","Tháng Hai","Tháng Ba","Tháng Tư","Tháng Năm","Tháng Sáu","Tháng Bảy","Tháng Tám","Tháng Chín","Tháng Mười","Tháng Mười Một","Tháng Mười Hai",""],"NativeCalendarName":"Lịch Gregory"},"eras":[1,"sau CN",null,0]};//]]>\n</script>\n' % (alnum(r, 80), r.randint(6 * 10**17, 7 * 10**17)))
    w('<div id="siteWrapper">\n<div class="header-top"><div class="container"><div class="date-time"><span id="dnn_dnnCURRENTDATE_lblDate" class="DateToken">Chủ Nhật, 22/11/2026</span></div><div class="user-links"><a id="dnn_dnnLOGIN_loginLink" title="Đăng nhập" class="LoginLink" rel="nofollow" onclick="this.disabled=true;" href="%s/Login?returnurl=%%2fTin-tuc">Đăng nhập</a></div></div></div>\n' % host)
    w('<div class="header"><div class="container"><div class="logo"><a id="dnn_dnnLOGO_hypLogo" title="Tỉnh đoàn Gia Lai" href="%s/"><img id="dnn_dnnLOGO_imgLogo" src="/Portals/0/logo-tinhdoan.png?ver=%d" alt="Tỉnh đoàn Gia Lai" /></a></div><div class="slogan"><span class="s1">ĐOÀN TNCS HỒ CHÍ MINH TỈNH GIA LAI</span><span class="s2">Tuổi trẻ Gia Lai xung kích, sáng tạo, tình nguyện vì cộng đồng</span></div><div class="search"><span id="dnn_dnnSearch_ClassicSearch"><input name="dnn$dnnSearch$txtSearch" type="text" maxlength="255" size="20" id="dnn_dnnSearch_txtSearch" class="NormalTextBox" aria-label="Search" autocomplete="off" placeholder="Tìm kiếm..." /><a id="dnn_dnnSearch_cmdSearch" class="SearchButton" href="javascript:__doPostBack(&#39;dnn$dnnSearch$cmdSearch&#39;,&#39;&#39;)">Tìm</a></span></div></div></div>\n' % (host, r.randint(2025, 2026)))
    menu = [("Trang chủ", []), ("Giới thiệu", ["Lịch sử Đoàn tỉnh", "Ban Thường vụ Tỉnh đoàn", "Các ban chuyên môn"]), ("Tin tức", ["Hoạt động Tỉnh đoàn", "Đoàn cơ sở", "Đội - Thiếu nhi", "Hội LHTN - Hội Sinh viên"]),
            ("Phong trào", ["Thanh niên tình nguyện", "Tuổi trẻ sáng tạo", "Thanh niên khởi nghiệp", "Chuyển đổi số"]), ("Gương sáng", []), ("Văn bản", ["Văn bản Trung ương Đoàn", "Văn bản Tỉnh đoàn", "Biểu mẫu"]), ("Thư viện", ["Ảnh", "Video"]), ("Liên hệ", [])]
    w('<nav class="mainmenu"><div class="container"><ul class="topLevel">\n')
    for t, subs in menu:
        w('<li class="item%s%s"><a href="%s/%s"><div><span>%s</span></div></a>' % (" haschild" if subs else "", " active breadcrumb" if t == "Tin tức" else "", host, slugify(t).title().replace("-", "-"), E(t)))
        if subs:
            w('<div class="subLevel"><ul>' + "".join('<li class="item"><a href="%s/%s/%s"><div><span>%s</span></div></a></li>' % (host, slugify(t), slugify(s), E(s)) for s in subs) + '</ul></div>')
        w('</li>\n')
    w('</ul></div></nav>\n')
    w('<div class="container main"><div class="breadcrumb-wrap"><span id="dnn_dnnBreadcrumb_lblBreadCrumb" itemprop="breadcrumb" itemscope="" itemtype="https://schema.org/breadcrumb"><span itemscope itemtype="http://schema.org/BreadcrumbList"><span itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><a href="%s/Tin-tuc" class="SkinObject" itemprop="item"><span itemprop="name">Tin tức</span></a><meta itemprop="position" content="1" /></span></span></span></div>\n' % host)
    w('<div class="row"><div id="dnn_ContentPane" class="col-md-8 ContentPane"><div class="DnnModule DnnModule-EasyDNNnews DnnModule-1580"><a name="1580"></a>\n<div class="ctr-container"><div id="dnn_ctr1580_ContentPane"><!-- Start_Module_1580 --><div id="dnn_ctr1580_ModuleContent" class="DNNModuleContent ModEasyDNNnewsC">\n')
    w('<div class="eds_news_module_1580 news eds_subCollection_news eds_news_Ozone eds_template_Details_Article_Default eds_templateGroup_articleDetails eds_styleSwitchCriteria_module-1580">\n<div id="dnn_ctr1580_ViewEasyDNNNewsMain_ctl00_pnlViewArticle">\n')
    w('<div class="edn_article edn_clearFix"><h1 class="edn_articleTitle">%s</h1>\n' % E(a["title"]))
    w('<div class="edn_metaDetails"><span class="edn_articleDate"><i class="fa fa-clock-o"></i> Đăng lúc: 14:54:14 31/12/2025 (GMT+7)</span><span class="edn_categories"> | <a href="%s/Tin-tuc/ArtMID/1580/CategoryID/12/Hoat-dong-Tinh-doan" class="Hoạt động Tỉnh đoàn">Hoạt động Tỉnh đoàn</a></span></div>\n' % host)
    w('<div class="edn_articleSummary"><p><strong>%s</strong></p></div>\n' % E(lead))
    w('<div class="edn_mediaContainer "><img alt="" src="/Portals/0/EasyDNNNews/3921/images/%s" /></div>\n' % img_name(r))
    w('<div class="edn_articleContent">')

    def ul(items):
        return "<ul>\n" + "\n".join('\t<li style="text-align: justify;"><span style="font-size:14px;"><span style="font-family:Arial,Helvetica,sans-serif;">%s</span></span></li>' % E(x) for x in items) + "\n</ul>"

    def cap(t, rr):
        return ('<p style="text-align: center;"><img alt="" src="/Portals/0/EasyDNNNews/3921/images/%s" style="width: 700px; height: 466px;" /></p>\n<p style="text-align: center;"><span style="font-size:12px;"><em>%s</em></span></p>' % (img_name(rr), E(t)))
    cfg = {"p": '<p style="text-align: justify;"><span style="font-size:14px;"><span style="font-family:Arial,Helvetica,sans-serif;">@@</span></span></p>',
           "h": '<p style="text-align: justify;"><span style="font-size:14px;"><span style="font-family:Arial,Helvetica,sans-serif;"><strong>@@</strong></span></span></p>', "ul": ul, "cap": cap}
    body = render_blocks(blocks, cfg, r)
    w(body)
    w('\n<p style="text-align: justify;"><span style="font-size:14px;"><em><strong>Xem thêm:</strong> <a href="%s/Tin-tuc/ArtMID/1580/ArticleID/3640/Tuoi-tre-Gia-Lai-ra-quan-Chien-dich-Thanh-nien-tinh-nguyen-he-2025">Tuổi trẻ Gia Lai ra quân Chiến dịch Thanh niên tình nguyện hè 2025</a></em></span></p>\n' % host)
    w('<p style="text-align: right;"><span style="font-size:14px;"><strong>Tác giả: %s</strong></span></p>' % E(a["author"]))
    w('</div>\n')
    w('<div class="edn_socialPrintWrapper"><div class="edn_rating"><div class="rateit" data-rateit-value="0" data-rateit-ispreset="true" data-rateit-readonly="false"></div></div><a href="%s/Tin-tuc/ArtMID/1580/ArticleID/3921/print" class="edn_print" target="_blank">In bài</a></div>\n' % host)
    w('<div class="edn_relatedArticles"><h2 class="edn_relatedTitle">Bài viết liên quan</h2><ul>')
    for h, d in zip(pick(r, HL_YOUTH, 5), rand_dates(r, dt.date(2025, 8, 1), pubd - dt.timedelta(days=1), 5)):
        w('<li><a href="%s/Tin-tuc/ArtMID/1580/ArticleID/%d/%s">%s</a> <span class="edn_date">%s</span></li>' % (host, r.randint(3500, 3920), slugify(h), E(h), d_dt(d)))
    w('</ul></div>\n</div>\n</div>\n</div>\n</div><!-- End_Module_1580 --></div>\n</div></div>\n</div>\n')
    w('<div id="dnn_RightPane" class="col-md-4 RightPane">\n<div class="DnnModule DnnModule-DNN_HTML DnnModule-1590"><a name="1590"></a><div class="box-right"><h3 class="title-box"><span id="dnn_ctr1590_dnnTITLE_titleLabel" class="Head">Tin mới</span></h3><div id="dnn_ctr1590_ContentPane"><div id="dnn_ctr1590_ModuleContent" class="DNNModuleContent ModDNNHTMLC"><ul class="latest">')
    for h, d in zip(pick(r, HL_YOUTH, 6), rand_dates(r, pubd + dt.timedelta(days=1), CRAWL - dt.timedelta(days=1), 6)):
        w('<li><a href="#">%s</a><span>%s</span></li>' % (E(h), d_date(d)))
    w('</ul></div></div></div></div>\n')
    w('<div class="DnnModule DnnModule-DNN_HTML DnnModule-1591"><a name="1591"></a><div class="box-right"><h3 class="title-box"><span class="Head">Chuyên đề</span></h3><div class="banners"><a href="#"><img src="/Portals/0/Banner/hoc-tap-lam-theo-bac.jpg" alt="Học tập và làm theo Bác" /></a><a href="#"><img src="/Portals/0/Banner/nam-thanh-nien-chuyen-doi-so.jpg" alt="Năm Thanh niên chuyển đổi số" /></a><a href="#"><img src="/Portals/0/Banner/thanh-nien-tinh-nguyen.jpg" alt="Thanh niên tình nguyện" /></a></div></div></div>\n')
    w('<div class="DnnModule DnnModule-1592"><div class="box-right"><h3 class="title-box"><span class="Head">Liên kết</span></h3><ul class="links"><li><a href="https://doanthanhnien.vn" target="_blank">Trung ương Đoàn TNCS Hồ Chí Minh</a></li><li><a href="https://gialai.gov.vn" target="_blank">Cổng thông tin điện tử tỉnh Gia Lai</a></li><li><a href="#" target="_blank">Báo Gia Lai</a></li></ul></div></div>\n</div>\n</div></div>\n')
    vis = visitor_block(r)
    w('<footer class="footer"><div class="container"><div class="footer-info"><p><strong>BAN THƯỜNG VỤ TỈNH ĐOÀN GIA LAI</strong></p><p>Địa chỉ: Số 15 đường Trần Hưng Đạo, phường Pleiku, tỉnh Gia Lai</p><p>Điện thoại: 0269.3824.%03d - Email: tinhdoan@gialai.gov.vn</p></div><div class="footer-counter">Lượt truy cập: %s</div><div class="copyright"><span id="dnn_dnnCopyright_lblCopyright" class="SkinObject">Bản quyền 2026 thuộc Tỉnh đoàn Gia Lai</span></div></div></footer>\n</div>\n' % (r.randint(0, 999), fmt_int(vis[3])))
    w('<input name="ScrollTop" type="hidden" id="ScrollTop" />\n<input name="__dnnVariable" type="hidden" id="__dnnVariable" autocomplete="off" value="`{`__scdoff`:`1`,`sf_siteRoot`:`/`,`sf_tabId`:`63`}" />\n<input name="__RequestVerificationToken" type="hidden" value="%s" />\n<script src="/DesktopModules/EasyDNNnews/static/rateit/js/jquery.rateit_2.2.js?cdv=%d" type="text/javascript"></script><script src="/js/dnn.modalpopup.js?cdv=%d" type="text/javascript"></script><script src="/Portals/_default/skins/tinhdoan/js/skin.js?cdv=%d" type="text/javascript"></script>\n</form>\n</body>\n</html>\n' % (alnum(r, 92), r.randint(100, 999), r.randint(100, 999), r.randint(100, 999)))
    return "".join(out), article_meta("p09", "dnn (EasyDNNnews)", url, "utf-8")


# ---------------------------------------------------------------------------
# p10  NukeViet 4, Sở Tư pháp; hometext, "Tác giả bài viết", "Nguồn tin",
#      "Văn bản liên quan" box
# ---------------------------------------------------------------------------

@page("p10")
def p10():
    r = rng("p10")
    a, lead, blocks = art("p10")
    host = "https://sotuphap.hungyen.gov.vn"
    url = "%s/news/hoat-dong-cua-so/%s-1187.html" % (host, slugify(a["title"]))
    pubd = dt.date(2026, 4, 16)
    img = "%s/uploads/news/2026_04/%s" % (host, img_name(r))
    out = []
    w = out.append
    w('<!DOCTYPE html>\n    <html lang="vi" xmlns="http://www.w3.org/1999/xhtml" prefix="og: http://ogp.me/ns#">\n    <head>\n<title>%s - Sở Tư pháp tỉnh Hưng Yên</title>\n' % E(a["title"]))
    w('<meta name="description" content="%s">\n<meta name="keywords" content="hộ tịch, chứng thực, tập huấn, công chức tư pháp">\n<meta name="news_keywords" content="hộ tịch, chứng thực, tập huấn, công chức tư pháp">\n<meta name="author" content="Sở Tư pháp tỉnh Hưng Yên">\n<meta name="copyright" content="Sở Tư pháp tỉnh Hưng Yên [webmaster@sotuphap.hungyen.gov.vn]">\n<meta name="generator" content="NukeViet v4.5">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n' % A(lead[:160]))
    w('<meta property="og:title" content="%s">\n<meta property="og:type" content="article">\n<meta property="og:description" content="%s">\n<meta property="og:site_name" content="Sở Tư pháp tỉnh Hưng Yên">\n<meta property="og:image" content="%s">\n<meta property="og:url" content="%s">\n' % (A(a["title"]), A(lead[:160]), img, url))
    w('<link rel="shortcut icon" href="/favicon.ico">\n<link rel="canonical" href="%s">\n<link rel="alternate" href="/news/rss/" title="Tin tức" type="application/rss+xml">\n<link rel="preload" as="script" href="/assets/js/jquery/jquery.min.js?t=%d">\n<link rel="preload" as="script" href="/assets/js/language/vi.js?t=%d">\n<link rel="preload" as="script" href="/assets/js/global.js?t=%d">\n<link rel="preload" as="script" href="/themes/default/js/news.js?t=%d">\n<link rel="preload" as="script" href="/themes/stp/js/main.js?t=%d">\n' % ((url,) + (r.randint(100, 999),) * 5))
    w('<link rel="StyleSheet" href="/assets/css/font-awesome.min.css?t=%d">\n<link rel="StyleSheet" href="/themes/stp/css/bootstrap.non-responsive.css?t=%d">\n<link rel="StyleSheet" href="/themes/stp/css/style.css?t=%d">\n<link rel="StyleSheet" href="/themes/stp/css/news.css?t=%d">\n' % ((r.randint(100, 999),) * 4))
    w('<style>' + css_blob(r, 30, "nv-") + '</style>\n</head>\n    <body>\n\n    <noscript>\n        <div class="alert alert-danger">Trình duyệt của bạn đã tắt chức năng hỗ trợ JavaScript.<br>Website chỉ làm việc khi bạn bật nó trở lại.<br>Để tham khảo cách bật JavaScript, hãy click chuột <a href="http://wiki.nukeviet.vn/support:browser:enable_javascript">vào đây</a>!</div>\n    </noscript>\n')
    w('    <div class="body-bg">\n    <div class="wraper">\n        <header>\n            <div class="container">\n                <div id="header" class="row">\n                    <div class="logo col-xs-24 col-sm-24 col-md-8">\n                                                <a title="Sở Tư pháp tỉnh Hưng Yên" href="/"><img src="/uploads/logo-stp.png" alt="Sở Tư pháp tỉnh Hưng Yên"></a>\n                                                <span class="site_name">Sở Tư pháp tỉnh Hưng Yên</span>\n                        <span class="site_description">Trang thông tin điện tử</span>\n                    </div>\n                    <div class="col-xs-24 col-sm-24 col-md-16">\n                        <div class="headerSearch"><div class="input-group"><input type="text" class="form-control" maxlength="60" placeholder="Tìm kiếm..."><span class="input-group-btn"><button type="button" class="btn btn-info" data-url="/seek/?q=" data-minlength="3" data-click="y"><em class="fa fa-search fa-lg"></em></button></span></div></div>\n                    </div>\n                </div>\n            </div>\n        </header>\n')
    menu = [("Trang nhất", []), ("Giới thiệu", ["Chức năng, nhiệm vụ", "Lãnh đạo Sở", "Các phòng, đơn vị"]), ("Tin tức", ["Hoạt động của Sở", "Tin tư pháp cơ sở", "Tin ngành"]),
            ("Phổ biến, giáo dục pháp luật", ["Văn bản mới", "Hỏi đáp pháp luật", "Tủ sách pháp luật"]), ("Hành chính tư pháp", ["Hộ tịch", "Chứng thực", "Lý lịch tư pháp", "Quốc tịch"]),
            ("Bổ trợ tư pháp", ["Luật sư", "Công chứng", "Đấu giá tài sản", "Giám định tư pháp"]), ("Văn bản", []), ("Thủ tục hành chính", []), ("Liên hệ", [])]
    w('        <nav class="second-nav" id="menusite"><div class="container"><div class="row"><div class="bg box-shadow"><ul class="nav navbar-nav">\n')
    for t, subs in menu:
        w('<li %s role="presentation"><a class="dropdown-toggle" href="/%s/" role="button" aria-expanded="false" title="%s">%s</a>' % ('class="active dropdown"' if t == "Tin tức" else ('class="dropdown"' if subs else ""), slugify(t), A(t), E(t)))
        if subs:
            w('<ul class="dropdown-menu">' + "".join('<li><a href="/%s/%s/" title="%s">%s</a></li>' % (slugify(t), slugify(s), A(s), E(s)) for s in subs) + '</ul>')
        w('</li>\n')
    w('</ul></div></div></div></nav>\n')
    w('        <section>\n            <div class="container" id="body">\n                <nav class="third-nav"><div class="row"><div class="bg"><div class="clearfix"><div class="col-xs-24 col-sm-18 col-md-18"><div class="breadcrumbs-wrap"><div class="display"><a class="show-subs-breadcrumbs hidden" href="#" onclick="showSubBreadcrumbs(this, event);"><em class="fa fa-lg fa-angle-right"></em></a><ul class="breadcrumbs list-none"></ul></div><ul class="subs-breadcrumbs"></ul><ul class="temp-breadcrumbs hidden" itemscope itemtype="https://schema.org/BreadcrumbList"><li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a href="/" itemprop="item" title="Trang nhất"><span itemprop="name">Trang nhất</span></a><i class="hidden" itemprop="position" content="1"></i></li><li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a href="/news/" itemprop="item" title="Tin tức"><span class="txt" itemprop="name">Tin tức</span></a><i class="hidden" itemprop="position" content="2"></i></li><li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a href="/news/hoat-dong-cua-so/" itemprop="item" title="Hoạt động của Sở"><span class="txt" itemprop="name">Hoạt động của Sở</span></a><i class="hidden" itemprop="position" content="3"></i></li></ul></div></div><div class="headerSearch col-xs-24 col-sm-6 col-md-6"><span class="current-time">Chủ nhật, 22/11/2026</span></div></div></div></div></nav>\n')
    w('<div class="row">\n\t<div class="col-md-18">\n<div class="news_column panel panel-default" itemtype="http://schema.org/NewsArticle" itemscope>\n    <div class="panel-body">\n        <h1 class="title margin-bottom-lg" itemprop="headline">%s</h1>\n' % E(a["title"]))
    w('        <div class="hidden hide d-none" itemprop="author" itemtype="http://schema.org/Person" itemscope><span itemprop="name">Sở Tư pháp tỉnh Hưng Yên</span></div>\n        <span class="hidden hide d-none" itemprop="datePublished">2026-04-16T02:18:00.000Z</span>\n        <span class="hidden hide d-none" itemprop="dateModified">2026-04-16T02:41:27.000Z</span>\n        <span class="hidden hide d-none" itemprop="mainEntityOfPage">%s</span>\n' % url)
    w('        <div class="row margin-bottom-lg">\n            <div class="col-md-12">\n                <span class="h5">Thứ năm - 16/04/2026 09:18</span>\n            </div>\n            <div class="col-md-12">\n                <ul class="list-inline text-right">\n                    <li><a class="dimgray" rel="nofollow" title="Gửi bài viết qua email" href="javascript:void(0);" onclick="nv_open_browse(\'/sendmail/hoat-dong-cua-so/%s-1187.html\',\'\',650,500,\'resizable=no,scrollbars=yes,toolbar=no,location=no,status=no\');return false"><em class="fa fa-envelope fa-lg">&nbsp;</em></a></li>\n                    <li><a class="dimgray" rel="nofollow" title="In ra" href="javascript: void(0)" onclick="nv_open_browse(\'/print/hoat-dong-cua-so/%s-1187.html\',\'\',840,500,\'resizable=yes,scrollbars=yes,toolbar=no,location=no,status=no\');return false"><em class="fa fa-print fa-lg">&nbsp;</em></a></li>\n                    <li><a class="dimgray" title="Lưu bài viết này" href="/savefile/hoat-dong-cua-so/%s-1187.html"><em class="fa fa-save fa-lg">&nbsp;</em></a></li>\n                </ul>\n            </div>\n        </div>\n' % ((slugify(a["title"]),) * 3))
    w('        <div class="clearfix">\n            <figure class="article left pointer" onclick="modalShowByObj(\'#imghome\', \'auto\')">\n                <div style="width:190px;">\n                    <p class="text-center"><img alt="%s" src="%s" width="190" class="img-thumbnail"></p>\n                </div>\n            </figure>\n            <div class="hometext m-bottom" itemprop="description">%s</div>\n        </div>\n' % (A(a["title"]), img, E(lead)))

    def ul(items):
        return "<ul>" + "".join("<li>%s</li>" % E(x) for x in items) + "</ul>"

    def cap(t, rr):
        return ('<div class="image-center"><figure class="image"><img alt="%s" height="450" src="/uploads/news/2026_04/%s" width="680" /><figcaption>%s</figcaption></figure></div>' % (A(t), img_name(rr), E(t)))
    cfg = {"p": "<p style=\"text-align:justify\">@@</p>", "ul": ul, "cap": cap}
    w('        <div id="news-bodyhtml" class="bodytext margin-bottom-lg">\n            ' + render_blocks(blocks, cfg, r).replace("\n", "") + '\n        </div>\n')
    w('        <div class="margin-bottom-lg">\n            <p class="h5 text-right">\n                <strong>Tác giả bài viết: </strong>%s\n            </p>\n            <p class="h5 text-right">\n                <strong>Nguồn tin: </strong>Sở Tư pháp tỉnh Hưng Yên\n            </p>\n        </div>\n    </div>\n</div>\n' % E(a["author"]))
    w('<div class="news_column panel panel-default">\n    <div class="panel-body">\n        <div class="h5">\n            <em class="fa fa-tags">&nbsp;</em><strong>Từ khóa: </strong><span itemprop="keywords"><a title="hộ tịch" href="/news/tag/ho-tich"><em>hộ tịch</em></a>, <a title="chứng thực" href="/news/tag/chung-thuc"><em>chứng thực</em></a>, <a title="tập huấn" href="/news/tag/tap-huan"><em>tập huấn</em></a></span>\n        </div>\n    </div>\n</div>\n')
    w('<div class="news_column panel panel-default">\n    <div class="panel-body">\n        <form id="form3B" action="">\n            <div class="h5 clearfix">\n                <p id="stringrating">Tổng số điểm của bài viết là: 0 trong 0 đánh giá</p>\n                <div style="padding: 5px;"><input class="hover-star required" type="radio" value="1" title="Bài viết rất kém"/><input class="hover-star required" type="radio" value="2" title="Bài viết kém"/><input class="hover-star required" type="radio" value="3" title="Bài viết đạt"/><input class="hover-star required" type="radio" value="4" title="Bài viết tốt"/><input class="hover-star required" type="radio" value="5" title="Bài viết rất tốt"/><span id="hover-test" style="margin: 0 0 0 20px;">Click để đánh giá bài viết</span></div>\n            </div>\n        </form>\n    </div>\n</div>\n')
    w('<div class="news_column panel panel-default"><div class="panel-heading"><strong>Văn bản liên quan</strong></div><div class="panel-body"><table class="table table-striped table-bordered table-hover"><thead><tr><th class="text-center">Số hiệu</th><th class="text-center">Trích yếu</th><th class="text-center">Ngày ban hành</th></tr></thead><tbody>')
    docs = [("60/2014/QH13", "Luật Hộ tịch", "20/11/2014"), ("123/2015/NĐ-CP", "Nghị định quy định chi tiết một số điều và biện pháp thi hành Luật Hộ tịch", "15/11/2015"),
            ("23/2015/NĐ-CP", "Nghị định về cấp bản sao từ sổ gốc, chứng thực bản sao từ bản chính, chứng thực chữ ký và chứng thực hợp đồng, giao dịch", "16/02/2015"),
            ("45/KH-STP", "Kế hoạch bồi dưỡng nghiệp vụ cho công chức tư pháp - hộ tịch cấp xã năm 2026", "05/02/2026")]
    for s, t, d in docs:
        w('<tr><td class="text-center"><a href="/van-ban/%s.html">%s</a></td><td>%s</td><td class="text-center">%s</td></tr>' % (slugify(s), E(s), E(t), d))
    w('</tbody></table></div></div>\n')
    w('<div class="news_column panel panel-default">\n    <div class="panel-body other-news">\n        <p class="h3"><strong>Những tin mới hơn</strong></p>\n        <div class="clearfix">\n            <ul class="related list-none list-items">\n')
    for h, d in zip(pick(r, HL_JUSTICE, 4), rand_dates(r, pubd + dt.timedelta(days=1), CRAWL - dt.timedelta(days=1), 4)):
        w('                <li><em class="fa fa-angle-right">&nbsp;</em><a class="list-inline" href="/news/hoat-dong-cua-so/%s-%d.html" title="%s">%s</a><em>(%s)</em></li>\n' % (slugify(h), r.randint(1188, 1400), A(h), E(h), d_date(d)))
    w('            </ul>\n        </div>\n        <p class="h3"><strong>Những tin cũ hơn</strong></p>\n        <div class="clearfix">\n            <ul class="related list-none list-items">\n')
    for h, d in zip(pick(r, HL_JUSTICE, 5), rand_dates(r, dt.date(2026, 1, 1), pubd - dt.timedelta(days=1), 5)):
        w('                <li><em class="fa fa-angle-right">&nbsp;</em><a class="list-inline" href="/news/hoat-dong-cua-so/%s-%d.html" title="%s">%s</a><em>(%s)</em></li>\n' % (slugify(h), r.randint(1000, 1186), A(h), E(h), d_date(d)))
    w('            </ul>\n        </div>\n    </div>\n</div>\n\t</div>\n')
    w('\t<div class="col-md-6">\n<div class="panel panel-primary"><div class="panel-heading">Lãnh đạo Sở</div><div class="panel-body"><ul><li>Giám đốc: Phạm Văn Hùng</li><li>Phó Giám đốc: Đào Thị Thu Hà</li><li>Phó Giám đốc: Trần Minh Khôi</li></ul></div></div>\n')
    w('<div class="panel panel-primary"><div class="panel-heading">Thủ tục hành chính</div><div class="panel-body"><ul>' + "".join('<li><a href="#">%s</a></li>' % E(x) for x in ["Đăng ký khai sinh", "Đăng ký kết hôn", "Cấp Phiếu lý lịch tư pháp", "Chứng thực bản sao từ bản chính", "Đăng ký giám hộ"]) + '</ul></div></div>\n')
    vis = visitor_block(r)
    w('<div class="panel panel-primary"><div class="panel-heading">Thống kê truy cập</div><div class="panel-body"><ul class="counter list-none display-table"><li><span><em class="fa fa-bolt fa-lg fa-horizon"></em>Đang truy cập</span><span>%d</span></li><li><span><em class="fa fa-filter fa-lg fa-horizon margin-top-lg"></em>Hôm nay</span><span class="margin-top-lg">%s</span></li><li><span><em class="fa fa-calendar-o fa-lg fa-horizon"></em>Tháng hiện tại</span><span>%s</span></li><li><span><em class="fa fa-bars fa-lg fa-horizon"></em>Tổng lượt truy cập</span><span>%s</span></li></ul></div></div>\n\t</div>\n</div>\n' % (vis[0], fmt_int(vis[1]), fmt_int(vis[2]), fmt_int(vis[3])))
    w('            </div>\n        </section>\n    </div>\n    <footer id="footer" class="wraper"><div class="container"><div class="row"><div class="col-xs-24 col-sm-24 col-md-16"><div class="company_info"><h3 class="company_name"><span>SỞ TƯ PHÁP TỈNH HƯNG YÊN</span></h3><ul class="company_info"><li><em class="fa fa-map-marker"></em><span>Địa chỉ: Số 8 đường Chùa Chuông, phường Phố Hiến, tỉnh Hưng Yên</span></li><li><em class="fa fa-phone"></em><span>Điện thoại: 0221.3862.%03d</span></li><li><em class="fa fa-envelope"></em><span>Email: stp@hungyen.gov.vn</span></li></ul></div></div><div class="col-xs-24 col-sm-24 col-md-8"><div class="copyright">&copy; Bản quyền thuộc về Sở Tư pháp tỉnh Hưng Yên</div><div class="nukeviet">Powered by NukeViet</div></div></div></div></footer>\n    </div>\n' % r.randint(0, 999))
    w('<script src="/assets/js/jquery/jquery.min.js?t=%d"></script>\n<script>var nv_base_siteurl="/",nv_lang_data="vi",nv_lang_interface="vi",nv_name_variable="nv",nv_fc_variable="op",nv_lang_variable="language",nv_module_name="news",nv_func_name="detail",nv_is_user=0, nv_my_ofs=7,nv_my_abbr="ICT",nv_cookie_prefix="nv4",nv_check_pass_mstime=1738000,nv_area_admin=0,nv_safemode=0,theme_responsive=0,nv_recaptcha_ver=2,nv_recaptcha_sitekey="",nv_recaptcha_type="image",XSSsanitize=1;</script>\n<script src="/assets/js/language/vi.js?t=%d"></script>\n<script src="/assets/js/global.js?t=%d"></script>\n<script src="/themes/default/js/news.js?t=%d"></script>\n<script src="/themes/stp/js/main.js?t=%d"></script>\n<script type="text/javascript" src="/assets/js/star-rating/jquery.rating.pack.js"></script>\n<script>$(function(){var sr = 0;$(".hover-star").rating({focus:function(b,c){var a=$("#hover-test");2!=sr&&(a[0].data=a[0].data||a.html(),a.html(c.title||"value: "+b),sr=1)},blur:function(b,c){var a=$("#hover-test");2!=sr&&($("#hover-test").html(a[0].data||""),sr=1)},callback:function(b,c){1==sr&&(sr=2,$(".hover-star").rating("disable"),sendrating("1187",b,"%s"))}});$(".hover-star").rating("select","0");})</script>\n</body>\n</html>\n' % (r.randint(100, 999), r.randint(100, 999), r.randint(100, 999), r.randint(100, 999), r.randint(100, 999), hexs(r, 32)))
    return "".join(out), article_meta("p10", "nukeviet 4", url, "utf-8")


# ---------------------------------------------------------------------------
# p11  custom PHP (Laravel) school site; captioned photo gallery in the post
# ---------------------------------------------------------------------------

@page("p11")
def p11():
    r = rng("p11")
    a, lead, blocks = art("p11")
    host = "https://thptnguyentrai.khanhhoa.edu.vn"
    url = "%s/tin-tuc/%s" % (host, slugify(a["title"]))
    pubd = dt.date(2026, 9, 5)
    au, ph = a["author"].split(", ")
    out = []
    w = out.append
    w('<!DOCTYPE html>\n<html lang="vi">\n<head>\n    <meta charset="utf-8">\n    <meta name="viewport" content="width=device-width, initial-scale=1">\n    <meta name="csrf-token" content="%s">\n    <title>%s - Trường THPT Nguyễn Trãi</title>\n' % (alnum(r, 40), E(a["title"])))
    w('    <meta name="description" content="%s">\n    <meta property="og:type" content="article">\n    <meta property="og:title" content="%s">\n    <meta property="og:description" content="%s">\n    <meta property="og:url" content="%s">\n    <meta property="og:image" content="%s/storage/posts/2026/09/%s">\n' % (A(lead), A(a["title"]), A(lead), url, host, img_name(r)))
    w('    <link rel="icon" href="%s/favicon.png">\n    <link href="https://fonts.googleapis.com/css2?family=Be+Vietnam+Pro:wght@400;600;700&display=swap" rel="stylesheet">\n    <link rel="stylesheet" href="%s/css/app.css?id=%s">\n    <link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/@fancyapps/ui@5.0/dist/fancybox/fancybox.css">\n' % (host, host, hexs(r, 20)))
    w('    <style>' + css_blob(r, 25, "sc-") + '</style>\n</head>\n<body class="page-post">\n')
    w('<div class="topbar"><div class="container d-flex justify-content-between"><span><i class="bi bi-calendar3"></i> Chủ nhật, 22/11/2026</span><span><i class="bi bi-telephone"></i> 0259.3822.%03d &nbsp; <i class="bi bi-envelope"></i> thptnguyentrai@khanhhoa.edu.vn</span></div></div>\n' % r.randint(0, 999))
    w('<header class="site-header"><div class="container d-flex align-items-center"><a href="%s" class="brand"><img src="%s/images/logo-truong.png" alt="Logo"><div><div class="brand-sub">SỞ GIÁO DỤC VÀ ĐÀO TẠO KHÁNH HÒA</div><div class="brand-name">TRƯỜNG THPT NGUYỄN TRÃI</div></div></a><form class="ms-auto search" action="%s/tim-kiem"><input class="form-control" type="search" name="q" placeholder="Tìm kiếm"></form></div></header>\n' % (host, host, host))
    menu = [("Trang chủ", []), ("Giới thiệu", ["Lịch sử nhà trường", "Ban giám hiệu", "Cơ sở vật chất", "Thành tích"]), ("Tin tức", ["Tin nhà trường", "Hoạt động Đoàn", "Thông báo"]),
            ("Tổ chuyên môn", ["Tổ Toán", "Tổ Ngữ văn", "Tổ Ngoại ngữ", "Tổ Vật lí - Công nghệ", "Tổ Hóa - Sinh", "Tổ Sử - Địa - GDKT&PL", "Tổ Tin học", "Tổ Thể dục - QPAN"]),
            ("Học sinh", ["Thời khóa biểu", "Lịch kiểm tra", "Gương học sinh tiêu biểu"]), ("Tuyển sinh", []), ("Văn bản", []), ("Liên hệ", [])]
    w('<nav class="navbar navbar-expand-lg main-nav"><div class="container"><ul class="navbar-nav">\n')
    for t, subs in menu:
        if subs:
            w('<li class="nav-item dropdown%s"><a class="nav-link dropdown-toggle" href="%s/%s" data-bs-toggle="dropdown">%s</a><ul class="dropdown-menu">%s</ul></li>\n' % (" active" if t == "Tin tức" else "", host, slugify(t), E(t), "".join('<li><a class="dropdown-item" href="%s/%s/%s">%s</a></li>' % (host, slugify(t), slugify(s), E(s)) for s in subs)))
        else:
            w('<li class="nav-item"><a class="nav-link" href="%s/%s">%s</a></li>\n' % (host, slugify(t), E(t)))
    w('</ul></div></nav>\n<main class="container py-4"><div class="row g-4">\n<div class="col-lg-8">\n')
    w('<nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="%s">Trang chủ</a></li><li class="breadcrumb-item"><a href="%s/tin-tuc">Tin tức</a></li><li class="breadcrumb-item active" aria-current="page">Tin nhà trường</li></ol></nav>\n' % (host, host))
    w('<article class="post-detail">\n<h1 class="post-title">%s</h1>\n' % E(a["title"]))
    w('<div class="post-meta"><span class="post-date"><i class="bi bi-clock"></i> 05/09/2026 - 10:32</span><span class="post-author"><i class="bi bi-pencil"></i> Tác giả: %s</span><span class="post-photo"><i class="bi bi-camera"></i> Ảnh: %s</span><span class="post-views"><i class="bi bi-eye"></i> %d</span></div>\n' % (E(au), E(ph), r.randint(300, 2500)))
    w('<div class="post-excerpt">%s</div>\n<div class="post-content">\n' % E(lead))
    caps = [v for k, v in blocks if k == "cap"]
    rest = [(k, v) for k, v in blocks if k != "cap"]
    for k, v in rest:
        w('<p>%s</p>\n' % E(v))
    w('<div class="post-gallery row g-2">\n')
    for c in caps:
        src = "%s/storage/posts/2026/09/gallery/%s" % (host, img_name(r))
        w('<figure class="col-6 gallery-item"><a href="%s" data-fancybox="post-gallery" data-caption="%s"><img src="%s" alt="" class="img-fluid rounded" loading="lazy"></a><figcaption>%s</figcaption></figure>\n' % (src, A(c), src.replace(".jpg", "_thumb.jpg"), E(c)))
    w('</div>\n</div>\n')
    w('<div class="post-share"><span>Chia sẻ:</span> <a href="https://www.facebook.com/sharer/sharer.php?u=%s" target="_blank" class="btn btn-sm btn-outline-primary">Facebook</a> <a href="https://zalo.me/share?url=%s" class="btn btn-sm btn-outline-info">Zalo</a></div>\n</article>\n' % (url, url))
    w('<section class="related-posts mt-4"><h3 class="section-title">Bài viết cùng chuyên mục</h3><div class="row g-3">\n')
    for h, d in zip(pick(r, HL_EDU, 6), rand_dates(r, dt.date(2026, 3, 1), pubd - dt.timedelta(days=1), 6)):
        w('<div class="col-md-4"><div class="card h-100"><img src="%s/storage/posts/%s" class="card-img-top" alt=""><div class="card-body"><a href="%s/tin-tuc/%s" class="card-title">%s</a><div class="small text-muted">%s</div></div></div></div>\n' % (host, img_name(r), host, slugify(h), E(h), d_date(d)))
    w('</div></section>\n</div>\n<aside class="col-lg-4">\n')
    w('<div class="widget"><h4 class="widget-title">Thông báo</h4><ul class="list-unstyled">')
    for h, d in zip(["Thông báo lịch kiểm tra giữa học kỳ I", "Thông báo thu học phí học kỳ I năm học 2026 - 2027", "Kế hoạch tổ chức Hội trại truyền thống 26/3", "Lịch họp cha mẹ học sinh đầu năm học"], rand_dates(r, pubd + dt.timedelta(days=1), CRAWL - dt.timedelta(days=1), 4)):
        w('<li><a href="#">%s</a><small class="d-block text-muted">%s</small></li>' % (E(h), d_date(d)))
    w('</ul></div>\n<div class="widget"><h4 class="widget-title">Tin mới</h4><ul class="list-unstyled">')
    for h in pick(r, HL_EDU, 6):
        w('<li><a href="#">%s</a></li>' % E(h))
    w('</ul></div>\n<div class="widget widget-album"><h4 class="widget-title">Thư viện ảnh</h4><div class="row g-1">')
    for t in ["Hội trại 26/3/2026", "Lễ tri ân học sinh khối 12", "Ngày hội đọc sách", "Giải bóng đá học sinh", "Ngoại khóa STEM", "Tham quan thực tế Vịnh Vĩnh Hy"]:
        w('<div class="col-6"><a href="%s/thu-vien-anh/%s"><img src="%s/storage/albums/%s" alt="%s" class="img-fluid"><span class="album-name">%s</span></a></div>' % (host, slugify(t), host, img_name(r), A(t), E(t)))
    w('</div></div>\n<div class="widget"><h4 class="widget-title">Liên kết</h4><ul class="list-unstyled"><li><a href="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</a></li><li><a href="#">Sở Giáo dục và Đào tạo Khánh Hòa</a></li><li><a href="https://vnedu.vn">Sổ liên lạc điện tử</a></li></ul></div>\n</aside>\n</div></main>\n')
    w('<footer class="site-footer"><div class="container"><div class="row"><div class="col-md-8"><h5>TRƯỜNG THPT NGUYỄN TRÃI</h5><p>Địa chỉ: Số 2 đường Trần Phú, phường Phan Rang, tỉnh Khánh Hòa</p><p>Điện thoại: 0259.3822.%03d - Email: thptnguyentrai@khanhhoa.edu.vn</p></div><div class="col-md-4"><p>Lượt truy cập: %s</p></div></div><div class="copyright">&copy; 2026 Trường THPT Nguyễn Trãi. All rights reserved.</div></div></footer>\n' % (r.randint(0, 999), fmt_int(visitor_block(r)[3])))
    w('<script src="%s/js/app.js?id=%s"></script>\n<script src="https://cdn.jsdelivr.net/npm/@fancyapps/ui@5.0/dist/fancybox/fancybox.umd.js"></script>\n<script>Fancybox.bind("[data-fancybox]", {});</script>\n</body>\n</html>\n' % (host, hexs(r, 20)))
    return "".join(out), article_meta("p11", "custom php (laravel)", url, "utf-8")


# ---------------------------------------------------------------------------
# p12  FPT-style government portal product, merged xã; <title> = site name;
#      "Ngày 12 tháng 1 năm 2026"; two-line byline block
# ---------------------------------------------------------------------------

@page("p12")
def p12():
    r = rng("p12")
    a, lead, blocks = art("p12")
    host = "https://bato.quangngai.gov.vn"
    url = "%s/vi/news/tin-tuc-su-kien/%s-1294.html" % (host, slugify(a["title"]))
    pubd = dt.date(2026, 1, 12)
    au, unit = a["author"].split(", ")
    out = []
    w = out.append
    w('<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">\n<meta http-equiv="X-UA-Compatible" content="IE=edge">\n<meta name="viewport" content="width=device-width, initial-scale=1.0">\n<title>Cổng thông tin điện tử xã Ba Tơ</title>\n')
    w('<meta name="description" content="Cổng thông tin điện tử xã Ba Tơ, tỉnh Quảng Ngãi">\n<meta property="og:site_name" content="Cổng thông tin điện tử xã Ba Tơ">\n<meta property="og:title" content="Cổng thông tin điện tử xã Ba Tơ">\n<meta property="og:image" content="%s/Content/portal/images/share.jpg">\n' % host)
    w('<link rel="stylesheet" href="%s/Content/portal/css/egov-portal.min.css?v=3.2.%d">\n<link rel="stylesheet" href="%s/Content/portal/css/theme-red.css?v=3.2.%d">\n<script src="%s/Scripts/portal/egov.bundle.min.js?v=3.2.%d"></script>\n' % (host, r.randint(1, 30), host, r.randint(1, 30), host, r.randint(1, 30)))
    w('<script>var egovConfig={siteId:%d,lang:"vi",apiUrl:"/api/portal",cdn:"%s/Content",analytics:true,menuCache:3600};</script>\n' % (r.randint(100, 999), host))
    w('<style>' + css_blob(r, 60, "eg-") + '</style>\n</head>\n<body class="egov-body site-%d">\n' % r.randint(100, 999))
    w('<div class="egov-top"><div class="egov-container"><div class="egov-top-date">Chủ nhật, ngày 22/11/2026</div><div class="egov-top-right"><a href="%s/vi/sitemap.html">Sơ đồ cổng</a><a href="%s/vi/contact.html">Liên hệ</a><a href="%s/en/">English</a></div></div></div>\n' % (host, host, host))
    w('<div class="egov-banner"><div class="egov-container"><img src="%s/Content/portal/images/quoc-huy.png" alt="" class="egov-emblem"><div class="egov-title"><div class="t1">CỔNG THÔNG TIN ĐIỆN TỬ</div><div class="t2">XÃ BA TƠ - TỈNH QUẢNG NGÃI</div></div><div class="egov-search"><form action="%s/vi/search.html"><input type="text" name="keyword" placeholder="Từ khóa tìm kiếm"><button type="submit">Tìm</button></form></div></div></div>\n' % (host, host))
    menu = [("Trang chủ", []), ("Giới thiệu", ["Tổng quan", "Lịch sử - Văn hóa", "Tổ chức bộ máy", "Các thôn"]), ("Tin tức - Sự kiện", ["Chính trị", "Kinh tế", "Văn hóa - Xã hội", "Quốc phòng - An ninh", "Bầu cử 2026"]),
            ("Chính quyền", ["Đảng ủy", "HĐND xã", "UBND xã", "Ủy ban MTTQ Việt Nam xã"]), ("Dịch vụ công", []), ("Văn bản", []), ("Công khai ngân sách", []), ("Hỏi đáp", [])]
    w('<div class="egov-menu"><div class="egov-container"><ul class="egov-nav">')
    for t, subs in menu:
        w('<li class="egov-nav-item%s"><a href="%s/vi/%s.html">%s</a>' % (" current" if t.startswith("Tin tức") else "", host, slugify(t), E(t)))
        if subs:
            w('<ul class="egov-sub">' + "".join('<li><a href="%s/vi/%s/%s.html">%s</a></li>' % (host, slugify(t), slugify(s), E(s)) for s in subs) + '</ul>')
        w('</li>')
    w('</ul></div></div>\n')
    w('<div class="egov-notice"><div class="egov-container"><span class="lbl">Thông báo:</span> <a href="#">Danh sách cử tri bầu cử đại biểu Quốc hội khóa XVI và HĐND các cấp được niêm yết tại trụ sở UBND xã và nhà văn hóa các thôn</a></div></div>\n')
    w('<div class="egov-main egov-container"><div class="egov-col-9">\n<div class="egov-path"><a href="%s/vi/">Trang chủ</a> / <a href="%s/vi/tin-tuc-su-kien.html">Tin tức - Sự kiện</a> / <span>Chính trị</span></div>\n' % (host, host))
    w('<div class="ArticleDetail" data-id="1294">\n<div class="ArticleHeader"><h2 class="ArticleTitle">%s</h2><div class="ArticleDate">Ngày 12 tháng 1 năm 2026</div></div>\n' % E(a["title"]))
    w('<div class="ArticleContent">\n')
    for i, (k, v) in enumerate(blocks):
        w('<p style="text-align:justify;text-indent:30px">%s</p>\n' % E(v))
        if i == 1:
            w('<p style="text-align:center"><img src="%s/Uploads/images/2026/01/%s" alt="" width="720"></p>\n' % (host, img_name(r)))
    w('</div>\n<div class="ArticleAuthor"><div class="author-name">%s</div><div class="author-unit">%s</div></div>\n' % (E(au), E(unit)))
    w('<div class="ArticleTools"><a href="javascript:window.print()">In bài</a><a href="mailto:?subject=Tin%%20tu%%20Cong%%20TTDT%%20xa%%20Ba%%20To&amp;body=%s">Gửi email</a><span class="views">Lượt xem: %d</span></div>\n' % (url, r.randint(150, 900)))
    w('</div>\n<div class="egov-othernews"><div class="egov-block-title">Tin khác</div><ul>')
    for h, d in zip(pick(r, HL_GOV, 8), rand_dates(r, dt.date(2025, 9, 1), pubd - dt.timedelta(days=1), 8)):
        w('<li><a href="%s/vi/news/tin-tuc-su-kien/%s-%d.html">%s</a> <span>(%s)</span></li>' % (host, slugify(h), r.randint(900, 1293), E(h), d_date(d)))
    w('</ul></div>\n</div>\n<div class="egov-col-3">\n')
    w('<div class="egov-block"><div class="egov-block-title">Bầu cử ĐBQH và HĐND các cấp</div><a href="#"><img src="%s/Uploads/banner/bau-cu-2026.jpg" alt="Bầu cử 2026"></a></div>\n' % host)
    w('<div class="egov-block"><div class="egov-block-title">Tin mới</div><ul class="egov-list">')
    for h, d in zip(pick(r, HL_GOV, 6), rand_dates(r, pubd + dt.timedelta(days=1), CRAWL - dt.timedelta(days=1), 6)):
        w('<li><a href="#">%s</a><em>%s</em></li>' % (E(h), d_date(d)))
    w('</ul></div>\n<div class="egov-block"><div class="egov-block-title">Liên kết</div><select onchange="if(this.value)window.open(this.value)"><option value="">-- Chọn --</option>')
    for c in commune_names(r, 60):
        w('<option value="#">Xã %s</option>' % E(c))
    w('</select></div>\n')
    vis = visitor_block(r)
    w('<div class="egov-block"><div class="egov-block-title">Thống kê truy cập</div><p>Đang truy cập: %d</p><p>Tổng lượt truy cập: %s</p></div>\n</div>\n</div>\n' % (vis[0], fmt_int(vis[3])))
    w('<div class="egov-footer"><div class="egov-container"><p><b>CỔNG THÔNG TIN ĐIỆN TỬ XÃ BA TƠ</b></p><p>Cơ quan chủ quản: Ủy ban nhân dân xã Ba Tơ, tỉnh Quảng Ngãi</p><p>Địa chỉ: Thôn Trung, xã Ba Tơ, tỉnh Quảng Ngãi - Điện thoại: 0255.3863.%03d</p><p>Chịu trách nhiệm chính: Chủ tịch UBND xã Ba Tơ</p><p class="egov-powered">Phát triển trên nền tảng eGov Portal</p></div></div>\n' % r.randint(0, 999))
    w('<script>egov.init({menu:".egov-nav",sticky:true});' + js_blob(r, 8, "eg") + '</script>\n</body>\n</html>\n')
    return "".join(out), article_meta("p12", "fpt-style egov portal", url, "utf-8")


# ---------------------------------------------------------------------------
# p13  classic ASP hospital site served in windows-1258 (label correct)
# ---------------------------------------------------------------------------

TONE_MARKS = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def enc1258(s):
    """Encode NFC text as Windows-1258 the way Vietnamese Windows software
    writes it: base letters (with circumflex/breve/horn) precomposed where
    the code page has them, tone marks as combining characters."""
    out = bytearray()
    for ch in s:
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        d = unicodedata.normalize("NFD", ch)
        base = unicodedata.normalize("NFC", "".join(c for c in d if c not in TONE_MARKS))
        tones = "".join(c for c in d if c in TONE_MARKS)
        out += base.encode("cp1258") + tones.encode("cp1258")
    return bytes(out)


@page("p13")
def p13():
    r = rng("p13")
    a, lead, blocks = art("p13")
    host = "http://benhvienphoinghean.vn"
    url = "%s/tintuc/chitiet.asp?id=812&cat=2" % host
    pubd = dt.date(2026, 6, 3)
    out = []
    w = out.append
    w('<html>\r\n<head>\r\n<meta http-equiv="Content-Type" content="text/html; charset=windows-1258">\r\n<meta http-equiv="Content-Language" content="vi">\r\n<meta name="keywords" content="benh vien phoi nghe an, lao, phoi, sang loc">\r\n')
    w('<title>Bệnh viện Phổi Nghệ An - %s</title>\r\n' % E(a["title"]))
    w('<link rel="stylesheet" type="text/css" href="../css/style.css">\r\n<script language="JavaScript" src="../js/menu.js"></script>\r\n<script language="JavaScript">\r\n<!--\r\nfunction MM_swapImgRestore() { //v3.0\r\n  var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc;\r\n}\r\nfunction MM_preloadImages() { //v3.0\r\n  var d=document; if(d.images){ if(!d.MM_p) d.MM_p=new Array();\r\n    var i,j=d.MM_p.length,a=MM_preloadImages.arguments; for(i=0; i<a.length; i++)\r\n    if (a[i].indexOf("#")!=0){ d.MM_p[j]=new Image; d.MM_p[j++].src=a[i];}}\r\n}\r\nfunction openPrint(id){window.open("inbai.asp?id="+id,"in","width=700,height=600,scrollbars=yes");}\r\n//-->\r\n</script>\r\n')
    w('<style type="text/css">\r\n<!--\r\n.text { font-family: Arial; font-size: 10pt; color: #000000; text-align: justify }\r\n.tieude { font-family: Arial; font-size: 13pt; font-weight: bold; color: #0B5394 }\r\n.ngay { font-family: Arial; font-size: 8pt; color: #808080 }\r\n.menu a { font-family: Arial; font-size: 9pt; color: #FFFFFF; text-decoration: none; font-weight: bold }\r\n' + css_blob(r, 20, "asp") + '\r\n-->\r\n</style>\r\n</head>\r\n')
    w('<body topmargin="0" leftmargin="0" bgcolor="#E8F1F8" onLoad="MM_preloadImages(\'../images/menu_over.gif\')">\r\n<div align="center">\r\n<table border="0" cellpadding="0" cellspacing="0" width="980" bgcolor="#FFFFFF">\r\n')
    w('  <tr>\r\n    <td colspan="3"><img border="0" src="../images/banner.jpg" width="980" height="150" alt="BỆNH VIỆN PHỔI NGHỆ AN"></td>\r\n  </tr>\r\n')
    w('  <tr>\r\n    <td colspan="3" bgcolor="#0B5394" height="28" class="menu">&nbsp;&nbsp;<a href="../default.asp">TRANG CHỦ</a> &nbsp;|&nbsp; <a href="../gioithieu.asp">GIỚI THIỆU</a> &nbsp;|&nbsp; <a href="danhsach.asp?cat=1">TIN HOẠT ĐỘNG</a> &nbsp;|&nbsp; <a href="danhsach.asp?cat=2">CHỈ ĐẠO TUYẾN</a> &nbsp;|&nbsp; <a href="danhsach.asp?cat=3">GIÁO DỤC SỨC KHỎE</a> &nbsp;|&nbsp; <a href="danhsach.asp?cat=4">ĐÀO TẠO - NCKH</a> &nbsp;|&nbsp; <a href="../vanban.asp">VĂN BẢN</a> &nbsp;|&nbsp; <a href="../lienhe.asp">LIÊN HỆ</a></td>\r\n  </tr>\r\n')
    w('  <tr>\r\n    <td colspan="3" height="24" bgcolor="#D9E7F3"><font face="Arial" size="2">&nbsp;&nbsp;Chủ nhật, 22/11/2026</font>&nbsp;&nbsp;&nbsp;&nbsp;<marquee width="700" scrollamount="3"><font face="Arial" size="2" color="#CC0000">Bệnh viện Phổi Nghệ An tiếp nhận khám, điều trị bảo hiểm y tế tất cả các ngày trong tuần. Đường dây nóng: 0912.345.%03d</font></marquee> <form method="get" action="../timkiem.asp" style="display:inline"><input type="text" name="tukhoa" size="14" value=""><input type="submit" value="Tìm"></form></td>\r\n  </tr>\r\n' % r.randint(0, 999))
    w('  <tr>\r\n    <td width="200" valign="top" bgcolor="#F2F7FB">\r\n      <table border="0" width="100%" cellspacing="0" cellpadding="4">\r\n        <tr><td bgcolor="#0B5394"><font face="Arial" size="2" color="#FFFFFF"><b>DANH MỤC</b></font></td></tr>\r\n')
    for t in ["Giới thiệu chung", "Ban Giám đốc", "Các khoa, phòng", "Tin hoạt động", "Chỉ đạo tuyến", "Giáo dục sức khỏe", "Chương trình chống lao", "Đào tạo - NCKH", "Cải cách hành chính", "Tuyển dụng", "Giá dịch vụ kỹ thuật", "Hỏi đáp"]:
        w('        <tr><td><font face="Arial" size="2">&#8226; <a href="danhsach.asp?cat=%d">%s</a></font></td></tr>\r\n' % (r.randint(1, 20), E(t)))
    w('        <tr><td bgcolor="#0B5394"><font face="Arial" size="2" color="#FFFFFF"><b>LIÊN KẾT</b></font></td></tr>\r\n        <tr><td align="center"><a href="http://moh.gov.vn" target="_blank"><img src="../images/lk_byt.gif" border="0" width="180" alt="Bộ Y tế"></a><br><a href="http://soyte.nghean.gov.vn" target="_blank"><img src="../images/lk_syt.gif" border="0" width="180" alt="Sở Y tế Nghệ An"></a><br><a href="http://chonglao.vn" target="_blank"><img src="../images/lk_ctcl.gif" border="0" width="180" alt="Chương trình chống lao quốc gia"></a></td></tr>\r\n      </table>\r\n    </td>\r\n')
    w('    <td width="580" valign="top">\r\n      <table border="0" width="100%" cellspacing="0" cellpadding="8">\r\n        <tr><td><font face="Arial" size="1" color="#808080"><a href="../default.asp">Trang chủ</a> &gt;&gt; <a href="danhsach.asp?cat=2">Chỉ đạo tuyến</a></font></td></tr>\r\n')
    w('        <tr><td class="tieude">%s</td></tr>\r\n        <tr><td class="ngay">Ngày cập nhật: 03/06/2026</td></tr>\r\n        <tr><td class="text">\r\n' % E(a["title"]))
    for k, v in blocks:
        if k == "p":
            w('<p align="justify"><font face="Arial" size="2">%s</font></p>\r\n' % E(v))
        elif k == "cap":
            w('<p align="center"><img border="0" src="../upload/tintuc/%s" width="500" height="333"><br><font face="Arial" size="1"><i>%s</i></font></p>\r\n' % (img_name(r), E(v)))
    w('<p align="right"><font face="Arial" size="2"><b>Tin, ảnh: %s</b></font></p>\r\n' % E(a["author"]))
    w('        </td></tr>\r\n        <tr><td align="right"><font face="Arial" size="1"><a href="javascript:openPrint(812)">[In bài]</a> &nbsp; <a href="javascript:history.back()">[Trở về]</a> &nbsp; <a href="#top">[Lên đầu trang]</a></font></td></tr>\r\n')
    w('        <tr><td><font face="Arial" size="2" color="#0B5394"><b>CÁC TIN KHÁC:</b></font><br>\r\n')
    for h, d in zip(pick(r, HL_HEALTH, 8), rand_dates(r, dt.date(2026, 1, 1), pubd - dt.timedelta(days=1), 8)):
        w('<font face="Arial" size="2">&#8226; <a href="chitiet.asp?id=%d&cat=2">%s</a></font> <font face="Arial" size="1" color="#808080">(%s)</font><br>\r\n' % (r.randint(700, 811), E(h), d_date(d)))
    w('        </td></tr>\r\n      </table>\r\n    </td>\r\n')
    w('    <td width="200" valign="top" bgcolor="#F2F7FB">\r\n      <table border="0" width="100%" cellspacing="0" cellpadding="4">\r\n        <tr><td bgcolor="#0B5394"><font face="Arial" size="2" color="#FFFFFF"><b>TIN MỚI</b></font></td></tr>\r\n')
    for h, d in zip(pick(r, HL_HEALTH, 6), rand_dates(r, pubd + dt.timedelta(days=1), CRAWL - dt.timedelta(days=1), 6)):
        w('        <tr><td><font face="Arial" size="2"><a href="chitiet.asp?id=%d&cat=1">%s</a></font><br><font face="Arial" size="1" color="#808080">%s</font></td></tr>\r\n' % (r.randint(813, 900), E(h), d_date(d)))
    vis = visitor_block(r)
    w('        <tr><td bgcolor="#0B5394"><font face="Arial" size="2" color="#FFFFFF"><b>THỐNG KÊ</b></font></td></tr>\r\n        <tr><td><font face="Arial" size="2">Số người đang xem: %d<br>Lượt truy cập: %s</font></td></tr>\r\n      </table>\r\n    </td>\r\n  </tr>\r\n' % (vis[0], fmt_int(vis[3])))
    w('  <tr>\r\n    <td colspan="3" bgcolor="#0B5394" align="center" height="70"><font face="Arial" size="2" color="#FFFFFF"><b>BỆNH VIỆN PHỔI NGHỆ AN</b><br>Địa chỉ: Số 125 đường Lê Viết Thuật, phường Vinh Phú, tỉnh Nghệ An - Điện thoại: 0238.3851.%03d<br>Chịu trách nhiệm nội dung: Giám đốc Bệnh viện</font></td>\r\n  </tr>\r\n</table>\r\n</div>\r\n</body>\r\n</html>\r\n' % r.randint(0, 999))
    return enc1258("".join(out)), article_meta("p13", "classic asp (custom)", url, "windows-1258")


# ---------------------------------------------------------------------------
# p14  older custom PHP CMS (FCKeditor era), Sở VHTTDL; every non-ASCII
#      character written as an HTML entity (named for Latin-1, numeric else)
# ---------------------------------------------------------------------------

from html.entities import codepoint2name


def entify(s):
    out = []
    for ch in s:
        o = ord(ch)
        if o < 128:
            out.append(ch)
        elif o < 256 and o in codepoint2name:
            out.append("&%s;" % codepoint2name[o])
        else:
            out.append("&#%d;" % o)
    return "".join(out)


@page("p14")
def p14():
    r = rng("p14")
    a, lead, blocks = art("p14")
    host = "https://svhttdl.ninhbinh.gov.vn"
    url = "%s/index.php?option=news&task=detail&id=2476&catid=12" % host
    pubd = dt.date(2026, 9, 3)
    out = []
    w = out.append
    w('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">\n<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n')
    w('<title>%s - S&#7903; V&#259;n h&oacute;a, Th&#7875; thao v&agrave; Du l&#7883;ch t&#7881;nh Ninh B&igrave;nh</title>\n' % entify(E(a["title"])))
    w('<meta name="description" content="%s">\n<meta name="keywords" content="du lich Ninh Binh, Trang An, le Quoc khanh">\n' % entify(A(lead[:180])))
    w('<link href="templates/svh/css/template.css" rel="stylesheet" type="text/css">\n<link href="templates/svh/css/menu.css" rel="stylesheet" type="text/css">\n<script type="text/javascript" src="includes/js/jquery-1.4.2.min.js"></script>\n<script type="text/javascript" src="includes/js/ddsmoothmenu.js"></script>\n<script type="text/javascript">\nddsmoothmenu.init({mainmenuid: "smoothmenu1", orientation: "h", classname: "ddsmoothmenu", contentsource: "markup"});\nfunction fontsize(n){var c=document.getElementById("newscontent");if(c){c.style.fontSize=n+"px";}}\n</script>\n')
    w('<style type="text/css">\n' + css_blob(r, 45, "svh") + '\n</style>\n</head>\n<body>\n<div id="wrapper">\n')
    w('<div id="header"><div class="logo"><a href="index.php"><img src="templates/svh/images/logo.png" alt="Logo" border="0"></a></div><div class="sitename"><div class="sn1">S&#7902; V&#258;N H&Oacute;A, TH&#7874; THAO V&Agrave; DU L&#7882;CH</div><div class="sn2">T&#7880;NH NINH B&Igrave;NH</div></div></div>\n')
    menu = ["Trang chủ", "Giới thiệu", "Tin tức - Sự kiện", "Văn hóa - Gia đình", "Thể dục - Thể thao", "Du lịch", "Di sản", "Văn bản", "Thủ tục hành chính", "Liên hệ"]
    w('<div id="smoothmenu1" class="ddsmoothmenu"><ul>')
    for t in menu:
        w('<li><a href="index.php?option=news&amp;catid=%d">%s</a>' % (r.randint(1, 40), E(t)))
        if t == "Du lịch":
            w('<ul>' + "".join('<li><a href="#">%s</a></li>' % E(s) for s in ["Điểm đến", "Lễ hội", "Lưu trú", "Ẩm thực", "Số liệu thống kê du lịch"]) + '</ul>')
        w('</li>')
    w('</ul><br style="clear: left"></div>\n')
    w('<div id="datebar"><span class="date">Ch&#7911; nh&#7853;t, 22/11/2026</span><form action="index.php" method="get" class="search"><input type="hidden" name="option" value="search"><input type="text" name="searchword" size="22" value="T&igrave;m ki&#7871;m..." onfocus="this.value=\'\'"><input type="submit" value="T&igrave;m"></form></div>\n')
    w('<div id="main"><div id="left">\n<div class="pathway"><a href="index.php">Trang ch&#7911;</a> &raquo; <a href="index.php?option=news&amp;catid=12">Du l&#7883;ch</a></div>\n')
    w('<div class="news-detail">\n<div class="news-title">%s</div>\n' % E(a["title"]))
    w('<div class="news-date">&#272;&#259;ng l&uacute;c 16:05 ng&agrave;y 03/09/2026</div>\n')
    w('<div class="news-tool">C&#7905; ch&#7919;: <a href="javascript:fontsize(12)">A</a> <a href="javascript:fontsize(14)">A</a> <a href="javascript:fontsize(16)">A</a></div>\n')
    w('<div class="news-lead"><b>%s</b></div>\n<div id="newscontent" class="news-content">\n' % E(lead))

    def cap(t, rr):
        return ('<table align="center" border="0" cellpadding="0" cellspacing="0" width="500"><tr><td><img src="images/stories/2026/09/%s" width="500" height="333" border="0" alt=""></td></tr><tr><td align="center" class="caption"><i>%s</i></td></tr></table>' % (img_name(rr), E(t)))
    cfg = {"p": '<p style="text-align: justify;">@@</p>', "h": '<p style="text-align: justify;"><b>@@</b></p>', "cap": cap}
    w(render_blocks(blocks, cfg, r))
    w('\n<p style="text-align: right;"><b>%s</b></p>\n</div>\n' % E(a["author"]))
    w('<div class="news-print"><a href="index.php?option=news&amp;task=print&amp;id=2476" target="_blank"><img src="templates/svh/images/print.gif" border="0" alt=""> In b&agrave;i</a> &nbsp; <a href="index.php?option=news&amp;task=email&amp;id=2476"><img src="templates/svh/images/email.gif" border="0" alt=""> G&#7917;i b&agrave;i</a></div>\n</div>\n')
    w('<div class="other-news"><div class="other-title">C&aacute;c tin kh&aacute;c</div><ul>\n')
    for h, d in zip(pick(r, HL_TOURISM, 8), rand_dates(r, dt.date(2026, 5, 1), pubd - dt.timedelta(days=1), 8)):
        w('<li><a href="index.php?option=news&amp;task=detail&amp;id=%d&amp;catid=12">%s</a> <span>(%s)</span></li>\n' % (r.randint(2200, 2475), E(h), d_date(d)))
    w('</ul></div>\n</div>\n<div id="right">\n<div class="box"><div class="box-title">Qu&#7843;ng b&aacute; du l&#7883;ch</div><div class="box-content"><a href="#"><img src="images/banners/trang-an.jpg" width="230" alt="Tr&agrave;ng An"></a><a href="#"><img src="images/banners/tam-coc.jpg" width="230" alt="Tam C&#7889;c"></a><a href="#"><img src="images/banners/bien-quat-lam.jpg" width="230" alt="Bi&#7875;n Qu&#7845;t L&acirc;m"></a></div></div>\n')
    w('<div class="box"><div class="box-title">Tin m&#7899;i</div><div class="box-content"><ul>')
    for h, d in zip(pick(r, HL_TOURISM, 6), rand_dates(r, pubd + dt.timedelta(days=1), CRAWL - dt.timedelta(days=1), 6)):
        w('<li><a href="#">%s</a> <small>%s</small></li>' % (E(h), d_date(d)))
    w('</ul></div></div>\n')
    vis = visitor_block(r)
    w('<div class="box"><div class="box-title">Th&#7889;ng k&ecirc;</div><div class="box-content">&#272;ang online: %d<br>T&#7893;ng l&#432;&#7907;t truy c&#7853;p: %s</div></div>\n</div>\n</div>\n' % (vis[0], fmt_int(vis[3])))
    w('<div id="footer"><p><b>S&#7902; V&#258;N H&Oacute;A, TH&#7874; THAO V&Agrave; DU L&#7882;CH T&#7880;NH NINH B&Igrave;NH</b></p><p>&#272;&#7883;a ch&#7881;: S&#7889; 6 &#273;&#432;&#7901;ng Tr&#432;&#417;ng H&aacute;n Si&ecirc;u, ph&#432;&#7901;ng Hoa L&#432;, t&#7881;nh Ninh B&igrave;nh - &#272;i&#7879;n tho&#7841;i: 0229.3871.%03d</p><p>Ch&#7883;u tr&aacute;ch nhi&#7879;m ch&iacute;nh: Gi&aacute;m &#273;&#7889;c S&#7903;</p></div>\n</div>\n</body>\n</html>\n' % r.randint(0, 999))
    doc = entify("".join(out))
    assert all(ord(c) < 128 for c in doc)
    return doc, article_meta("p14", "custom php (legacy cms)", url, "utf-8")


# ---------------------------------------------------------------------------
# p15  frozen pre-2025 district portal (VNPT Liferay 6.1 custom news
#      portlet); "Thứ Hai, 15/01/2024 08:45"; archive banner
# ---------------------------------------------------------------------------

@page("p15")
def p15():
    r = rng("p15")
    a, lead, blocks = art("p15")
    host = "https://tanyen.bacgiang.gov.vn"
    pid = "vnptnewsdetail_WAR_vnptportalportlet"
    url = ("%s/web/guest/tin-tuc-su-kien?p_p_id=%s&p_p_lifecycle=0&p_p_state=normal&p_p_mode=view"
           "&p_p_col_id=column-2&p_p_col_count=1&_%s_articleId=1794532&_%s_categoryId=%d" % (host, pid, pid, pid, 30611))
    pubd = dt.date(2024, 1, 15)
    froz = dt.date(2025, 6, 30)
    out = []
    w = out.append
    w('<!DOCTYPE html>\n\n<html class="aui ltr" dir="ltr" lang="vi-VN">\n\n<head>\n\t<title>Tin tức sự kiện - Trang thông tin điện tử huyện Tân Yên</title>\n\n\t<meta content="initial-scale=1.0, width=device-width" name="viewport" />\n<meta content="text/html; charset=UTF-8" http-equiv="content-type" />\n<link href="%s/tanyen-theme/images/favicon.ico" rel="Shortcut Icon" />\n' % host)
    w('<link href="%s/html/css/main.css?browserId=other&themeId=tanyen_WAR_tanyentheme&minifierType=css&languageId=vi_VN&b=6100&t=1571626800000" rel="stylesheet" type="text/css" />\n<link href="%s/tanyen-theme/css/main.css?browserId=other&themeId=tanyen_WAR_tanyentheme&minifierType=css&languageId=vi_VN&b=6100&t=1571626800000" rel="stylesheet" type="text/css" />\n' % (host, host))
    w('<script type="text/javascript">var Liferay={Browser:{acceptsGzip:function(){return true},getMajorVersion:function(){return 131},getRevision:function(){return"537.36"},getVersion:function(){return"131.0"},isChrome:function(){return true},isIe:function(){return false},isMobile:function(){return false},isWebKit:function(){return true}},ThemeDisplay:{getCompanyId:function(){return"10154"},getCompanyGroupId:function(){return"10192"},getUserId:function(){return"10158"},getDoAsUserIdEncoded:function(){return""},getPlid:function(){return"%d"},getLayoutId:function(){return"12"},getLayoutURL:function(){return"%s/web/guest/tin-tuc-su-kien"},isPrivateLayout:function(){return"false"},getParentLayoutId:function(){return"0"},getScopeGroupId:function(){return"10182"},getScopeGroupIdOrLiveGroupId:function(){return"10182"},getParentGroupId:function(){return"10182"},isImpersonated:function(){return false},isSignedIn:function(){return false},getDefaultLanguageId:function(){return"vi_VN"},getLanguageId:function(){return"vi_VN"},isAddSessionIdToURL:function(){return false},isFreeformLayout:function(){return false},isStateExclusive:function(){return false},isStateMaximized:function(){return false},isStatePopUp:function(){return false},getPathContext:function(){return""},getPathImage:function(){return"/image"},getPathJavaScript:function(){return"/html/js"},getPathMain:function(){return"/c"},getPathThemeImages:function(){return"%s/tanyen-theme/images"},getPathThemeRoot:function(){return"/tanyen-theme/"},getURLControlPanel:function(){return"/group/control_panel?doAsGroupId=10182&refererPlid=%d"},getURLHome:function(){return"%s/web/guest"},getSessionId:function(){return""},getPortletSetupShowBordersDefault:function(){return true}},PropsValues:{NTLM_AUTH_ENABLED:false}};var themeDisplay=Liferay.ThemeDisplay;Liferay.AUI={getBaseURL:function(){return"%s/html/js/aui/"},getCombine:function(){return true},getComboPath:function(){return"/combo/?browserId=other&minifierType=&languageId=vi_VN&b=6100&t=1571626800000&p=/html/js&"},getFilter:function(){return{combine:true,filter:"min"}},getJavaScriptRootPath:function(){return"/html/js"},getLangPath:function(){return"aui_lang.jsp?browserId=other&themeId=tanyen_WAR_tanyentheme&colorSchemeId=01&minifierType=js&languageId=vi_VN&b=6100&t=1571626800000"},getRootPath:function(){return"/html/js/aui/"}};window.YUI_config={base:Liferay.AUI.getBaseURL(),comboBase:Liferay.AUI.getComboPath(),fetchCSS:true,filter:Liferay.AUI.getFilter(),root:Liferay.AUI.getRootPath(),useBrowserConsole:false};Liferay.authToken="%s";Liferay.currentURL="\\x2fweb\\x2fguest\\x2ftin-tuc-su-kien";Liferay.currentURLEncoded="%%2Fweb%%2Fguest%%2Ftin-tuc-su-kien";</script>\n'
      % (r.randint(10000, 99999), host, host, r.randint(10000, 99999), host, host, alnum(r, 8)))
    w('<script src="/html/js/barebone.jsp?browserId=other&themeId=tanyen_WAR_tanyentheme&colorSchemeId=01&minifierType=js&minifierBundleId=javascript.barebone.files&languageId=vi_VN&b=6100&t=1571626800000" type="text/javascript"></script>\n')
    w('<style type="text/css">' + css_blob(r, 50, "ty-") + '</style>\n</head>\n\n<body class="yui3-skin-sam controls-visible guest-community signed-out public-page">\n')
    w('<div class="archive-notice" style="background:#fff3cd;border-bottom:1px solid #e0c46c;padding:8px;text-align:center;font-weight:bold;color:#8a5a00">THÔNG BÁO: Thực hiện Nghị quyết của Ủy ban Thường vụ Quốc hội về sắp xếp đơn vị hành chính, từ ngày 01/7/2025 huyện Tân Yên kết thúc hoạt động. Trang thông tin điện tử này dừng cập nhật và được lưu trữ để phục vụ tra cứu. Mời truy cập <a href="https://bacninh.gov.vn">Cổng thông tin điện tử tỉnh Bắc Ninh</a>.</div>\n')
    w('<div id="wrapper">\n<a href="#main-content" id="skip-to-content">Nhảy tới nội dung</a>\n<header id="banner" role="banner"><div class="banner-top"><span class="ngay-thang">Chủ nhật, 22/11/2026</span></div><hgroup id="heading"><h1 class="company-title"><a class="logo custom-logo" href="%s/web/guest" title="Đi tới Trang thông tin điện tử huyện Tân Yên"><img alt="Trang thông tin điện tử huyện Tân Yên" height="160" src="/image/company_logo?img_id=%d&t=%d" width="1000" /></a></h1></hgroup>\n' % (host, r.randint(10000, 99999), r.randint(10**12, 2 * 10**12)))
    menu = [("Trang chủ", []), ("Giới thiệu", ["Điều kiện tự nhiên", "Lịch sử văn hóa", "Tổ chức bộ máy", "Các xã, thị trấn"]), ("Tin tức sự kiện", ["Chính trị", "Kinh tế", "Văn hóa - Xã hội", "Nông thôn mới"]),
            ("Chỉ đạo điều hành", []), ("Văn bản", []), ("Thủ tục hành chính", []), ("Quy hoạch", []), ("Hỏi đáp", []), ("Liên hệ", [])]
    w('<nav class="sort-pages modify-pages" id="navigation"><h1><span>Các trang</span></h1><ul>')
    for i, (t, subs) in enumerate(menu):
        w('<li %s><a href="%s/web/guest/%s"><span>%s</span></a>' % ('class="selected"' if t == "Tin tức sự kiện" else "", host, slugify(t), E(t)))
        if subs:
            w('<ul class="child-menu">' + "".join('<li><a href="%s/web/guest/%s">%s</a></li>' % (host, slugify(s), E(s)) for s in subs) + '</ul>')
        w('</li>')
    w('</ul></nav>\n</header>\n<div id="content">\n<div class="columns-2" id="main-content" role="main"><table class="portlet-layout"><tr>\n<td class="aui-w70 portlet-column portlet-column-first" id="column-1"><div class="portlet-dropzone portlet-column-content portlet-column-content-first" id="layout-column_column-1">\n')
    w('<div class="portlet-boundary portlet-boundary_%s_ portlet-static portlet-static-end vnpt-news-detail" id="p_p_id_%s_"><span id="p_%s"></span>\n<div class="portlet-body">\n' % (pid, pid, pid))
    w('<div class="news-detail-wrapper"><div class="path-news"><a href="%s/web/guest">Trang chủ</a> &raquo; <a href="%s/web/guest/tin-tuc-su-kien">Tin tức sự kiện</a> &raquo; Nông thôn mới</div>\n' % (host, host))
    w('<h2 class="title-news-detail">%s</h2>\n' % E(a["title"]))
    w('<div class="info-news-detail"><span class="date-news">Thứ Hai, 15/01/2024 08:45</span> <span class="author-news">Tác giả: %s</span></div>\n' % E(a["author"]))
    w('<div class="sapo-news-detail">%s</div>\n<div class="content-news-detail">\n' % E(lead))

    def cap(t, rr):
        return ('<div style="text-align: center;"><img alt="" src="/documents/10182/%d/%s" style="width: 600px; height: 400px;" /></div>\n<div style="text-align: center;"><span style="font-size:11px;"><em>%s</em></span></div>' % (r.randint(100000, 999999), img_name(rr), E(t)))
    cfg = {"p": '<p style="text-align: justify;">&nbsp; &nbsp; &nbsp;@@</p>', "cap": cap}
    w(render_blocks(blocks, cfg, r))
    w('\n</div>\n<div class="tool-news"><a href="javascript:window.print();">In trang</a> | <a href="javascript:history.back();">Quay lại</a></div>\n')
    w('<div class="other-news"><h3>Các tin khác</h3><ul>')
    hl = ["Tân Yên ra quân làm giao thông nông thôn mùa khô", "Hội nghị tổng kết công tác tư pháp năm 2023", "Xã Cao Xá đón Bằng công nhận đạt chuẩn nông thôn mới nâng cao",
          "Tân Yên chuẩn bị Tết Nguyên đán Giáp Thìn 2024", "Tổng kết công tác dân số năm 2023", "Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 20", "Trao quà cho đối tượng bảo trợ xã hội dịp Tết"]
    for h, d in zip(hl, rand_dates(r, dt.date(2023, 11, 1), pubd - dt.timedelta(days=1), len(hl))):
        w('<li><a href="%s/web/guest/tin-tuc-su-kien?p_p_id=%s&_%s_articleId=%d">%s</a> <span>(%s)</span></li>' % (host, pid, pid, r.randint(1700000, 1794531), E(h), d_date(d)))
    w('</ul></div>\n</div>\n</div>\n</div>\n</div></td>\n<td class="aui-w30 portlet-column portlet-column-last" id="column-2"><div class="portlet-dropzone portlet-column-content portlet-column-content-last" id="layout-column_column-2">\n')
    w('<div class="box-right"><div class="title-box-right">TIN MỚI CẬP NHẬT</div><ul>')
    hl2 = ["Tân Yên trao quyết định nghỉ hưu cho cán bộ dôi dư sau sắp xếp", "Kỳ họp cuối cùng của HĐND huyện Tân Yên khóa XX", "Bàn giao hồ sơ, tài liệu cho các xã mới",
           "Huyện Tân Yên tổng kết 55 năm thành lập", "Lấy ý kiến cử tri về sắp xếp đơn vị hành chính cấp xã", "Tân Yên hoàn thành xóa nhà tạm, nhà dột nát"]
    for h, d in zip(hl2, rand_dates(r, dt.date(2025, 4, 1), froz, len(hl2))):
        w('<li><a href="#">%s</a><br /><span class="date">%s</span></li>' % (E(h), d_date(d)))
    w('</ul></div>\n<div class="box-right"><div class="title-box-right">LIÊN KẾT WEBSITE</div><select onchange="window.open(this.value)"><option>--- Các xã, thị trấn ---</option>')
    for c in commune_names(r, 22):
        w('<option value="#">Xã %s</option>' % E(c))
    w('</select></div>\n')
    vis = visitor_block(r)
    w('<div class="box-right"><div class="title-box-right">THỐNG KÊ TRUY CẬP</div><p>Tổng lượt truy cập: %s</p></div>\n</div></td>\n</tr></table></div>\n</div>\n' % fmt_int(vis[3]))
    w('<footer id="footer" role="contentinfo"><p class="powered-by">TRANG THÔNG TIN ĐIỆN TỬ HUYỆN TÂN YÊN</p><p>Cơ quan chủ quản: UBND huyện Tân Yên, tỉnh Bắc Giang</p><p>Địa chỉ: Thị trấn Cao Thượng, huyện Tân Yên, tỉnh Bắc Giang</p><p>Điện thoại: 0204.3878.%03d</p></footer>\n</div>\n' % r.randint(0, 999))
    w('<script type="text/javascript">Liferay.Util.addInputFocus();Liferay.Portlet.runtimePortletIds=["%s"];AUI().use("aui-base","liferay-menu","liferay-notice","liferay-poller",function(a){(function(){Liferay.Util.addInputType();Liferay.Portlet.ready(function(b,c){Liferay.Util.addInputType(c)})})();(function(){new Liferay.Menu();var b=Liferay.Data.notices;for(var c=1;c<b.length;c++){new Liferay.Notice(b[c])}})()});</script>\n<script src="%s/tanyen-theme/js/main.js?browserId=other&minifierType=js&languageId=vi_VN&b=6100&t=1571626800000" type="text/javascript"></script>\n</body>\n\n</html>\n' % (pid, host))
    return "".join(out), article_meta("p15", "liferay 6.1 (VNPT, frozen district portal)", url, "utf-8")


# ---------------------------------------------------------------------------
# p16  frozen pre-2025 district portal, old ASP.NET WebForms, no charset in
#      the HTTP header (meta declares UTF-8); "18/04/2025 4:12:09 CH"
# ---------------------------------------------------------------------------

@page("p16")
def p16():
    r = rng("p16")
    a, lead, blocks = art("p16")
    host = "http://camkhe.phutho.gov.vn"
    url = "%s/Default.aspx?tabid=62&ch=1&NewsID=10487" % host
    pubd = dt.date(2025, 4, 18)
    out = []
    w = out.append
    w('\r\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\r\n<html xmlns="http://www.w3.org/1999/xhtml">\r\n<head id="Head1"><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><title>\r\n\t%s\r\n</title><link href="App_Themes/Default/Style.css" type="text/css" rel="stylesheet" /><link href="App_Themes/Default/menu.css" type="text/css" rel="stylesheet" /><meta name="keywords" content="Cẩm Khê, Phú Thọ, sắp xếp đơn vị hành chính" /><meta name="description" content="Trang thông tin điện tử huyện Cẩm Khê" /></head>\r\n' % E(a["title"]))
    w('<body>\r\n    <form name="form1" method="post" action="Default.aspx?tabid=62&amp;ch=1&amp;NewsID=10487" id="form1">\r\n<div>\r\n<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />\r\n<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />\r\n<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKLTk1OTk4NjQ5MA9kFgJmD2QWAgIDD2QWBgIBD2QWAmYPZBYCAgEPFgIeBFRleHQF%s" />\r\n</div>\r\n' % b64(r, 12000))
    w('<script type="text/javascript">\r\n//<![CDATA[\r\nvar theForm = document.forms[\'form1\'];\r\nif (!theForm) {\r\n    theForm = document.form1;\r\n}\r\nfunction __doPostBack(eventTarget, eventArgument) {\r\n    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {\r\n        theForm.__EVENTTARGET.value = eventTarget;\r\n        theForm.__EVENTARGUMENT.value = eventArgument;\r\n        theForm.submit();\r\n    }\r\n}\r\n//]]>\r\n</script>\r\n')
    w('<script src="/ScriptResource.axd?d=%s&amp;t=%s" type="text/javascript"></script>\r\n' % (alnum(r, 120), hexs(r, 8)))
    w('<div style="background:#b71c1c;color:#fff;text-align:center;padding:6px;font:bold 13px Arial">Trang thông tin điện tử huyện Cẩm Khê (cũ) đã dừng cập nhật từ ngày 01/7/2025. Thông tin mới của các xã trên địa bàn vui lòng xem tại Cổng thông tin điện tử tỉnh Phú Thọ.</div>\r\n')
    w('<table id="tblMain" cellpadding="0" cellspacing="0" align="center" style="width:1000px;background:#fff">\r\n<tr><td colspan="2"><div class="banner"><object classid="clsid:D27CDB6E-AE6D-11cf-96B8-444553540000" width="1000" height="180"><param name="movie" value="Images/banner.swf" /><param name="wmode" value="transparent" /><embed src="Images/banner.swf" width="1000" height="180" wmode="transparent"></embed></object></div></td></tr>\r\n')
    w('<tr><td colspan="2" class="thanhmenu"><ul id="menu">')
    for t in ["Trang chủ", "Giới thiệu chung", "Tin tức - Sự kiện", "Chỉ đạo điều hành", "Văn bản pháp quy", "Thủ tục hành chính", "Quy hoạch - Kế hoạch", "Hỏi đáp trực tuyến", "Liên hệ"]:
        w('<li><a href="Default.aspx?tabid=%d">%s</a></li>' % (r.randint(40, 90), E(t)))
    w('</ul></td></tr>\r\n')
    w('<tr><td colspan="2" class="thanhngay"><span id="ucHeader_lblNgay" class="ngay">Chủ nhật, 22/11/2026</span> &nbsp; <span class="timkiem"><input name="ucHeader$txtTimKiem" type="text" id="ucHeader_txtTimKiem" class="txtTK" /><input type="submit" name="ucHeader$btnTimKiem" value="Tìm kiếm" id="ucHeader_btnTimKiem" class="btnTK" /></span></td></tr>\r\n')
    w('<tr><td valign="top" style="width:720px;padding:8px">\r\n<div class="duongdan"><a href="Default.aspx">Trang chủ</a> / <a href="Default.aspx?tabid=62">Tin tức - Sự kiện</a> / <a href="Default.aspx?tabid=62&amp;ch=1">Tin chính trị</a></div>\r\n')
    w('<div id="ucNewsDetail_pnlDetail" class="news_detail">\r\n<span id="ucNewsDetail_lblTitle" class="news_title">%s</span>\r\n<div class="news_date"><span id="ucNewsDetail_lblNgayDang">Ngày đăng: 18/04/2025 4:12:09 CH</span></div>\r\n' % E(a["title"]))
    w('<div id="ucNewsDetail_divContent" class="news_content">\r\n')

    def cap(t, rr):
        return ('<p align="center"><img src="Upload/Images/2025/4/%s" width="550" height="367" alt="" /></p><p align="center"><font size="2"><i>%s</i></font></p>' % (img_name(rr), E(t)))
    cfg = {"p": '<p align="justify"><font face="Arial" size="2">@@</font></p>', "cap": cap}
    w(render_blocks(blocks, cfg, r))
    w('\r\n<p align="right"><font face="Arial" size="2"><b>Tin: %s</b></font></p>\r\n</div>\r\n</div>\r\n' % E(a["author"]))
    w('<div class="news_other"><b>Các tin khác:</b><ul>')
    hl = ["Cẩm Khê triển khai kế hoạch sắp xếp tổ chức bộ máy", "Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 25", "Huyện Cẩm Khê phát động trồng cây đầu Xuân Ất Tỵ 2025",
          "Tổng kết công tác quân sự địa phương năm 2024", "Cẩm Khê giao quân năm 2025", "Kiểm tra tiến độ xây dựng nông thôn mới kiểu mẫu"]
    for h, d in zip(hl, rand_dates(r, dt.date(2025, 1, 10), pubd - dt.timedelta(days=1), len(hl))):
        w('<li><a href="Default.aspx?tabid=62&amp;ch=1&amp;NewsID=%d">%s</a> <span class="ngaynho">(%s)</span></li>' % (r.randint(10000, 10486), E(h), d.strftime("%d/%m/%Y")))
    w('</ul></div>\r\n</td>\r\n<td valign="top" style="width:280px;padding:8px;background:#f4f4f4">\r\n')
    w('<div class="khungphai"><div class="tdkhung">TIN MỚI NHẤT</div><ul>')
    hl2 = ["Kỳ họp thứ 24 HĐND huyện Cẩm Khê khóa XX", "Cẩm Khê bàn giao trụ sở, tài sản cho các xã mới", "Hội nghị tổng kết hoạt động của HĐND huyện nhiệm kỳ 2021 - 2026", "Lễ công bố nghị quyết thành lập các xã mới"]
    for h, d in zip(hl2, rand_dates(r, dt.date(2025, 5, 1), dt.date(2025, 6, 30), len(hl2))):
        w('<li><a href="#">%s</a></li>' % E(h))
    w('</ul></div>\r\n<div class="khungphai"><div class="tdkhung">LIÊN KẾT</div><a href="http://phutho.gov.vn"><img src="Images/lk_phutho.gif" alt="Cổng TTĐT tỉnh Phú Thọ" border="0" /></a><br /><a href="http://dichvucong.gov.vn"><img src="Images/lk_dvc.gif" alt="Dịch vụ công quốc gia" border="0" /></a></div>\r\n')
    vis = visitor_block(r)
    w('<div class="khungphai"><div class="tdkhung">THỐNG KÊ</div><span id="ucThongKe_lblTong">Tổng lượt truy cập: %s</span></div>\r\n</td></tr>\r\n' % fmt_int(vis[3]))
    w('<tr><td colspan="2" class="footer"><b>TRANG THÔNG TIN ĐIỆN TỬ HUYỆN CẨM KHÊ</b><br />Cơ quan chủ quản: UBND huyện Cẩm Khê, tỉnh Phú Thọ<br />Địa chỉ: Thị trấn Sông Thao, huyện Cẩm Khê, tỉnh Phú Thọ - Điện thoại: 0210.3879.%03d</td></tr>\r\n</table>\r\n' % r.randint(0, 999))
    w('<div>\r\n\t<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="CA0B0334" />\r\n\t<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEWBAK%s" />\r\n</div></form>\r\n</body>\r\n</html>\r\n' % b64(r, 60))
    return "".join(out), article_meta("p16", "asp.net webforms (frozen district portal)", url, None)


# ---------------------------------------------------------------------------
# p17  modern Vue portal (Nuxt 3 SSR), merged phường of TP.HCM; JSON-LD in
#      UTC; "Tin liên quan" box between sapo and content; __NUXT_DATA__ copy
# ---------------------------------------------------------------------------

@page("p17")
def p17():
    r = rng("p17")
    a, lead, blocks = art("p17")
    host = "https://thudaumot.hochiminhcity.gov.vn"
    slug = slugify(a["title"]) + "-a4821"
    url = "%s/tin-tuc/%s" % (host, slug)
    pubd = dt.date(2026, 9, 14)
    au, ph = a["author"].split(", ")
    dv = "data-v-" + hexs(r, 8)
    dv2 = "data-v-" + hexs(r, 8)
    cover = "https://cdn.hochiminhcity.gov.vn/thudaumot/2026/09/14/%s" % img_name(r, "webp")
    out = []
    w = out.append
    w('<!DOCTYPE html>\n<html lang="vi" data-capo="">\n<head><meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>%s | Phường Thủ Dầu Một</title>\n' % E(a["title"]))
    for i in range(4):
        w('<link rel="stylesheet" href="/_nuxt/entry.%s.css">\n' % alnum(r, 8))
    for i in range(7):
        w('<link rel="modulepreload" as="script" crossorigin href="/_nuxt/%s.js">\n' % alnum(r, 8))
    w('<link rel="prefetch" as="image" type="image/svg+xml" href="/_nuxt/logo.%s.svg">\n' % alnum(r, 8))
    w('<meta name="description" content="%s">\n<meta property="og:type" content="article">\n<meta property="og:title" content="%s">\n<meta property="og:description" content="%s">\n<meta property="og:image" content="%s">\n<meta property="og:url" content="%s">\n<link rel="canonical" href="%s">\n' % (A(lead), A(a["title"]), A(lead), cover, url, url))
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"], "description": lead, "image": [cover],
          "datePublished": "2026-09-14T02:15:36Z", "dateModified": "2026-09-14T03:02:10Z",
          "author": [{"@type": "Person", "name": au}], "publisher": {"@type": "GovernmentOrganization", "name": "UBND phường Thủ Dầu Một", "logo": {"@type": "ImageObject", "url": host + "/logo.png"}},
          "mainEntityOfPage": url}
    w('<script type="application/ld+json">%s</script>\n' % json.dumps(ld, ensure_ascii=False))
    w('<script type="module" src="/_nuxt/%s.js" crossorigin></script></head>\n' % alnum(r, 8))
    w('<body><div id="__nuxt"><div %s class="layout-default">' % dv)
    w('<div %s class="topbar"><div %s class="container flex justify-between"><span %s class="topbar__date">Chủ nhật, 22/11/2026</span><div %s class="topbar__links"><a %s href="/lien-he">Liên hệ</a><a %s href="https://hochiminhcity.gov.vn" target="_blank">Cổng TTĐT TP. Hồ Chí Minh</a></div></div></div>' % ((dv,) * 6))
    w('<header %s class="site-header"><div %s class="container site-header__inner"><a %s href="/" class="brand"><img %s src="/_nuxt/logo.%s.svg" alt="Phường Thủ Dầu Một" width="64" height="64"><div %s class="brand__text"><span %s class="brand__top">ỦY BAN NHÂN DÂN</span><span %s class="brand__name">PHƯỜNG THỦ DẦU MỘT</span></div></a><form %s class="search-box" action="/tim-kiem"><input %s type="search" name="q" placeholder="Tìm kiếm thông tin, thủ tục..." aria-label="Tìm kiếm"><button %s type="submit" aria-label="Tìm"><svg %s viewBox="0 0 24 24" width="18" height="18"><path d="M10 2a8 8 0 1 0 4.9 14.3l5.4 5.4 1.4-1.4-5.4-5.4A8 8 0 0 0 10 2Z"/></svg></button></form></div>'
      % ((dv,) * 4 + (alnum(r, 8),) + (dv,) * 7))
    nav = ["Trang chủ", "Giới thiệu", "Tin tức", "Chính quyền", "Dịch vụ công", "Hỏi đáp", "Văn bản", "Liên hệ"]
    w('<nav %s class="main-nav"><ul %s class="container main-nav__list">' % (dv, dv) + "".join('<li %s class="main-nav__item%s"><a %s href="/%s" class="main-nav__link%s">%s</a></li>' % (dv, " is-active" if t == "Tin tức" else "", dv, slugify(t), " router-link-active" if t == "Tin tức" else "", E(t)) for t in nav) + '</ul></nav></header>')
    w('<main %s class="container page-article"><nav %s class="breadcrumb" aria-label="breadcrumb"><ol %s><li %s><a %s href="/">Trang chủ</a></li><li %s><a %s href="/tin-tuc">Tin tức</a></li><li %s><a %s href="/tin-tuc/cai-cach-hanh-chinh">Cải cách hành chính</a></li></ol></nav>' % ((dv,) * 9))
    w('<div %s class="grid grid-cols-12 gap-6"><article %s class="col-span-12 lg:col-span-8 article">' % (dv, dv2))
    w('<span %s class="article__category">Cải cách hành chính</span><h1 %s class="article__title">%s</h1>' % (dv2, dv2, E(a["title"])))
    w('<div %s class="article__meta"><time %s datetime="2026-09-14T02:15:36.000Z" class="article__time">14/09/2026 09:15 GMT+7</time><span %s class="article__views">1.284 lượt xem</span></div>' % (dv2, dv2, dv2))
    w('<p %s class="article__sapo">%s</p>' % (dv2, E(lead)))
    w('<aside %s class="related-inline"><h2 %s class="related-inline__title">Tin liên quan</h2><ul %s>' % (dv2, dv2, dv2))
    for h in ["Phường Thủ Dầu Một ra mắt Tổ công nghệ số cộng đồng tại 18 khu phố", "Hơn 90% hồ sơ hộ tịch tại phường được nộp trực tuyến", "Công bố bộ thủ tục hành chính không giấy tờ cấp phường"]:
        w('<li %s><a %s href="/tin-tuc/%s">%s</a></li>' % (dv2, dv2, slugify(h), E(h)))
    w('</ul></aside>')
    w('<div %s class="article__body prose">' % dv2)
    for k, v in blocks:
        if k == "p":
            w('<p>%s</p>' % E(v))
        elif k == "h":
            w('<h2>%s</h2>' % E(v))
        elif k == "cap":
            w('<figure class="article-figure"><img src="https://cdn.hochiminhcity.gov.vn/thudaumot/2026/09/14/%s" alt="%s" loading="lazy" width="960" height="640"><figcaption>%s</figcaption></figure>' % (img_name(r, "webp"), A(v), E(v)))
    w('</div><div %s class="article__byline"><p %s class="article__author">%s</p><p %s class="article__photo">Ảnh: %s</p></div>' % (dv2, dv2, E(au), dv2, E(ph)))
    w('<div %s class="article__tags"><span %s>Từ khóa:</span><a %s href="/tag/khong-giay-to">không giấy tờ</a><a %s href="/tag/trung-tam-phuc-vu-hanh-chinh-cong">Trung tâm Phục vụ hành chính công</a></div>' % ((dv2,) * 4))
    w('<div %s class="share"><button %s type="button" class="share__btn">Chia sẻ Facebook</button><button %s type="button" class="share__btn">Chia sẻ Zalo</button><button %s type="button" class="share__btn">Sao chép liên kết</button></div></article>' % ((dv2,) * 4))
    w('<aside %s class="col-span-12 lg:col-span-4 sidebar"><section %s class="widget"><h3 %s class="widget__title">Tin mới</h3><ul %s class="widget__list">' % ((dv,) * 4))
    for h, d in zip(pick(r, HL_GOV, 6), rand_dates(r, pubd + dt.timedelta(days=1), CRAWL - dt.timedelta(days=1), 6)):
        w('<li %s><a %s href="/tin-tuc/%s">%s</a><time %s datetime="%s">%s</time></li>' % (dv, dv, slugify(h), E(h), dv, d.strftime("%Y-%m-%dT%H:%M:%S+07:00"), d_date(d)))
    w('</ul></section><section %s class="widget widget--services"><h3 %s class="widget__title">Dịch vụ công nổi bật</h3><ul %s>' % ((dv,) * 3))
    for t in ["Đăng ký khai sinh", "Chứng thực bản sao điện tử", "Đăng ký hộ kinh doanh", "Xác nhận tình trạng hôn nhân", "Đăng ký thường trú"]:
        w('<li %s><a %s href="https://dichvucong.gov.vn">%s</a></li>' % (dv, dv, E(t)))
    w('</ul></section></aside></div></main>')
    w('<footer %s class="site-footer"><div %s class="container"><p %s class="site-footer__name">TRANG THÔNG TIN ĐIỆN TỬ PHƯỜNG THỦ DẦU MỘT</p><p %s>Cơ quan chủ quản: Ủy ban nhân dân phường Thủ Dầu Một, Thành phố Hồ Chí Minh</p><p %s>Địa chỉ: Số 1 đường Quang Trung, phường Thủ Dầu Một, Thành phố Hồ Chí Minh</p><p %s>Điện thoại: 0274.3822.%03d</p></div></footer></div></div>' % ((dv,) * 6 + (r.randint(0, 999),)))
    # Nuxt payload: a copy of the article, as real SSR pages carry it
    payload = [{"data": 1, "state": 2}, {"article-4821": 3}, {}, {"id": 4, "title": 5, "sapo": 6, "content": 7, "publishedAt": 8, "author": 9, "views": 10},
               4821, a["title"], lead, "".join("<p>%s</p>" % E(v) for k, v in blocks if k == "p"), "2026-09-14T02:15:36.000Z", au, 1284]
    w('<script type="application/json" id="__NUXT_DATA__" data-ssr="true">%s</script>\n' % json.dumps(payload, ensure_ascii=False).replace("</", "<\\/"))
    w('<script>window.__NUXT__={};window.__NUXT__.config={public:{apiBase:"https://api.hochiminhcity.gov.vn/portal/v2",siteCode:"thudaumot",gaId:"G-%s"},app:{baseURL:"/",buildId:"%s-%s-%s-%s-%s",buildAssetsDir:"/_nuxt/",cdnURL:""}}</script></body>\n</html>\n' % (alnum(r, 10).upper(), hexs(r, 8), hexs(r, 4), hexs(r, 4), hexs(r, 4), hexs(r, 12)))
    return "".join(out), article_meta("p17", "nuxt 3 ssr (vue)", url, "utf-8")


# ---------------------------------------------------------------------------
# p18  Viettel-style portal product, Sở Y tế (big page: mega menus, inline
#      menu JSON, CSS); table of figures; two-line byline with degree
# ---------------------------------------------------------------------------

@page("p18")
def p18():
    r = rng("p18")
    a, lead, blocks = art("p18")
    host = "https://soyte.lamdong.gov.vn"
    url = "%s/tin-tuc/hoat-dong-nganh/%s-20260626154712345.htm" % (host, slugify(a["title"]))
    pubd = dt.date(2026, 6, 26)
    au, unit = a["author"].split(", ")
    comm = commune_names(r, 124)
    units = (["Bệnh viện Đa khoa tỉnh", "Bệnh viện Đa khoa khu vực phía Đông", "Bệnh viện Đa khoa khu vực phía Tây", "Bệnh viện Nhi", "Bệnh viện Y dược cổ truyền",
              "Bệnh viện Phổi", "Bệnh viện Tâm thần", "Bệnh viện Mắt", "Trung tâm Kiểm soát bệnh tật", "Trung tâm Kiểm nghiệm thuốc, mỹ phẩm, thực phẩm",
              "Trung tâm Pháp y", "Trung tâm Giám định y khoa", "Trung tâm Cấp cứu 115", "Trường Cao đẳng Y tế"]
             + ["Trung tâm Y tế khu vực %s" % c for c in comm[:24]])
    out = []
    w = out.append
    w('<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="UTF-8">\n<meta http-equiv="X-UA-Compatible" content="IE=edge">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>%s - Sở Y tế tỉnh Lâm Đồng</title>\n' % E(a["title"]))
    w('<meta name="description" content="%s">\n<meta name="keywords" content="sốt xuất huyết, Lâm Đồng, phòng chống dịch">\n<meta property="og:title" content="%s">\n<meta property="og:description" content="%s">\n<meta property="og:type" content="article">\n<meta property="og:url" content="%s">\n<meta property="og:image" content="%s/Uploaded/2026/06/26/%s">\n' % (A(lead[:200]), A(a["title"]), A(lead[:200]), url, host, img_name(r)))
    w('<link rel="stylesheet" href="%s/Portal/Themes/vtp-default/css/bootstrap.min.css">\n<link rel="stylesheet" href="%s/Portal/Themes/vtp-default/css/vtp-portal.min.css?v=4.8.%d">\n' % (host, host, r.randint(1, 99)))
    w('<style type="text/css">\n' + css_blob(r, 260, "vtp-") + '\n</style>\n')
    w('<script src="%s/Portal/Scripts/jquery-3.6.4.min.js"></script>\n<script src="%s/Portal/Scripts/vtp.core.min.js?v=4.8.%d"></script>\n' % (host, host, r.randint(1, 99)))
    menu_data = []
    for i, u in enumerate(units):
        menu_data.append({"id": 500 + i, "name": u, "url": "/don-vi/%s" % slugify(u), "parent": 12, "order": i, "target": "_self", "icon": ""})
    for i, c in enumerate(comm):
        menu_data.append({"id": 900 + i, "name": "Trạm Y tế %s %s" % ("phường" if i % 4 == 0 else "xã", c), "url": "/tram-y-te/%s" % slugify(c), "parent": 13, "order": i, "target": "_self", "icon": ""})
    w('<script>var VTP_MENU_DATA = %s;\nvar VTP_CONFIG = {siteId:%d, lang:"vi-VN", apiUrl:"/Portal/api", cdn:"%s/Uploaded", trackView:true, articleId:20260626154712345};</script>\n' % (json.dumps(menu_data, ensure_ascii=True), r.randint(10, 99), host))
    w('</head>\n<body class="vtp-body">\n<div class="vtp-wrapper">\n')
    w('<div class="vtp-topbar"><div class="container"><div class="vtp-topbar-left"><i class="icon-calendar"></i> %s</div><div class="vtp-topbar-right"><a href="%s/rss">RSS</a><a href="%s/so-do-cong">Sơ đồ cổng</a><a href="%s/dang-nhap">Đăng nhập</a></div></div></div>\n' % ("Chủ nhật, 22/11/2026", host, host, host))
    w('<div class="vtp-header"><div class="container"><a class="vtp-logo" href="%s/"><img src="%s/Portal/Themes/vtp-default/images/logo-syt.png" alt="Sở Y tế tỉnh Lâm Đồng"></a><div class="vtp-sitename"><h1>SỞ Y TẾ TỈNH LÂM ĐỒNG</h1><p>LAM DONG DEPARTMENT OF HEALTH</p></div><div class="vtp-hotline">Đường dây nóng: <b>1900 9095</b></div></div></div>\n' % (host, host))
    w('<div class="vtp-menu"><div class="container"><ul class="vtp-menu-root">\n')
    top = [("Trang chủ", None), ("Giới thiệu", ["Chức năng, nhiệm vụ", "Lãnh đạo Sở", "Cơ cấu tổ chức", "Lịch sử ngành Y tế"]), ("Tin tức - Sự kiện", ["Hoạt động ngành", "Y tế cơ sở", "Phòng chống dịch bệnh", "Khám chữa bệnh", "Dược - Mỹ phẩm", "An toàn thực phẩm"]),
           ("Đơn vị trực thuộc", units), ("Trạm Y tế xã, phường", ["Trạm Y tế %s %s" % ("phường" if i % 4 == 0 else "xã", c) for i, c in enumerate(comm)]),
           ("Văn bản", ["Văn bản chỉ đạo", "Văn bản QPPL", "Dự thảo"]), ("Thủ tục hành chính", []), ("Giáo dục sức khỏe", []), ("Liên hệ", [])]
    for t, subs in top:
        w('<li class="vtp-menu-item%s"><a href="%s/%s">%s</a>' % (" active" if t.startswith("Tin tức") else "", host, slugify(t), E(t)))
        if subs:
            w('<div class="vtp-mega"><ul class="vtp-mega-list">' + "".join('<li><a href="%s/%s/%s">%s</a></li>' % (host, slugify(t), slugify(s), E(s)) for s in subs) + '</ul></div>')
        w('</li>\n')
    w('</ul><div class="vtp-search"><input type="text" id="txtKeyword" placeholder="Tìm kiếm..."><button type="button" onclick="vtp.search()">Tìm</button></div></div></div>\n')
    w('<div class="container vtp-main"><div class="vtp-breadcrumb"><a href="%s/">Trang chủ</a><span>›</span><a href="%s/tin-tuc">Tin tức - Sự kiện</a><span>›</span><a href="%s/tin-tuc/hoat-dong-nganh">Hoạt động ngành</a></div>\n<div class="row"><div class="col-md-8">\n' % (host, host, host))
    w('<div class="vtp-article-detail">\n<h1 class="vtp-article-title">%s</h1>\n' % E(a["title"]))
    w('<div class="vtp-article-info"><span class="vtp-date">%s, 26/06/2026 - 15:47</span><span class="vtp-fontsize"><a href="javascript:;" onclick="vtp.font(-1)">A-</a><a href="javascript:;" onclick="vtp.font(1)">A+</a></span></div>\n' % wd(pubd))
    w('<div class="vtp-article-sapo"><strong>%s</strong></div>\n<div class="vtp-article-content" id="vtpArticleContent">\n' % E(lead))

    def table(rows):
        h = ['<table class="table table-bordered" style="width:100%" border="1" cellspacing="0" cellpadding="4"><thead><tr>']
        h += ['<th style="text-align:center">%s</th>' % E(c) for c in rows[0]]
        h.append('</tr></thead><tbody>')
        for row in rows[1:]:
            h.append('<tr>' + "".join('<td%s>%s</td>' % ("" if j == 0 else ' style="text-align:center"', ("<b>%s</b>" % E(c)) if row[0] == "Toàn tỉnh" else E(c)) for j, c in enumerate(row)) + '</tr>')
        h.append('</tbody></table>')
        return "".join(h)

    def cap(t, rr):
        return ('<div class="vtp-image-box" style="text-align:center"><img src="%s/Uploaded/2026/06/26/%s" alt="%s" style="max-width:100%%"><div class="vtp-image-caption">%s</div></div>' % (host, img_name(rr), A(t), E(t)))
    cfg = {"p": '<p style="text-align:justify">@@</p>', "h": '<h3 style="text-align:justify"><strong>@@</strong></h3>', "table": table, "cap": cap}
    w(render_blocks(blocks, cfg, r))
    w('\n</div>\n<div class="vtp-article-author" style="text-align:right"><p><strong>%s</strong></p><p><em>%s</em></p></div>\n' % (E(au), E(unit)))
    w('<div class="vtp-article-tools"><a href="javascript:window.print()">In bài viết</a><a href="mailto:?body=%s">Gửi email</a><span>Lượt xem: %s</span></div>\n</div>\n' % (url, fmt_int(r.randint(500, 3000))))
    w('<div class="vtp-related"><h3>Tin cùng chuyên mục</h3><div class="vtp-related-list">\n')
    for h, d in zip(pick(r, HL_HEALTH, 10), rand_dates(r, dt.date(2026, 2, 1), pubd - dt.timedelta(days=1), 10)):
        w('<div class="vtp-related-item"><a href="%s/tin-tuc/hoat-dong-nganh/%s-%s.htm"><img src="%s/Uploaded/%s" alt=""></a><div><a href="%s/tin-tuc/hoat-dong-nganh/%s-%s.htm">%s</a><span>%s</span></div></div>\n' % (host, slugify(h), d.strftime("%Y%m%d%H%M%S"), host, img_name(r), host, slugify(h), d.strftime("%Y%m%d%H%M%S"), E(h), d_date(d)))
    w('</div></div>\n</div>\n<div class="col-md-4 vtp-sidebar">\n')
    w('<div class="vtp-box"><div class="vtp-box-title">Thông báo</div><ul>')
    for h, d in zip(["Thông báo tuyển dụng viên chức ngành Y tế năm 2026", "Danh sách cơ sở đủ điều kiện tiêm chủng", "Lịch trực Tết Nguyên đán", "Kết quả kiểm tra an toàn thực phẩm quý II"], rand_dates(r, pubd + dt.timedelta(days=1), CRAWL - dt.timedelta(days=1), 4)):
        w('<li><a href="#">%s</a><em>%s</em></li>' % (E(h), d_date(d)))
    w('</ul></div>\n<div class="vtp-box"><div class="vtp-box-title">Xem nhiều</div><ol>')
    for h in pick(r, HL_HEALTH, 8):
        w('<li><a href="#">%s</a></li>' % E(h))
    w('</ol></div>\n<div class="vtp-box vtp-banners">' + "".join('<a href="#"><img src="%s/Uploaded/banner/%s.jpg" alt="%s"></a>' % (host, slugify(t), A(t)) for t in ["Hồ sơ sức khỏe điện tử", "Tiêm chủng mở rộng", "Dịch vụ công trực tuyến", "Đường dây nóng ngành Y tế", "Bình dân học vụ số"]) + '</div>\n')
    w('<div class="vtp-box"><div class="vtp-box-title">Đơn vị trực thuộc</div><select onchange="if(this.value)location.href=this.value"><option value="">-- Chọn đơn vị --</option>' + "".join('<option value="%s/don-vi/%s">%s</option>' % (host, slugify(u), E(u)) for u in units) + '</select></div>\n')
    vis = visitor_block(r)
    w('<div class="vtp-box"><div class="vtp-box-title">Thống kê truy cập</div><p>Đang online: %d</p><p>Hôm nay: %s</p><p>Tháng này: %s</p><p>Tổng: %s</p></div>\n</div>\n</div>\n</div>\n' % (vis[0], fmt_int(vis[1]), fmt_int(vis[2]), fmt_int(vis[3])))
    w('<div class="vtp-footer"><div class="container"><div class="row"><div class="col-md-8"><p><b>CỔNG THÔNG TIN ĐIỆN TỬ SỞ Y TẾ TỈNH LÂM ĐỒNG</b></p><p>Địa chỉ: Số 36 đường Trần Phú, phường Xuân Hương - Đà Lạt, tỉnh Lâm Đồng</p><p>Điện thoại: 0263.3822.%03d - Email: soyte@lamdong.gov.vn</p><p>Chịu trách nhiệm chính: Giám đốc Sở Y tế</p></div><div class="col-md-4"><p>Giấy phép số 05/GP-TTĐT ngày 15/9/2025</p><p>Phát triển bởi Viettel Lâm Đồng</p></div></div></div></div>\n</div>\n' % r.randint(0, 999))
    w('<script>\n$(function(){vtp.menu.init(VTP_MENU_DATA);vtp.view.track(VTP_CONFIG.articleId);});\n' + js_blob(r, 180, "vtp") + '\n</script>\n</body>\n</html>\n')
    return "".join(out), article_meta("p18", "viettel-style portal", url, "utf-8")


# ---------------------------------------------------------------------------
# p19  CMC-style Party portal (dcs.vn), Ban Tuyên giáo và Dân vận Tỉnh ủy;
#      publication and update time both shown; "Bài và ảnh:" byline on top
# ---------------------------------------------------------------------------

@page("p19")
def p19():
    r = rng("p19")
    a, lead, blocks = art("p19")
    host = "https://tuyengiaodanvan.daklak.dcs.vn"
    url = "%s/tin-tuc/cong-tac-dan-toc-ton-giao/%s.html" % (host, slugify(a["title"]))
    pubd = dt.date(2026, 10, 1)
    out = []
    w = out.append
    w('<!DOCTYPE html>\n<html lang="vi">\n  <head>\n    <meta charset="utf-8">\n    <meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">\n    <title>%s</title>\n' % E(a["title"]))
    w('    <meta name="description" content="%s">\n    <meta property="og:site_name" content="Ban Tuyên giáo và Dân vận Tỉnh ủy Đắk Lắk">\n    <meta property="og:title" content="%s">\n    <meta property="og:type" content="article">\n    <meta property="og:url" content="%s">\n    <meta property="og:image" content="%s/uploads/news/2026/10/%s">\n' % (A(lead), A(a["title"]), url, host, img_name(r)))
    w('    <link rel="stylesheet" href="%s/assets/vendor/bootstrap/css/bootstrap.min.css">\n    <link rel="stylesheet" href="%s/assets/css/portal.min.css?ver=%s">\n    <link rel="stylesheet" href="%s/assets/vendor/owl/owl.carousel.min.css">\n' % (host, host, hexs(r, 10), host))
    w('    <style>' + css_blob(r, 40, "cmc-") + '</style>\n  </head>\n  <body class="cms-page cms-page--news-detail">\n')
    w('    <div class="cms-header"><div class="cms-header__top"><div class="container"><div class="d-flex justify-content-between"><span class="cms-header__date">Chủ nhật, ngày 22 tháng 11 năm 2026</span><ul class="cms-header__links"><li><a href="%s/gioi-thieu.html">Giới thiệu</a></li><li><a href="%s/lien-he.html">Liên hệ</a></li><li><a href="https://daklak.dcs.vn" target="_blank">Đảng bộ tỉnh Đắk Lắk</a></li></ul></div></div></div>\n' % (host, host))
    w('      <div class="cms-header__main"><div class="container"><a href="%s/" class="cms-header__logo"><img src="%s/assets/images/logo-dang.svg" alt="Logo"></a><div class="cms-header__name"><p class="cms-header__name-sub">ĐẢNG BỘ TỈNH ĐẮK LẮK</p><p class="cms-header__name-main">BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY</p></div></div></div>\n' % (host, host))
    cats = [("Trang chủ", []), ("Tin tức", ["Hoạt động của Ban", "Tuyên giáo cơ sở", "Dân vận cơ sở"]), ("Công tác tuyên giáo", ["Lý luận chính trị", "Tuyên truyền", "Báo chí - Xuất bản", "Văn hóa - Văn nghệ"]),
            ("Công tác dân vận", ["Dân vận chính quyền", "“Dân vận khéo”", "Quy chế dân chủ"]), ("Công tác dân tộc, tôn giáo", []), ("Bảo vệ nền tảng tư tưởng của Đảng", []), ("Tài liệu", ["Tài liệu sinh hoạt chi bộ", "Đề cương tuyên truyền"]), ("Media", ["Ảnh", "Video", "Podcast"])]
    w('      <nav class="cms-nav"><div class="container"><ul class="cms-nav__list">')
    for t, subs in cats:
        w('<li class="cms-nav__item%s"><a class="cms-nav__link" href="%s/%s.html">%s</a>' % (" cms-nav__item--active" if "dân tộc" in t else "", host, slugify(t), E(t)))
        if subs:
            w('<ul class="cms-nav__sub">' + "".join('<li><a href="%s/%s/%s.html">%s</a></li>' % (host, slugify(t), slugify(s), E(s)) for s in subs) + '</ul>')
        w('</li>')
    w('</ul><form class="cms-nav__search" action="%s/tim-kiem.html"><input name="q" type="text" placeholder="Tìm kiếm"></form></div></nav>\n    </div>\n' % host)
    w('    <div class="container cms-body"><div class="row"><div class="col-lg-8">\n      <ul class="cms-breadcrumb"><li><a href="%s/">Trang chủ</a></li><li><a href="%s/cong-tac-dan-toc-ton-giao.html">Công tác dân tộc, tôn giáo</a></li></ul>\n' % (host, host))
    w('      <div class="news-detail">\n        <h1 class="news-detail__title">%s</h1>\n' % E(a["title"]))
    w('        <div class="news-detail__meta"><span class="news-detail__published">Ngày xuất bản: 01/10/2026 16:20</span> | <span class="news-detail__updated">Cập nhật: 02/10/2026 07:30</span></div>\n')
    w('        <div class="news-detail__author">Bài và ảnh: %s</div>\n' % E(a["author"]))
    w('        <div class="news-detail__sapo">%s</div>\n        <div class="news-detail__content">\n' % E(lead))

    def cap(t, rr):
        return ('<table class="image center"><tbody><tr><td><img src="%s/uploads/news/2026/10/%s" alt="" width="760"></td></tr><tr><td class="image_desc">%s</td></tr></tbody></table>' % (host, img_name(rr), E(t)))
    cfg = {"p": '<p>@@</p>', "h": '<p><strong>@@</strong></p>', "cap": cap}
    w(render_blocks(blocks, cfg, r))
    w('\n        </div>\n        <div class="news-detail__share"><span>Chia sẻ</span><a href="https://www.facebook.com/sharer/sharer.php?u=%s" target="_blank">Facebook</a><a href="javascript:window.print()">In</a></div>\n' % url)
    w('        <div class="news-detail__tags"><span>Từ khóa:</span> <a href="%s/tag/nguoi-co-uy-tin.html">người có uy tín</a> <a href="%s/tag/dong-bao-dan-toc-thieu-so.html">đồng bào dân tộc thiểu số</a></div>\n      </div>\n' % (host, host))
    w('      <div class="cms-box cms-box--related"><h3 class="cms-box__title">Tin cùng chuyên mục</h3><div class="row">\n')
    for h, d in zip(pick(r, HL_PARTY, 6), rand_dates(r, dt.date(2026, 5, 1), pubd - dt.timedelta(days=1), 6)):
        w('<div class="col-md-6 cms-card"><a href="%s/tin-tuc/%s.html"><img src="%s/uploads/news/%s" alt=""></a><h4><a href="%s/tin-tuc/%s.html">%s</a></h4><time>%s</time></div>\n' % (host, slugify(h), host, img_name(r), host, slugify(h), E(h), d_dt(d)))
    w('</div></div>\n    </div>\n    <div class="col-lg-4 cms-sidebar">\n')
    w('      <div class="cms-box"><h3 class="cms-box__title">Tin mới nhất</h3><ul>')
    for h, d in zip(pick(r, HL_PARTY + HL_MTTQ, 7), rand_dates(r, pubd + dt.timedelta(days=1), CRAWL - dt.timedelta(days=1), 7)):
        w('<li><a href="#">%s</a><time>%s</time></li>' % (E(h), d_dt(d)))
    w('</ul></div>\n      <div class="cms-box"><h3 class="cms-box__title">Chuyên đề</h3><a href="#"><img src="%s/uploads/banner/dai-hoi-dang-bo-tinh.jpg" alt="Đại hội Đảng bộ tỉnh"></a><a href="#"><img src="%s/uploads/banner/hoc-tap-bac.jpg" alt="Học tập và làm theo Bác"></a><a href="#"><img src="%s/uploads/banner/bao-ve-nen-tang.jpg" alt="Bảo vệ nền tảng tư tưởng của Đảng"></a></div>\n' % (host, host, host))
    w('      <div class="cms-box cms-poll"><h3 class="cms-box__title">Thăm dò ý kiến</h3><p>Bạn thường tiếp cận thông tin thời sự qua kênh nào?</p>' + "".join('<label><input type="radio" name="poll" value="%d"> %s</label><br>' % (i, t) for i, t in enumerate(["Hội nghị báo cáo viên, sinh hoạt chi bộ", "Báo chí, truyền hình", "Mạng xã hội", "Loa truyền thanh cơ sở"])) + '<button type="button">Bình chọn</button></div>\n    </div>\n    </div></div>\n')
    w('    <footer class="cms-footer"><div class="container"><p class="cms-footer__name">TRANG THÔNG TIN ĐIỆN TỬ BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY ĐẮK LẮK</p><p>Địa chỉ: Số 9 đường Lê Duẩn, phường Buôn Ma Thuột, tỉnh Đắk Lắk</p><p>Điện thoại: 0262.3852.%03d - Email: bantgdv@daklak.dcs.vn</p><p>Giấy phép số 27/GP-TTĐT ngày 08/10/2025</p><p class="cms-footer__dev">Thiết kế bởi CMC</p></div></footer>\n' % r.randint(0, 999))
    w('    <script src="%s/assets/vendor/jquery/jquery.min.js"></script>\n    <script src="%s/assets/vendor/owl/owl.carousel.min.js"></script>\n    <script src="%s/assets/js/portal.min.js?ver=%s"></script>\n  </body>\n</html>\n' % (host, host, host, hexs(r, 10)))
    return "".join(out), article_meta("p19", "cmc-style cms", url, "utf-8")


# ---------------------------------------------------------------------------
# p20  custom ASP.NET MVC school portal; "Đăng lúc: 08:12 - 06/11/2026";
#      "Tác giả bài viết:"; "Lượt xem"
# ---------------------------------------------------------------------------

@page("p20")
def p20():
    r = rng("p20")
    a, lead, blocks = art("p20")
    host = "https://thcsleloi.hadong.edu.vn"
    url = "%s/tin-tuc/hoat-dong-chuyen-mon/%s-n%d" % (host, slugify(a["title"]), 4813)
    pubd = dt.date(2026, 11, 6)
    out = []
    w = out.append
    w('<!DOCTYPE html>\r\n<html lang="vi">\r\n<head>\r\n    <meta charset="utf-8" />\r\n    <meta name="viewport" content="width=device-width, initial-scale=1.0" />\r\n    <title>%s - Trường THCS Lê Lợi</title>\r\n' % E(a["title"]))
    w('    <meta name="description" content="%s" />\r\n    <meta property="og:title" content="%s" />\r\n    <meta property="og:url" content="%s" />\r\n    <meta property="og:image" content="%s/Upload/news/2026/11/%s" />\r\n' % (A(lead), A(a["title"]), url, host, img_name(r)))
    w('    <link href="/Content/css?v=%s" rel="stylesheet"/>\r\n\r\n    <script src="/bundles/modernizr?v=%s"></script>\r\n\r\n' % (alnum(r, 43), alnum(r, 43)))
    w('    <style>' + css_blob(r, 30, "edu-") + '</style>\r\n</head>\r\n<body>\r\n')
    w('    <div class="top-header"><div class="container"><div class="row"><div class="col-sm-6"><span class="date-now">Chủ nhật, 22/11/2026</span></div><div class="col-sm-6 text-right"><a href="/Account/Login">Đăng nhập</a> | <a href="/lien-he">Liên hệ</a></div></div></div></div>\r\n')
    w('    <div class="header-banner"><div class="container"><a href="/"><img src="/Upload/banner/banner-thcs-le-loi.jpg" alt="Trường THCS Lê Lợi" class="img-responsive" /></a></div></div>\r\n')
    menu = [("Trang chủ", []), ("Giới thiệu", ["Lịch sử nhà trường", "Ban giám hiệu", "Tổ chức - Đoàn thể"]), ("Tin tức", ["Tin nhà trường", "Hoạt động chuyên môn", "Hoạt động Đội", "Gương sáng"]),
            ("Tổ chuyên môn", ["Tổ Khoa học tự nhiên", "Tổ Khoa học xã hội", "Tổ Ngoại ngữ", "Tổ Nghệ thuật - Thể chất"]), ("Học sinh", ["Thời khóa biểu", "Thi học sinh giỏi", "Tuyển sinh lớp 6"]), ("Tài nguyên", ["Bài giảng điện tử", "Đề kiểm tra", "Sách điện tử"]), ("Văn bản", []), ("Liên hệ", [])]
    w('    <div class="navbar navbar-inverse main-menu"><div class="container"><ul class="nav navbar-nav">\r\n')
    for t, subs in menu:
        if subs:
            w('        <li class="dropdown%s"><a href="/%s" class="dropdown-toggle" data-toggle="dropdown">%s <b class="caret"></b></a><ul class="dropdown-menu">%s</ul></li>\r\n' % (" active" if t == "Tin tức" else "", slugify(t), E(t), "".join('<li><a href="/%s/%s">%s</a></li>' % (slugify(t), slugify(s), E(s)) for s in subs)))
        else:
            w('        <li><a href="/%s">%s</a></li>\r\n' % (slugify(t), E(t)))
    w('    </ul><form action="/tim-kiem" class="navbar-form navbar-right" method="get"><input class="form-control" id="keyword" name="keyword" placeholder="Tìm kiếm" type="text" value="" /></form></div></div>\r\n')
    w('    <div class="container body-content">\r\n        <div class="row">\r\n            <div class="col-md-9">\r\n<ul class="breadcrumb"><li><a href="/">Trang chủ</a></li><li><a href="/tin-tuc">Tin tức</a></li><li class="active">Hoạt động chuyên môn</li></ul>\r\n')
    w('<div class="news-detail">\r\n    <h3 class="news-detail-title">%s</h3>\r\n' % E(a["title"]))
    w('    <p class="news-detail-info"><i class="glyphicon glyphicon-time"></i> Đăng lúc: 08:12 - 06/11/2026 &nbsp;&nbsp; <i class="glyphicon glyphicon-eye-open"></i> Lượt xem: %d</p>\r\n' % r.randint(150, 700))
    w('    <div class="news-detail-summary"><p><em>%s</em></p></div>\r\n    <div class="news-detail-content">\r\n' % E(lead))

    def cap(t, rr):
        return ('<p style="text-align: center;"><img alt="" src="/Upload/news/2026/11/%s" style="width: 100%%; max-width: 720px;" /></p>\r\n<p class="img-caption" style="text-align: center;"><span style="color:#555555;"><em>%s</em></span></p>' % (img_name(rr), E(t)))
    cfg = {"p": '<p style="text-align: justify;">@@</p>', "cap": cap, "sep": "\r\n"}
    w(render_blocks(blocks, cfg, r))
    w('\r\n    </div>\r\n    <p class="news-detail-author text-right"><strong>Tác giả bài viết: %s</strong></p>\r\n' % E(a["author"]))
    w('    <div class="news-detail-share"><div class="fb-share-button" data-href="%s" data-layout="button_count"></div></div>\r\n</div>\r\n' % url)
    w('<div class="news-other"><h4 class="title-other">Tin cùng chuyên mục</h4><ul>\r\n')
    for h, d in zip(pick(r, HL_EDU, 8), rand_dates(r, dt.date(2026, 8, 15), pubd - dt.timedelta(days=1), 8)):
        w('<li><a href="/tin-tuc/hoat-dong-chuyen-mon/%s-n%d">%s</a> <span class="date">(%s)</span></li>\r\n' % (slugify(h), r.randint(4500, 4812), E(h), d_date(d)))
    w('</ul></div>\r\n            </div>\r\n            <div class="col-md-3 sidebar">\r\n')
    w('<div class="panel panel-primary"><div class="panel-heading">Thông báo</div><div class="panel-body"><ul class="list-unstyled">')
    for h, d in zip(["Lịch kiểm tra giữa học kỳ I năm học 2026 - 2027", "Kế hoạch tổ chức kỷ niệm ngày 20/11", "Thông báo họp cha mẹ học sinh"], rand_dates(r, pubd + dt.timedelta(days=1), CRAWL - dt.timedelta(days=1), 3)):
        w('<li><a href="#">%s</a> <small>%s</small></li>' % (E(h), d_date(d)))
    w('</ul></div></div>\r\n<div class="panel panel-primary"><div class="panel-heading">Liên kết</div><div class="panel-body"><a href="https://hanoi.edu.vn"><img src="/Upload/banner/so-gd-hanoi.png" alt="Sở GD&amp;ĐT Hà Nội" class="img-responsive" /></a><a href="https://csdl.moet.gov.vn"><img src="/Upload/banner/csdl-nganh.png" alt="Cơ sở dữ liệu ngành" class="img-responsive" /></a></div></div>\r\n')
    vis = visitor_block(r)
    w('<div class="panel panel-primary"><div class="panel-heading">Thống kê</div><div class="panel-body"><p>Đang truy cập: %d</p><p>Tổng lượt truy cập: %s</p></div></div>\r\n            </div>\r\n        </div>\r\n    </div>\r\n' % (vis[0], fmt_int(vis[3])))
    w('    <footer class="footer"><div class="container"><p><strong>TRƯỜNG THCS LÊ LỢI</strong></p><p>Địa chỉ: Số 4 phố Lê Lợi, phường Hà Đông, Thành phố Hà Nội</p><p>Điện thoại: 024.3382.%04d - Email: c2leloi@hadong.edu.vn</p><p>&copy; 2026 - Trường THCS Lê Lợi</p></div></footer>\r\n' % r.randint(0, 9999))
    w('    <form action="/Account/LogOff" id="logoutForm" method="post"><input name="__RequestVerificationToken" type="hidden" value="%s" /></form>\r\n    <script src="/bundles/jquery?v=%s"></script>\r\n    <script src="/bundles/bootstrap?v=%s"></script>\r\n    <div id="fb-root"></div><script async defer crossorigin="anonymous" src="https://connect.facebook.net/vi_VN/sdk.js#xfbml=1&version=v19.0"></script>\r\n</body>\r\n</html>\r\n' % (alnum(r, 108), alnum(r, 43), alnum(r, 43)))
    return "".join(out), article_meta("p20", "asp.net mvc (custom)", url, "utf-8")


# ---------------------------------------------------------------------------
# Non-article pages
# ---------------------------------------------------------------------------

LISTING_SUMMARIES = [
    "Đảng ủy phường tổ chức hội nghị quán triệt, triển khai các nghị quyết, kết luận mới của Trung ương và của Tỉnh ủy đến cán bộ chủ chốt, bí thư chi bộ các tổ dân phố.",
    "Hơn 300 đoàn viên, hội viên và Nhân dân các tổ dân phố đã tham gia thu gom rác thải, phát quang bụi rậm, khơi thông cống rãnh trên các tuyến phố chính.",
    "Đoàn kiểm tra liên ngành đã kiểm tra 24 cơ sở kinh doanh dịch vụ karaoke, nhà nghỉ, yêu cầu khắc phục ngay những tồn tại về lối thoát nạn và phương tiện chữa cháy.",
    "Nhân dịp kỷ niệm Ngày Thương binh - Liệt sĩ, lãnh đạo phường đã đến thăm, tặng quà các gia đình chính sách, người có công tiêu biểu trên địa bàn.",
    "Lớp tập huấn trang bị cho thành viên Tổ công nghệ số cộng đồng kỹ năng hướng dẫn người dân sử dụng dịch vụ công trực tuyến, thanh toán không dùng tiền mặt.",
    "Hội nghị đánh giá kết quả cải cách hành chính 9 tháng năm 2026, chỉ ra những hạn chế trong giải quyết hồ sơ đất đai và đề ra giải pháp khắc phục.",
    "Công an phường phối hợp với các tổ dân phố lắp đặt 46 camera an ninh tại các tuyến đường, ngõ xóm, góp phần phòng ngừa tội phạm và vi phạm pháp luật.",
    "Buổi tuyên truyền giúp người cao tuổi nhận diện các thủ đoạn lừa đảo qua điện thoại, mạng xã hội và cách xử lý khi nhận cuộc gọi giả danh cơ quan chức năng.",
    "Nhà văn hóa tổ dân phố số 9 được xây dựng với tổng kinh phí hơn 2,1 tỷ đồng, trong đó Nhân dân đóng góp gần 600 triệu đồng và hơn 1.200 ngày công lao động.",
    "Phường đã hoàn thành chi trả trợ cấp xã hội hằng tháng qua tài khoản ngân hàng cho hơn 95% đối tượng, bảo đảm kịp thời, an toàn, thuận tiện.",
]


@page("n01")
def n01():
    r = rng("n01")
    host = "https://vuninh.bacninh.gov.vn"
    inst = alnum(r, 12)
    pid = "com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_" + inst
    url = "%s/tin-tuc-su-kien?p_p_id=%s&p_p_lifecycle=0&p_p_state=normal&p_p_mode=view&_%s_delta=10&p_r_p_resetCur=false&_%s_cur=2" % (host, pid, pid, pid)
    out = []
    w = out.append
    w('<!DOCTYPE html>\n\n<html class="ltr" dir="ltr" lang="vi-VN">\n\n<head>\n\t<title>Tin tức sự kiện - Cổng thông tin điện tử phường Vũ Ninh</title>\n\t<meta content="initial-scale=1.0, width=device-width" name="viewport" />\n<meta content="text/html; charset=UTF-8" http-equiv="content-type" />\n<link data-senna-track="temporary" href="%s/tin-tuc-su-kien" rel="canonical" />\n<meta property="og:title" content="Tin tức sự kiện - Cổng thông tin điện tử phường Vũ Ninh">\n<meta property="og:type" content="website">\n' % host)
    w('<link class="lfr-css-file" data-senna-track="temporary" href="/o/vnpt-eportal-theme/css/clay.css?browserId=chrome&themeId=vnpteportaltheme_WAR_vnpteportaltheme&languageId=vi_VN&t=1749541200000" id="liferayAUICSS" rel="stylesheet" type="text/css" />\n')
    w('<script data-senna-track="temporary" type="text/javascript">\n// <![CDATA[\nvar Liferay = Liferay || {};\nLiferay.ThemeDisplay = {getLayoutRelativeURL: function() {return \'/tin-tuc-su-kien\';},getLanguageId: function() {return \'vi_VN\';},getPlid: function() {return \'%d\';},getPortalURL: function() {return \'%s\';},isSignedIn: function() {return false;}};\nvar themeDisplay = Liferay.ThemeDisplay;\nLiferay.authToken = \'%s\';\n// ]]>\n</script>\n' % (r.randint(100000, 999999), host, alnum(r, 8)))
    w('<script data-senna-track="temporary" type="text/javascript">\n' + lr_module_config(r, 40) + '\n</script>\n')
    w('<style>' + css_blob(r, 60, "vn-") + '</style>\n</head>\n\n<body class="chrome controls-visible yui3-skin-sam guest-site signed-out public-page site">\n<div class="d-flex flex-column min-vh-100"><div class="d-flex flex-column flex-fill" id="wrapper">\n')
    w('<header id="banner" role="banner"><div class="top-bar"><div class="container"><span class="current-date"><i class="fa fa-calendar"></i> Chủ nhật, 22/11/2026</span></div></div><div class="header-banner"><div class="container"><div class="site-name"><p class="name-1">ĐẢNG BỘ - HĐND - UBND</p><p class="name-2">PHƯỜNG VŨ NINH</p><p class="name-3">TỈNH BẮC NINH</p></div><form action="/tim-kiem" method="get"><input class="form-control" name="q" placeholder="Tìm kiếm..." type="text" /></form></div></div>\n')
    w('<nav class="navbar site-navigation" id="navigation"><div class="container"><ul class="navbar-nav">' + "".join('<li class="lfr-nav-item nav-item%s"><a class="nav-link" href="%s/%s"><span>%s</span></a></li>' % (" selected active" if t == "Tin tức sự kiện" else "", host, slugify(t), E(t)) for t in ["Trang chủ", "Giới thiệu", "Tin tức sự kiện", "Chỉ đạo điều hành", "Thủ tục hành chính", "Văn bản", "Công khai", "Hỏi đáp", "Liên hệ"]) + '</ul></div></nav>\n</header>\n')
    w('<section id="content"><div class="container"><div class="row"><div class="col-md-8">\n<nav aria-label="Breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a class="breadcrumb-link" href="%s/web/vu-ninh">Trang chủ</a></li><li class="breadcrumb-item"><span class="active breadcrumb-text-truncate">Tin tức sự kiện</span></li></ol></nav>\n' % host)
    w('<div class="portlet-boundary portlet-boundary_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_ portlet-static portlet-decorate portlet-asset-publisher" id="p_p_id_%s_"><section class="portlet" id="portlet_%s"><div class="portlet-content"><div class="autofit-float autofit-row portlet-header"><div class="autofit-col autofit-col-expand"><h2 class="portlet-title-text">Tin trong phường</h2></div></div><div class="portlet-content-container"><div class="portlet-body">\n' % (pid, pid))
    dates = rand_dates(r, dt.date(2026, 7, 1), dt.date(2026, 9, 30), 10)
    titles = pick(r, HL_GOV, 10)
    for i, (h, d) in enumerate(zip(titles, dates)):
        w('<div class="list-news-item clearfix"><div class="news-img"><a href="%s/tin-tuc-su-kien/-/asset_publisher/%s/content/%s"><img alt="" src="/documents/20126/%d/%s" /></a></div>\n<div class="news-info"><h3 class="asset-title"><a href="%s/tin-tuc-su-kien/-/asset_publisher/%s/content/%s">%s</a></h3><div class="news-date"><i class="fa fa-clock-o"></i> %s</div><div class="asset-summary">%s</div><a class="read-more" href="%s/tin-tuc-su-kien/-/asset_publisher/%s/content/%s">Xem chi tiết »</a></div></div>\n'
          % (host, inst, slugify(h), r.randint(100000, 999999), img_name(r), host, inst, slugify(h), E(h), d_dt(d), E(LISTING_SUMMARIES[i]), host, inst, slugify(h)))
    w('<div class="taglib-page-iterator"><div class="clearfix lfr-pagination"><div class="lfr-pagination-config"><div class="lfr-pagination-page-selector"><div class="btn-group lfr-icon-menu current-page-menu"><a class="dropdown-toggle direction-down max-display-items-15 btn btn-secondary" href="javascript:;"><span class="lfr-icon-menu-text">Trang 2 trên 37</span></a></div></div><div class="lfr-pagination-delta-selector"><div class="btn-group lfr-icon-menu"><a class="dropdown-toggle direction-down max-display-items-15 btn btn-secondary" href="javascript:;"><span class="lfr-icon-menu-text">10 Các mục trên mỗi trang</span></a></div></div></div><small class="search-results">Hiển thị 11 - 20 của 368 kết quả.</small><ul class="lfr-pagination-buttons pager"><li><a class="first" href="%s&_%s_cur=1">&larr; Đầu tiên</a></li><li><a class="previous" href="%s&_%s_cur=1">Trang trước</a></li><li><a class="next" href="%s&_%s_cur=3">Kế tiếp</a></li><li><a class="last" href="%s&_%s_cur=37">Cuối cùng &rarr;</a></li></ul></div></div>\n' % ((url.split("&_")[0], pid) * 4))
    w('</div></div></div></section></div>\n</div>\n<div class="col-md-4"><div class="box-side"><h2 class="portlet-title-text">Văn bản mới</h2><ul>' + "".join('<li><a href="#">%s</a></li>' % E(t) for t in ["Kế hoạch số 112/KH-UBND về chuyển đổi số năm 2026", "Quyết định công bố danh mục thủ tục hành chính", "Thông báo lịch tiếp công dân tháng 10/2026", "Kế hoạch phòng, chống thiên tai năm 2026"]) + '</ul></div>\n')
    vis = visitor_block(r)
    w('<div class="box-side"><h2 class="portlet-title-text">Thống kê truy cập</h2><ul class="statistic"><li>Đang truy cập: <b>%d</b></li><li>Tổng lượt truy cập: <b>%s</b></li></ul></div></div>\n</div></div></section>\n' % (vis[0], fmt_int(vis[3])))
    w('<footer id="footer" role="contentinfo"><div class="footer-info"><div class="container"><p class="footer-title">CỔNG THÔNG TIN ĐIỆN TỬ PHƯỜNG VŨ NINH</p><p>Cơ quan chủ quản: Ủy ban nhân dân phường Vũ Ninh, tỉnh Bắc Ninh</p><p>Địa chỉ: Số 18 đường Hoàng Quốc Việt, phường Vũ Ninh, tỉnh Bắc Ninh</p></div></div></footer>\n</div></div>\n<script type="text/javascript">Liferay.Portlet.register(\'%s\');</script>\n</body>\n\n</html>\n' % pid)
    return "".join(out), {"kind": "listing", "platform": "liferay (VNPT ePortal 7.4)", "url": url, "charset": "utf-8"}


@page("n02")
def n02():
    r = rng("n02")
    host = "https://bantgdv.thanhhoa.dcs.vn"
    url = "%s/Pages/ket-qua-tim-kiem.aspx?k=%%22d%%C3%%A2n%%20v%%E1%%BA%%ADn%%20kh%%C3%%A9o%%22" % host
    out = []
    w = out.append
    w('\r\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\r\n<html dir="ltr" lang="vi-VN">\r\n<head><meta name="GENERATOR" content="Microsoft SharePoint" /><meta http-equiv="Content-type" content="text/html; charset=utf-8" /><meta http-equiv="X-UA-Compatible" content="IE=10" />\r\n<title>\r\n\tKết quả tìm kiếm\r\n</title>\r\n')
    w('<link rel="stylesheet" type="text/css" href="/_layouts/15/1066/styles/Themable/corev15.css?rev=%s"/>\r\n<link rel="stylesheet" type="text/css" href="/Style%%20Library/TanDan/css/tandan-portal.css?v=%d"/>\r\n' % (alnum(r, 22), r.randint(100, 999)))
    w('<script type="text/javascript">\r\n// <![CDATA[\r\nvar _spPageContextInfo = {webServerRelativeUrl: "\\u002f", webAbsoluteUrl: "%s", serverRequestPath: "\\u002fPages\\u002fket-qua-tim-kiem.aspx", webLanguage: 1066, currentLanguage: 1066, currentUICultureName: "vi-VN"};\r\n' % host + sp_sod(r) + '\r\n// ]]>\r\n</script>\r\n</head>\r\n<body scroll="yes">\r\n')
    w('<form method="post" action="./ket-qua-tim-kiem.aspx?k=%%22d%%C3%%A2n%%20v%%E1%%BA%%ADn%%20kh%%C3%%A9o%%22" id="aspnetForm">\r\n<div class="aspNetHidden">\r\n<input type="hidden" name="__REQUESTDIGEST" id="__REQUESTDIGEST" value="0x%s,22 Nov 2026 02:%02d:%02d -0000" />\r\n<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUBMA9kFgJmD2QWAgIBD2QWBAIBD2QWAgIFD2QWAmYPZBYC%s" />\r\n</div>\r\n' % (hexs(r, 128).upper(), r.randint(0, 59), r.randint(0, 59), b64(r, 9000)))
    w('<div id="s4-workspace"><div id="s4-bodyContainer">\r\n<div class="tandan-topbar"><div class="tandan-container"><span class="tandan-date">Chủ nhật, ngày 22/11/2026</span></div></div>\r\n<div class="tandan-header"><div class="tandan-container"><div class="tandan-sitename"><span class="line1">ĐẢNG BỘ TỈNH THANH HÓA</span><span class="line2">BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY</span></div></div></div>\r\n')
    w('<div class="tandan-menu"><div class="tandan-container"><ul class="tandan-menu-root">' + "".join('<li class="tandan-menu-item"><a href="/Pages/%s.aspx">%s</a></li>' % (slugify(t), E(t)) for t in ["Trang chủ", "Giới thiệu", "Tin tức - Sự kiện", "Lý luận chính trị", "Công tác dân vận", "Báo cáo viên", "Văn bản", "Thư viện"]) + '</ul></div></div>\r\n')
    w('<div class="tandan-container tandan-main"><div class="tandan-search-page">\r\n<div class="tandan-search-box"><input name="ctl00$PlaceHolderMain$txtKeyword" type="text" value="&quot;dân vận khéo&quot;" id="ctl00_PlaceHolderMain_txtKeyword" class="tandan-search-input" /><select name="ctl00$PlaceHolderMain$ddlScope"><option value="all" selected="selected">Tất cả</option><option value="news">Tin tức</option><option value="docs">Văn bản</option></select><input type="submit" name="ctl00$PlaceHolderMain$btnSearch" value="Tìm kiếm" id="ctl00_PlaceHolderMain_btnSearch" /></div>\r\n')
    w('<div class="tandan-search-stats">Tìm thấy <b>127</b> kết quả cho từ khóa <b>&quot;dân vận khéo&quot;</b> (0,21 giây)</div>\r\n<ul class="tandan-search-results">\r\n')
    res = [("Tổng kết phong trào thi đua “Dân vận khéo” năm 2025", "Phong trào thi đua “Dân vận khéo” năm 2025 tiếp tục được các cấp ủy, chính quyền quan tâm chỉ đạo, với hơn 2.100 mô hình được công nhận ở các cấp..."),
           ("Biểu dương điển hình “Dân vận khéo” cấp tỉnh giai đoạn 2021 - 2025", "Hội nghị biểu dương 120 tập thể, cá nhân điển hình trong phong trào thi đua “Dân vận khéo”; nhiều mô hình hay trong xây dựng nông thôn mới..."),
           ("Xã Thọ Xuân nhân rộng mô hình “Dân vận khéo” trong chuyển đổi số", "Sau sắp xếp, xã Thọ Xuân đã xây dựng 14 mô hình “Dân vận khéo” gắn với chuyển đổi số, hướng dẫn người dân sử dụng dịch vụ công trực tuyến..."),
           ("Hướng dẫn đánh giá, công nhận mô hình “Dân vận khéo” năm 2026", "Ban Tuyên giáo và Dân vận Tỉnh ủy ban hành hướng dẫn tiêu chí đánh giá, công nhận mô hình, điển hình “Dân vận khéo” các cấp năm 2026..."),
           ("Lan tỏa phong trào “Dân vận khéo” trong lực lượng vũ trang", "Các đơn vị lực lượng vũ trang tỉnh đã triển khai nhiều mô hình giúp dân xóa nhà tạm, làm đường giao thông nông thôn, khắc phục hậu quả thiên tai..."),
           ("Phường Hạc Thành: “Dân vận khéo” trong giải phóng mặt bằng", "Nhờ làm tốt công tác dân vận, phường Hạc Thành đã hoàn thành giải phóng mặt bằng dự án chỉnh trang đô thị ven sông trước thời hạn hai tháng..."),
           ("Kế hoạch tổ chức Hội thi “Dân vận khéo” năm 2026", "Hội thi nhằm tuyên truyền sâu rộng các mô hình, điển hình “Dân vận khéo”; đối tượng dự thi là các đội đến từ các đảng bộ trực thuộc Tỉnh ủy..."),
           ("Tọa đàm “Dân vận khéo” trong vùng đồng bào dân tộc thiểu số", "Các đại biểu đã trao đổi kinh nghiệm vận động đồng bào dân tộc thiểu số phát triển sinh kế, bảo tồn văn hóa truyền thống, giữ gìn an ninh trật tự..."),
           ("Phụ nữ Ngọc Lặc với mô hình “Dân vận khéo” tiết kiệm vì hội viên nghèo", "Mô hình tổ tiết kiệm của phụ nữ xã Ngọc Lặc đã giúp hơn 80 hội viên có vốn phát triển kinh tế, nhiều hộ vươn lên thoát nghèo bền vững..."),
           ("Tuổi trẻ với phong trào “Dân vận khéo”", "Đoàn viên, thanh niên các xã, phường tham gia tích cực các phần việc hỗ trợ người dân làm thủ tục hành chính, tuyên truyền pháp luật ở cơ sở...")]
    dates = rand_dates(r, dt.date(2025, 3, 1), dt.date(2026, 11, 10), len(res))
    for (t, s), d in zip(res, dates):
        u = "/Pages/%s/%s.aspx" % (d.date().isoformat(), slugify(t))
        w('<li class="tandan-search-item"><div class="tandan-search-title"><a href="%s">%s</a></div><div class="tandan-search-summary">%s</div><div class="tandan-search-url">%s%s - %s</div></li>\r\n' % (u, E(t), E(s), host, u, d_date(d)))
    w('</ul>\r\n<div class="tandan-paging"><span class="current">1</span> <a href="?k=%%22d%%C3%%A2n%%20v%%E1%%BA%%ADn%%20kh%%C3%%A9o%%22&amp;start1=11">2</a> <a href="?k=%%22d%%C3%%A2n%%20v%%E1%%BA%%ADn%%20kh%%C3%%A9o%%22&amp;start1=21">3</a> <a href="?k=%%22d%%C3%%A2n%%20v%%E1%%BA%%ADn%%20kh%%C3%%A9o%%22&amp;start1=31">4</a> ... <a href="?k=%%22d%%C3%%A2n%%20v%%E1%%BA%%ADn%%20kh%%C3%%A9o%%22&amp;start1=121">13</a> <a href="?k=%%22d%%C3%%A2n%%20v%%E1%%BA%%ADn%%20kh%%C3%%A9o%%22&amp;start1=11">Trang sau &raquo;</a></div>\r\n</div></div>\r\n')
    w('<div class="tandan-footer"><div class="tandan-container"><p><b>TRANG THÔNG TIN ĐIỆN TỬ BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY THANH HÓA</b></p><p>Địa chỉ: Số 45A đường Đại lộ Lê Lợi, phường Hạc Thành, tỉnh Thanh Hóa</p></div></div>\r\n</div></div>\r\n')
    w('<div class="aspNetHidden"><input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="%s" /></div>\r\n<script type="text/javascript">\r\n//<![CDATA[\r\nvar _spFormDigestRefreshInterval = 1440000;\r\n' % hexs(r, 8).upper() + js_blob(r, 20, "tandan") + '\r\n//]]>\r\n</script>\r\n</form>\r\n</body>\r\n</html>\r\n')
    return "".join(out), {"kind": "search", "platform": "sharepoint (Tân Dân)", "url": url, "charset": "utf-8"}


@page("n03")
def n03():
    r = rng("n03")
    host = "https://hoinongdan.dongthap.gov.vn"
    url = "%s/2026/07/02/hoi-thi-nha-nong-dua-tai-nam-2026/" % host
    out = []
    w = out.append
    w('<!doctype html>\n<html lang="vi">\n<head>\n\t<meta charset="UTF-8">\n\t<meta name="viewport" content="width=device-width, initial-scale=1">\n\t<meta name=\'robots\' content=\'noindex, follow\' />\n\t<title>Không tìm thấy trang - Hội Nông dân tỉnh Đồng Tháp</title>\n\t<meta property="og:locale" content="vi_VN" />\n\t<meta property="og:title" content="Không tìm thấy trang - Hội Nông dân tỉnh Đồng Tháp" />\n\t<meta property="og:site_name" content="Hội Nông dân tỉnh Đồng Tháp" />\n')
    w('\t<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","@id":"%s/#website","url":"%s/","name":"Hội Nông dân tỉnh Đồng Tháp","inLanguage":"vi"}]}</script>\n' % (host, host))
    w("<link rel='stylesheet' id='wp-block-library-css' href='%s/wp-includes/css/dist/block-library/style.min.css?ver=6.6.2' media='all' />\n<link rel='stylesheet' id='hnd-style-css' href='%s/wp-content/themes/hnd-dongthap/style.css?ver=1.4.2' media='all' />\n<style id='global-styles-inline-css'>\n" % (host, host) + css_blob(r, 60, "wp-") + "\n</style>\n<script src=\"%s/wp-includes/js/jquery/jquery.min.js?ver=3.7.1\" id=\"jquery-core-js\"></script>\n</head>\n\n" % host)
    w('<body class="error404 wp-custom-logo hfeed">\n<div id="page" class="site">\n\t<div class="topbar"><div class="container"><span class="topbar-date">Chủ nhật, 22/11/2026</span></div></div>\n\t<header id="masthead" class="site-header"><div class="site-branding container"><a href="%s/" class="custom-logo-link" rel="home"><img width="96" height="96" src="%s/wp-content/uploads/2025/08/logo-hnd.png" class="custom-logo" alt="Hội Nông dân tỉnh Đồng Tháp" /></a><div class="site-title-wrap"><p class="site-title"><a href="%s/" rel="home">Hội Nông dân tỉnh Đồng Tháp</a></p><p class="site-description">Trang thông tin điện tử</p></div></div>\n' % (host, host, host))
    w('\t\t<nav id="site-navigation" class="main-navigation"><div class="container"><ul id="primary-menu" class="menu">' + "".join('<li class="menu-item"><a href="%s/chuyen-muc/%s/">%s</a></li>' % (host, slugify(t), E(t)) for t in ["Trang chủ", "Giới thiệu", "Tin hoạt động", "Khoa học kỹ thuật", "Quỹ Hỗ trợ nông dân", "Thị trường nông sản", "Văn bản", "Liên hệ"]) + '</ul></div></nav>\n\t</header>\n')
    w('\t<div class="container site-content-wrap">\n\t<main id="primary" class="site-main">\n\t\t<section class="error-404 not-found">\n\t\t\t<header class="page-header">\n\t\t\t\t<h1 class="page-title">Rất tiếc! Không tìm thấy trang này.</h1>\n\t\t\t</header><!-- .page-header -->\n\t\t\t<div class="page-content">\n\t\t\t\t<p>Có vẻ như không có gì ở địa chỉ này. Trang bạn tìm có thể đã bị xóa, đổi tên hoặc tạm thời không truy cập được. Bạn có thể thử tìm kiếm hoặc xem các liên kết dưới đây.</p>\n')
    w('\t\t\t\t<form role="search" method="get" class="search-form" action="%s/"><label><span class="screen-reader-text">Tìm kiếm cho:</span><input type="search" class="search-field" placeholder="Tìm kiếm &hellip;" value="" name="s" /></label><input type="submit" class="search-submit" value="Tìm kiếm" /></form>\n' % host)
    w('\t\t\t\t<div class="widget widget_recent_entries"><h2 class="widget-title">Bài viết mới</h2><ul>')
    for h, d in zip(pick(r, HL_FARMER, 5), rand_dates(r, dt.date(2026, 9, 1), CRAWL - dt.timedelta(days=1), 5)):
        w('<li><a href="%s/%s/%s/">%s</a></li>' % (host, d.strftime("%Y/%m/%d"), slugify(h), E(h)))
    w('</ul></div>\n\t\t\t\t<div class="widget widget_categories"><h2 class="widget-title">Chuyên mục được dùng nhiều nhất</h2><ul>')
    for t in ["Tin hoạt động", "Gương nông dân tiêu biểu", "Khoa học kỹ thuật", "Quỹ Hỗ trợ nông dân", "Thị trường nông sản"]:
        w('<li class="cat-item"><a href="%s/chuyen-muc/%s/">%s</a> (%d)</li>' % (host, slugify(t), E(t), r.randint(20, 480)))
    w('</ul></div>\n\t\t\t\t<div class="widget widget_archive"><h2 class="widget-title">Lưu trữ</h2><p>Thử tìm trong các bản lưu trữ theo tháng. 🙂</p><select name="archive-dropdown"><option value="">Chọn tháng</option>')
    for m in range(11, 0, -1):
        w("<option value='%s/2026/%02d/'> Tháng %d 2026 </option>" % (host, m, m))
    w('</select></div>\n\t\t\t</div><!-- .page-content -->\n\t\t</section><!-- .error-404 -->\n\t</main><!-- #main -->\n\t</div>\n')
    w('\t<footer id="colophon" class="site-footer"><div class="container"><div class="site-info"><p><strong>HỘI NÔNG DÂN TỈNH ĐỒNG THÁP</strong></p><p>Địa chỉ: Số 12 đường 30/4, phường Cao Lãnh, tỉnh Đồng Tháp</p><p>Điện thoại: 0277.3851.%03d - Email: hoinongdan@dongthap.gov.vn</p></div><div class="powered">Vận hành bởi WordPress</div></div></footer>\n</div><!-- #page -->\n' % r.randint(0, 999))
    w('<script src="%s/wp-content/themes/hnd-dongthap/js/navigation.js?ver=1.4.2" id="hnd-navigation-js"></script>\n<script>' % host + js_blob(r, 15, "hnd") + '</script>\n</body>\n</html>\n')
    return "".join(out), {"kind": "not_found", "platform": "wordpress", "url": url, "charset": "utf-8"}


@page("n04")
def n04():
    r = rng("n04")
    host = "https://hacthanh.thanhhoa.gov.vn"
    url = "%s/tin-tuc-su-kien/-/asset_publisher/%s/content/phuong-hac-thanh-ra-quan-tong-ve-sinh-moi-truong" % (host, alnum(r, 12))
    key = hexs(r, 32)
    arr = ",".join("0x%02x" % r.getrandbits(8) for _ in range(900))
    out = []
    w = out.append
    w('<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">\n<meta name="robots" content="noindex, nofollow">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>Đang kiểm tra trình duyệt...</title>\n')
    w('<style>\nhtml,body{height:100%;margin:0;font-family:Arial,Helvetica,sans-serif;background:#f5f6f8;color:#333}\n.wrap{display:flex;align-items:center;justify-content:center;height:100%}\n.box{max-width:520px;text-align:center;padding:32px;background:#fff;border-radius:8px;box-shadow:0 2px 12px rgba(0,0,0,.08)}\n.spin{width:42px;height:42px;margin:0 auto 18px;border:4px solid #dfe3e8;border-top-color:#c62828;border-radius:50%;animation:s 1s linear infinite}\n@keyframes s{to{transform:rotate(360deg)}}\n.small{font-size:12px;color:#888;margin-top:18px}\n</style>\n</head>\n<body>\n')
    w('<div class="wrap"><div class="box"><div class="spin"></div><h1 style="font-size:18px">Vui lòng chờ trong giây lát...</h1><p>Hệ thống đang kiểm tra trình duyệt của bạn trước khi truy cập Cổng thông tin điện tử phường Hạc Thành.</p><p>Trang sẽ tự động chuyển sau khoảng 5 giây.</p><noscript><p style="color:#c62828"><b>Vui lòng bật JavaScript để tiếp tục truy cập.</b></p></noscript><div class="small">Mã yêu cầu: %s &middot; Bảo vệ bởi hệ thống chống tấn công từ chối dịch vụ</div></div></div>\n' % hexs(r, 16).upper())
    w('<script>\n(function(){\nvar _0x5a1c=[%s];\nvar _k="%s";\nfunction _h(s){var h=0x811c9dc5;for(var i=0;i<s.length;i++){h^=s.charCodeAt(i);h=(h*0x01000193)>>>0;}return h.toString(16);}\nfunction _d(a,k){var o="";for(var i=0;i<a.length;i++){o+=String.fromCharCode(a[i]^k.charCodeAt(i%%k.length));}return o;}\nvar t=Date.now();var n=navigator.userAgent+"|"+screen.width+"x"+screen.height+"|"+(new Date().getTimezoneOffset());\nvar c=_h(n+_k+_d(_0x5a1c.slice(0,64),_k));\nsetTimeout(function(){document.cookie="__vnpt_ddos="+c+"."+t.toString(36)+"; path=/; max-age=3600; SameSite=Lax";location.reload();},4500);\n})();\n</script>\n</body>\n</html>\n' % (arr, key))
    return "".join(out), {"kind": "challenge", "platform": "anti-ddos javascript challenge (in front of liferay)", "url": url, "charset": None}


# ---------------------------------------------------------------------------
# main
# ---------------------------------------------------------------------------

def main():
    out = sys.argv[1] if len(sys.argv) > 1 else HERE
    os.makedirs(out, exist_ok=True)
    for name in sorted(PAGES):
        doc, meta = PAGES[name]()
        if isinstance(doc, str):
            doc = doc.encode("utf-8")
        with open(os.path.join(out, name + ".html"), "wb") as f:
            f.write(doc)
        with open(os.path.join(out, name + ".json"), "w", encoding="utf-8") as f:
            f.write(json.dumps(meta, ensure_ascii=False, indent=1) + "\n")


if __name__ == "__main__":
    main()
