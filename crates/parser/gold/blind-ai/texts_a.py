# Article texts for blind-ai (i01-i10), written by hand. Invented names and figures.
# Line codes: "L:" lead, "H:" heading, "- " list item, "C:" caption, "Q:" quotation,
# "T:" table row (cells split by " | "), anything else a paragraph.
A = {}
A["i01"] = dict(
title="Tuyên Quang khởi công tuyến đường liên xã Minh Quang – Lâm Bình",
text="""L:Sáng 20/11, UBND tỉnh Tuyên Quang tổ chức lễ khởi công tuyến đường liên xã nối xã Minh Quang với xã Lâm Bình, tổng mức đầu tư hơn 412 tỷ đồng, dự kiến hoàn thành trong quý IV năm 2028.
Tuyến đường có chiều dài 23,6 km, đi qua địa bàn các xã Minh Quang, Thượng Lâm và Lâm Bình, trong đó có 7,2 km đi theo tuyến đường cũ được nâng cấp, mở rộng và 16,4 km làm mới hoàn toàn. Mặt đường rộng 7,5 m, nền đường 9 m, kết cấu bê tông nhựa, thiết kế theo tiêu chuẩn đường cấp IV miền núi. Trên tuyến có 3 cầu bê tông cốt thép và 41 cống thoát nước ngang.
Phát biểu tại lễ khởi công, đồng chí Hoàng Văn Thịnh, Phó Chủ tịch UBND tỉnh cho biết, đây là công trình được nhân dân vùng cao mong đợi nhiều năm. Khi hoàn thành, tuyến đường sẽ rút ngắn khoảng 35 km quãng đường từ trung tâm xã Lâm Bình về khu vực phía Nam của tỉnh, tạo động lực phát triển du lịch lòng hồ Na Hang và vận chuyển nông sản, lâm sản của người dân.
C:Đồng chí Hoàng Văn Thịnh, Phó Chủ tịch UBND tỉnh phát biểu tại lễ khởi công. Ảnh: Minh Khuê
H:Bảo đảm tiến độ giải phóng mặt bằng
Theo Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh, dự án ảnh hưởng đến 318 hộ dân với tổng diện tích đất thu hồi khoảng 46,8 ha. Đến nay, các xã đã hoàn thành kiểm đếm 291 hộ, đạt hơn 91%; đã chi trả tiền bồi thường cho 204 hộ với số tiền trên 38 tỷ đồng.
Phó Chủ tịch UBND tỉnh yêu cầu chủ đầu tư và nhà thầu tập trung nhân lực, máy móc, thi công đúng thiết kế, bảo đảm an toàn lao động và vệ sinh môi trường. UBND các xã liên quan cần phối hợp chặt chẽ, tuyên truyền, vận động nhân dân đồng thuận bàn giao mặt bằng, không để xảy ra tình trạng khiếu kiện kéo dài.
Ông Ma Văn Páo, người dân thôn Nà Khà, xã Lâm Bình chia sẻ: “Mấy chục năm nay, mùa mưa đường trơn, xe chở quế, chở gỗ ra không được. Nay có đường mới, bà con rất phấn khởi và sẵn sàng nhường đất để làm đường”.""")

A["i02"] = dict(
title="Sở Nội vụ tỉnh Lào Cai triển khai đánh giá cán bộ, công chức cấp xã năm 2026",
text="""L:Chiều 17/11, Sở Nội vụ tỉnh Lào Cai tổ chức hội nghị trực tuyến hướng dẫn đánh giá, xếp loại chất lượng cán bộ, công chức cấp xã năm 2026 đến 99 xã, phường trên địa bàn tỉnh.
Đây là năm đầu tiên việc đánh giá được thực hiện đầy đủ theo mô hình chính quyền địa phương hai cấp, sau hơn một năm các xã, phường mới đi vào hoạt động. Tổng số cán bộ, công chức cấp xã thuộc diện đánh giá là 3.864 người, trong đó có 1.217 người được điều động từ các huyện, thành phố, thị xã cũ về công tác tại cấp xã.
Tại hội nghị, đồng chí Lương Thị Hạnh, Phó Giám đốc Sở Nội vụ quán triệt yêu cầu đánh giá phải gắn với kết quả thực hiện nhiệm vụ được giao, lấy sản phẩm cụ thể và mức độ hài lòng của người dân, doanh nghiệp làm thước đo. Việc đánh giá được thực hiện trên phần mềm quản lý cán bộ của tỉnh, có lưu vết từng bước, từ tự đánh giá của cá nhân đến nhận xét của người đứng đầu.
Các tiêu chí chính được hướng dẫn gồm:
- Mức độ hoàn thành chỉ tiêu, nhiệm vụ theo kế hoạch công tác năm;
- Tỷ lệ hồ sơ thủ tục hành chính được giải quyết đúng và trước hạn;
- Kết quả khảo sát sự hài lòng của người dân tại Trung tâm Phục vụ hành chính công cấp xã;
- Việc chấp hành kỷ luật, kỷ cương hành chính và văn hóa công vụ.
Sở Nội vụ đề nghị Chủ tịch UBND các xã, phường hoàn thành việc đánh giá trước ngày 15/12/2026 và gửi kết quả về Sở trước ngày 25/12/2026. Tỷ lệ cán bộ, công chức được xếp loại “Hoàn thành xuất sắc nhiệm vụ” không vượt quá 20% số được xếp loại “Hoàn thành tốt nhiệm vụ” trở lên của từng cơ quan.
C:Quang cảnh hội nghị tại điểm cầu Sở Nội vụ.
Trao đổi tại hội nghị, đại diện một số xã vùng cao như Bản Lầu, Mường Khương, Si Ma Cai đề nghị Sở sớm có hướng dẫn cụ thể về cách tính tỷ lệ hồ sơ đúng hạn đối với những thủ tục liên thông nhiều cấp. Lãnh đạo Sở Nội vụ đã tiếp thu và cho biết sẽ ban hành văn bản hướng dẫn bổ sung trong tuần tới.""")

A["i03"] = dict(
title="Thái Nguyên: Hơn 2.100 ha chè được cấp mã số vùng trồng",
text="""Theo Sở Nông nghiệp và Môi trường tỉnh Thái Nguyên, đến giữa tháng 11/2026, toàn tỉnh đã có 2.148 ha chè được cấp mã số vùng trồng, tăng 612 ha so với cuối năm 2025. Các vùng chè được cấp mã số tập trung ở các xã Tân Cương, Phúc Xuân, La Bằng, Trại Cau và phường Sông Công.
Việc cấp mã số vùng trồng giúp truy xuất nguồn gốc sản phẩm, đáp ứng yêu cầu của các thị trường xuất khẩu khó tính như Nhật Bản, Liên minh châu Âu và Trung Đông. Mỗi vùng trồng được lập hồ sơ về diện tích, giống chè, nhật ký sử dụng phân bón, thuốc bảo vệ thực vật và được kiểm tra định kỳ.
Bà Đỗ Thị Loan, Giám đốc Hợp tác xã chè Hảo Đạt, xã Tân Cương cho biết, sau khi có mã số vùng trồng, hợp tác xã đã ký được hợp đồng xuất khẩu 18 tấn chè xanh sang Đài Loan (Trung Quốc) với giá cao hơn khoảng 15% so với bán trong nước. Các thành viên hợp tác xã cũng thay đổi thói quen canh tác, ghi chép nhật ký đầy đủ và chỉ dùng thuốc sinh học.
Để duy trì mã số, các vùng trồng phải tuân thủ nghiêm quy trình sản xuất đã đăng ký. Năm 2026, cơ quan chuyên môn đã thu hồi mã số của 2 vùng trồng với tổng diện tích 27 ha do không duy trì được điều kiện về nhật ký canh tác.
Thời gian tới, tỉnh phấn đấu đến năm 2030 có ít nhất 5.000 ha chè được cấp mã số vùng trồng, gắn với xây dựng thương hiệu chè Thái Nguyên trên các sàn thương mại điện tử và phát triển du lịch trải nghiệm tại các làng chè truyền thống.""")

A["i04"] = dict(
title="Sở Y tế Đắk Lắk tăng cường phòng, chống sốt xuất huyết cuối mùa mưa",
text="""L:Từ đầu năm đến ngày 16/11/2026, toàn tỉnh Đắk Lắk ghi nhận 4.217 ca mắc sốt xuất huyết, giảm 18% so với cùng kỳ năm 2025, không có trường hợp tử vong.
Tuy số ca mắc giảm, Sở Y tế nhận định nguy cơ bùng phát dịch vẫn còn cao trong những tuần cuối mùa mưa, nhất là tại các phường Buôn Ma Thuột, Tân An, Tuy Hòa và các xã ven biển phía Đông của tỉnh. Trong tháng 10 và nửa đầu tháng 11, số ca mắc mới trung bình mỗi tuần vẫn ở mức 160 đến 190 ca.
Để chủ động kiểm soát dịch, Sở Y tế yêu cầu Trung tâm Kiểm soát bệnh tật tỉnh phối hợp với các trạm y tế xã, phường thực hiện các biện pháp sau:
- Tổ chức chiến dịch diệt lăng quăng, bọ gậy tại 100% hộ gia đình ở các ổ dịch cũ;
- Phun hóa chất diệt muỗi chủ động tại các khu vực có chỉ số côn trùng vượt ngưỡng;
- Giám sát chặt chẽ ca bệnh, xử lý ổ dịch trong vòng 48 giờ kể từ khi phát hiện;
- Bảo đảm thuốc, dịch truyền và giường bệnh tại các cơ sở khám bệnh, chữa bệnh.
C:Nhân viên y tế phường Tân An hướng dẫn người dân diệt lăng quăng tại hộ gia đình.
Bác sĩ Nguyễn Hữu Phước, Phó Giám đốc Trung tâm Kiểm soát bệnh tật tỉnh khuyến cáo, người dân khi có biểu hiện sốt cao liên tục, đau đầu, đau nhức cơ thể, xuất hiện chấm xuất huyết dưới da cần đến ngay cơ sở y tế để được khám và theo dõi, không tự ý điều trị tại nhà.
Sở Y tế cũng đề nghị UBND các xã, phường chỉ đạo các đoàn thể ở cơ sở tham gia tổng vệ sinh môi trường vào sáng thứ Bảy hằng tuần, thu gom vật dụng phế thải chứa nước, đậy kín các dụng cụ chứa nước sinh hoạt.""")

A["i05"] = dict(
title="Gia Lai đẩy mạnh chuyển đổi số trong giải quyết thủ tục hành chính cấp xã",
text="""L:Sau hơn 16 tháng vận hành chính quyền địa phương hai cấp, tỷ lệ hồ sơ thủ tục hành chính nộp trực tuyến tại các xã, phường, đặc khu của tỉnh Gia Lai đạt 71,4%, vượt chỉ tiêu tỉnh giao.
Theo báo cáo của Văn phòng UBND tỉnh, trong 10 tháng năm 2026, Trung tâm Phục vụ hành chính công của 135 xã, phường, đặc khu đã tiếp nhận 486.209 hồ sơ, trong đó 347.153 hồ sơ nộp trực tuyến. Tỷ lệ hồ sơ giải quyết đúng và trước hạn đạt 98,2%.
Nhiều địa phương đã có cách làm sáng tạo để đưa dịch vụ công trực tuyến đến với người dân. Phường Quy Nhơn Nam thành lập tổ công nghệ số cộng đồng ở tất cả 24 khu phố, hỗ trợ người dân cài đặt ứng dụng định danh điện tử và nộp hồ sơ ngay tại nhà. Xã Ia Grai bố trí máy tính, máy quét tại nhà văn hóa các làng để đồng bào dân tộc thiểu số không phải đi xa.
H:Còn khoảng cách giữa vùng thuận lợi và vùng khó khăn
Tuy vậy, mức độ chuyển đổi số giữa các địa phương còn chênh lệch lớn. Một số xã vùng sâu, vùng xa như Krong, Ia Púch, Đak Rong có tỷ lệ hồ sơ trực tuyến dưới 40% do hạ tầng viễn thông chưa ổn định và một bộ phận người dân chưa có điện thoại thông minh.
T:Khu vực | Số hồ sơ tiếp nhận | Tỷ lệ trực tuyến
T:Các phường | 201.774 | 84,6%
T:Các xã khu vực phía Đông | 163.092 | 69,1%
T:Các xã khu vực phía Tây | 121.343 | 52,8%
Ông Trần Quốc Hưng, Chánh Văn phòng UBND tỉnh cho biết, thời gian tới tỉnh sẽ phối hợp với các doanh nghiệp viễn thông phủ sóng di động tại 37 thôn, làng còn “vùng lõm”, đồng thời tiếp tục rà soát, tái cấu trúc quy trình để cắt giảm thành phần hồ sơ, không yêu cầu người dân nộp lại giấy tờ đã có trong cơ sở dữ liệu.
C:Người dân làm thủ tục tại Trung tâm Phục vụ hành chính công phường Pleiku.""")

A["i06"] = dict(
title="Ninh Bình tổ chức Hội thi giáo viên dạy giỏi cấp tỉnh bậc THCS năm học 2026-2027",
text="""Từ ngày 9 đến 13/11/2026, Sở Giáo dục và Đào tạo tỉnh Ninh Bình tổ chức Hội thi giáo viên dạy giỏi cấp tỉnh bậc trung học cơ sở năm học 2026-2027 tại Trường THCS Trương Hán Siêu, phường Hoa Lư.
Tham gia hội thi có 264 giáo viên đến từ 112 trường trung học cơ sở trên địa bàn tỉnh, dự thi ở 12 môn học và hoạt động giáo dục. Mỗi giáo viên phải trình bày biện pháp nâng cao chất lượng giảng dạy và thực hiện hai tiết dạy trên lớp, trong đó có một tiết được bốc thăm trước 24 giờ.
Năm nay, lần đầu tiên ban tổ chức đưa nội dung ứng dụng trí tuệ nhân tạo trong thiết kế bài dạy vào tiêu chí chấm điểm. Nhiều giáo viên đã sử dụng các công cụ số để xây dựng học liệu, tổ chức cho học sinh thảo luận nhóm và tự đánh giá kết quả học tập ngay trong tiết học.
Cô giáo Phạm Thị Thu Trang, Trường THCS Nam Định, phường Nam Định, dự thi môn Ngữ văn chia sẻ, việc chuẩn bị bài dạy trong thời gian ngắn đòi hỏi giáo viên phải nắm chắc chương trình và linh hoạt xử lý tình huống sư phạm. Theo cô, hội thi là dịp để giáo viên ba địa phương cũ học hỏi phương pháp của nhau sau khi hợp nhất tỉnh.
Kết quả, ban tổ chức công nhận 198 giáo viên đạt danh hiệu giáo viên dạy giỏi cấp tỉnh, trong đó 31 giáo viên đạt thành tích xuất sắc. Sở Giáo dục và Đào tạo sẽ tổ chức trao giấy chứng nhận vào dịp kỷ niệm Ngày Nhà giáo Việt Nam 20/11.""")

A["i07"] = dict(
title="Hội Nông dân tỉnh Đồng Tháp tập huấn sản xuất lúa giảm phát thải",
text="""L:Trong hai ngày 13 và 14/11, Hội Nông dân tỉnh Đồng Tháp phối hợp với Trung tâm Khuyến nông tỉnh tổ chức lớp tập huấn kỹ thuật sản xuất lúa chất lượng cao, giảm phát thải cho hơn 120 hội viên nông dân tại xã Tháp Mười.
Lớp tập huấn nằm trong kế hoạch thực hiện Đề án phát triển bền vững một triệu héc ta chuyên canh lúa chất lượng cao, phát thải thấp gắn với tăng trưởng xanh vùng đồng bằng sông Cửu Long. Tại lớp học, các giảng viên đã hướng dẫn nông dân kỹ thuật tưới ngập khô xen kẽ, giảm lượng giống gieo sạ, bón phân cân đối và xử lý rơm rạ sau thu hoạch thay cho đốt đồng.
Theo tính toán của Trung tâm Khuyến nông tỉnh, áp dụng đồng bộ các biện pháp này giúp giảm 30 đến 40% lượng giống, giảm khoảng 20% lượng phân đạm, tiết kiệm nước tưới và giảm phát thải khí nhà kính khoảng 2,5 tấn CO2 tương đương trên mỗi héc ta trong một vụ.
C:Hội viên nông dân xã Tháp Mười thực hành đo mực nước trên ruộng lúa.
Ông Nguyễn Văn Tư, hội viên ấp Mỹ Phước cho biết, vụ Hè Thu vừa qua gia đình ông thử áp dụng trên 2 ha, lợi nhuận tăng gần 4 triệu đồng mỗi héc ta so với cách làm cũ nhờ giảm chi phí đầu vào. Vụ Đông Xuân tới, ông sẽ áp dụng trên toàn bộ 5 ha ruộng của gia đình.
Dịp này, Hội Nông dân tỉnh cũng giới thiệu mô hình liên kết tiêu thụ lúa với các doanh nghiệp, hướng dẫn hội viên tham gia tổ hợp tác để được hỗ trợ vật tư và bao tiêu sản phẩm theo hợp đồng.""")

A["i08"] = dict(
title="Nghệ An: Lễ hội Làng Sen năm 2026 thu hút hơn 25.000 lượt khách",
text="""Lễ hội Làng Sen năm 2026 diễn ra từ ngày 15 đến 19/5 tại Khu di tích quốc gia đặc biệt Kim Liên, xã Kim Liên, đã thu hút hơn 25.000 lượt khách trong và ngoài tỉnh về dâng hương, tưởng niệm Chủ tịch Hồ Chí Minh.
Chương trình lễ hội năm nay có nhiều hoạt động văn hóa, thể thao đặc sắc như hội thi hát dân ca ví, giặm; trưng bày ảnh tư liệu về Chủ tịch Hồ Chí Minh với quê hương Nghệ An; các trò chơi dân gian kéo co, đánh đu, cờ người và không gian ẩm thực với các món ăn truyền thống của xứ Nghệ.
Điểm nhấn của lễ hội là chương trình nghệ thuật “Sen vàng quê Bác” được tổ chức tại sân vận động xã Kim Liên vào tối 18/5, với sự tham gia của gần 300 diễn viên, nghệ nhân và học sinh. Chương trình được truyền hình trực tiếp trên sóng Đài Phát thanh và Truyền hình tỉnh.
Ban tổ chức đã bố trí các điểm trông giữ xe miễn phí, lực lượng hướng dẫn du khách và đội y tế thường trực trong suốt thời gian diễn ra lễ hội. Công tác bảo đảm an ninh trật tự, vệ sinh an toàn thực phẩm được thực hiện chặt chẽ, không để xảy ra sự cố.
Theo Trung tâm Thông tin, Xúc tiến du lịch tỉnh, tổng doanh thu từ dịch vụ lưu trú, ăn uống và quà lưu niệm trong 5 ngày lễ hội ước đạt 18 tỷ đồng, tăng 12% so với năm trước.""")

A["i09"] = dict(
title="Quảng Ninh: Đặc khu Vân Đồn đón tàu biển quốc tế đầu tiên mùa du lịch 2026-2027",
text="""L:Sáng 10/11, tàu biển du lịch quốc tế Silver Coral mang quốc tịch Bahamas cùng 1.186 du khách và 540 thuyền viên đã cập cảng khách quốc tế Ao Tiên, đặc khu Vân Đồn, mở đầu mùa du lịch tàu biển 2026-2027 của tỉnh Quảng Ninh.
Du khách trên tàu chủ yếu đến từ Mỹ, Canada, Australia và một số nước châu Âu. Trong thời gian lưu lại, du khách tham quan vịnh Bái Tử Long, các đảo Quan Lạn, Minh Châu và trải nghiệm ẩm thực hải sản tại chợ Cái Rồng.
Phát biểu chào mừng, ông Vũ Đình Khải, Trưởng Ban Quản lý Khu kinh tế Vân Đồn cho biết, mùa du lịch năm nay, cảng Ao Tiên dự kiến đón 46 chuyến tàu biển quốc tế với khoảng 58.000 lượt khách, tăng gần gấp đôi so với mùa trước.
T:Chỉ tiêu | Mùa 2025-2026 | Mùa 2026-2027 (dự kiến)
T:Số chuyến tàu | 24 | 46
T:Lượt khách | 29.700 | 58.000
T:Doanh thu dịch vụ (tỷ đồng) | 71 | 135
C:Du khách quốc tế xuống tàu tại cảng Ao Tiên.
Để phục vụ tốt du khách, đặc khu Vân Đồn đã nâng cấp khu vực đón tiếp tại cảng, bổ sung 60 xe điện đưa đón và đào tạo 120 hướng dẫn viên có khả năng sử dụng tiếng Anh, tiếng Pháp. Các cơ sở dịch vụ trên địa bàn được yêu cầu niêm yết giá công khai, bảo đảm vệ sinh môi trường và an toàn cho khách.
Ông Vũ Đình Khải cho biết thêm, tỉnh đang kêu gọi đầu tư mở rộng cầu cảng để có thể đón tàu có trọng tải trên 100.000 GT từ năm 2028, hướng tới đưa Vân Đồn trở thành điểm dừng chân quan trọng của các hãng tàu biển trong khu vực.""")

A["i10"] = dict(
title="Công an tỉnh Lâm Đồng ra quân bảo đảm trật tự an toàn giao thông cuối năm",
text="""L:Sáng 19/11, Công an tỉnh Lâm Đồng tổ chức lễ ra quân cao điểm bảo đảm trật tự an toàn giao thông dịp cuối năm 2026 và Tết Nguyên đán Đinh Mùi 2027.
Đợt cao điểm kéo dài từ ngày 20/11/2026 đến hết ngày 28/2/2027. Lực lượng Cảnh sát giao thông, Cảnh sát trật tự và Công an các xã, phường, đặc khu sẽ tập trung kiểm tra, xử lý các hành vi vi phạm là nguyên nhân trực tiếp gây tai nạn giao thông.
Trọng tâm kiểm tra gồm các hành vi vi phạm nồng độ cồn, sử dụng ma túy khi điều khiển phương tiện, chạy quá tốc độ, chở hàng quá tải trọng, đi không đúng phần đường, làn đường. Việc tuần tra được tăng cường trên các tuyến quốc lộ 20, 27, 28 và đường cao tốc, nhất là các đèo Bảo Lộc, Prenn, Khánh Lê và tuyến ven biển đặc khu Phú Quý.
Theo số liệu của Phòng Cảnh sát giao thông, 10 tháng năm 2026, trên địa bàn tỉnh xảy ra 286 vụ tai nạn giao thông, làm chết 174 người, bị thương 203 người; so với cùng kỳ giảm 21 vụ, giảm 13 người chết. Lực lượng chức năng đã phát hiện, xử lý hơn 92.000 trường hợp vi phạm, phạt tiền trên 148 tỷ đồng.
C:Lực lượng tham gia lễ ra quân tại quảng trường Lâm Viên.
Phát biểu chỉ đạo, Đại tá Trần Văn Lộc, Phó Giám đốc Công an tỉnh yêu cầu cán bộ, chiến sĩ thực thi nhiệm vụ đúng quy trình, văn minh, không để xảy ra tiêu cực; đồng thời đẩy mạnh ứng dụng camera giám sát, xử lý vi phạm qua hình ảnh và tuyên truyền để người dân tự giác chấp hành pháp luật về giao thông.""")
