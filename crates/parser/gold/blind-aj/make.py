# -*- coding: utf-8 -*-
# Hand-written article texts for blind-aj (invented names, figures, quotes).
# Block prefixes: L lead, P paragraph, H subheading, I list item, Q quotation,
# C caption, T table (rows separated by " || ", cells by " | ").
A = {}
A["j01"] = """L Sáng 14/11, Ban Chấp hành Đảng bộ tỉnh Nghệ An khóa XX tổ chức Hội nghị lần thứ tám để cho ý kiến vào dự thảo kế hoạch phát triển kinh tế - xã hội năm 2027 và một số nội dung quan trọng khác.
P Đồng chí Phan Đức Thiện, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy chủ trì hội nghị. Dự hội nghị có các đồng chí trong Ban Thường vụ Tỉnh ủy, Ủy viên Ban Chấp hành Đảng bộ tỉnh, lãnh đạo các ban, sở, ngành và bí thư đảng ủy các xã, phường trên địa bàn.
P Theo báo cáo trình tại hội nghị, mười tháng năm 2026, tổng sản phẩm trên địa bàn tỉnh ước tăng 8,4% so với cùng kỳ; thu ngân sách nhà nước đạt 21.350 tỷ đồng, bằng 96,2% dự toán năm. Tỉnh thu hút 46 dự án đầu tư mới với tổng vốn đăng ký hơn 1,1 tỷ USD, chủ yếu vào các khu công nghiệp ở phía Nam.
P Sau hơn một năm vận hành chính quyền địa phương hai cấp, bộ máy ở 130 xã, phường đã đi vào nền nếp. Tỷ lệ hồ sơ thủ tục hành chính giải quyết đúng hạn đạt 98,7%, trong đó 71% hồ sơ được tiếp nhận trực tuyến.
H Ba nhóm nhiệm vụ trọng tâm năm 2027
P Dự thảo kế hoạch xác định năm 2027 tiếp tục tập trung vào các nhóm nhiệm vụ sau:
I Hoàn thiện thể chế, nâng cao năng lực điều hành của chính quyền cấp xã, nhất là ở các xã miền núi phía Tây.
I Đẩy nhanh tiến độ các dự án hạ tầng giao thông kết nối, giải ngân vốn đầu tư công đạt trên 95% kế hoạch.
I Chăm lo đời sống Nhân dân, giảm tỷ lệ hộ nghèo đa chiều ít nhất 1,5 điểm phần trăm.
P Thảo luận tại hội nghị, nhiều ý kiến đề nghị làm rõ nguồn lực cho việc sắp xếp, bố trí trụ sở dôi dư sau khi hợp nhất đơn vị hành chính; đồng thời kiến nghị có cơ chế khuyến khích cán bộ trẻ về công tác tại các xã vùng cao như Tri Lễ, Nậm Cắn, Mường Típ.
C Đồng chí Bí thư Tỉnh ủy phát biểu kết luận hội nghị.
P Kết luận hội nghị, đồng chí Bí thư Tỉnh ủy yêu cầu các cấp ủy, tổ chức đảng bám sát mục tiêu đã đề ra, không để xảy ra tình trạng đùn đẩy trách nhiệm. "Mỗi chỉ tiêu phải có địa chỉ, có người chịu trách nhiệm và có thời hạn hoàn thành cụ thể", đồng chí nhấn mạnh.
P Hội nghị cũng đã thống nhất cao việc ban hành Nghị quyết về phát triển kinh tế - xã hội năm 2027 và giao Ban Thường vụ Tỉnh ủy chỉ đạo hoàn thiện các văn bản trước khi trình kỳ họp Hội đồng nhân dân tỉnh cuối năm."""

A["j02"] = """P Ngày 10/10, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Thanh Hóa tổ chức hội nghị tổng kết 5 năm thực hiện cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" giai đoạn 2021 - 2026.
P Theo báo cáo, trong 5 năm qua, Mặt trận các cấp đã phối hợp vận động Nhân dân hiến hơn 1,2 triệu mét vuông đất, đóng góp trên 3.400 ngày công để làm đường giao thông nông thôn, kênh mương nội đồng và nhà văn hóa thôn, khu phố. Tổng giá trị đóng góp của Nhân dân ước đạt 1.870 tỷ đồng.
P Từ nguồn Quỹ "Vì người nghèo" các cấp, toàn tỉnh đã hỗ trợ xây mới và sửa chữa 6.215 nhà đại đoàn kết cho hộ nghèo, hộ có hoàn cảnh khó khăn. Nhiều mô hình hay như "Tổ tự quản đường làng", "Khu dân cư không rác thải nhựa", "Camera an ninh vì cộng đồng" được nhân rộng ở các xã, phường.
P Phát biểu tại hội nghị, bà Lê Thị Thanh Hương, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh cho rằng kết quả lớn nhất của cuộc vận động là đã khơi dậy được tinh thần tự quản, tự giác của người dân. Tuy nhiên, ở một số nơi việc vận động còn nặng về hình thức, chưa gắn với nhu cầu thực tế của cộng đồng dân cư.
C Lãnh đạo Ủy ban MTTQ Việt Nam tỉnh trao Bằng khen cho các tập thể có thành tích xuất sắc.
P Giai đoạn tới, Mặt trận tỉnh đặt mục tiêu mỗi khu dân cư có ít nhất một công trình, phần việc do Nhân dân tự quản; 100% xã, phường tổ chức đối thoại định kỳ giữa người đứng đầu cấp ủy, chính quyền với Nhân dân; tiếp tục phát huy vai trò của người có uy tín trong đồng bào dân tộc thiểu số.
P Dịp này, 42 tập thể và 57 cá nhân có thành tích tiêu biểu trong thực hiện cuộc vận động được Ủy ban MTTQ Việt Nam tỉnh tặng Bằng khen. Trong đó có ông Hà Văn Chiến, người dân thôn Bản Lát, xã Trung Lý, đã hiến gần 800 mét vuông đất để mở rộng đường liên thôn và vận động thêm 14 hộ gia đình cùng tham gia.
P Hội nghị cũng đã phát động đợt thi đua cao điểm chào mừng Đại hội đại biểu MTTQ Việt Nam tỉnh lần thứ nhất sau hợp nhất các tổ chức chính trị - xã hội vào Mặt trận."""

A["j03"] = """L Sáng 3/9, Đảng ủy phường Tân An tổ chức hội nghị sơ kết công tác xây dựng tổ chức cơ sở đảng và đảng viên sau một năm thực hiện mô hình chính quyền địa phương hai cấp.
P Phường Tân An được thành lập trên cơ sở nhập ba phường Tân An, An Lạc và Bình Hòa (cũ). Đảng bộ phường hiện có 37 chi bộ trực thuộc với 1.264 đảng viên, trong đó 22 chi bộ khu phố, 9 chi bộ cơ quan và trường học, 6 chi bộ doanh nghiệp.
P Trong năm qua, Đảng ủy phường đã kiện toàn 11 chi bộ khu phố sau sắp xếp, bố trí bí thư chi bộ đồng thời là trưởng khu phố ở 18/22 khu phố. Việc sinh hoạt chi bộ định kỳ được duy trì đều đặn, nội dung sinh hoạt chuyên đề bám sát các vấn đề nóng ở cơ sở như trật tự đô thị, vệ sinh môi trường và phòng, chống ma túy.
P Công tác phát triển đảng viên có chuyển biến rõ nét. Từ tháng 7/2025 đến nay, Đảng bộ kết nạp được 46 đảng viên mới, trong đó 29 đảng viên là đoàn viên thanh niên và 5 đảng viên là công nhân trong doanh nghiệp ngoài nhà nước.
H Còn khó khăn ở chi bộ khu phố đông dân
P Bên cạnh kết quả đạt được, hội nghị cũng chỉ ra một số hạn chế. Một số chi bộ khu phố có trên 80 đảng viên, phần lớn là đảng viên cao tuổi, nên việc phân công nhiệm vụ và quản lý đảng viên nơi cư trú gặp nhiều khó khăn. Tỷ lệ đảng viên sử dụng ứng dụng Sổ tay đảng viên điện tử mới đạt 64%.
P Phát biểu chỉ đạo, đồng chí Trần Quốc Bảo, Bí thư Đảng ủy phường đề nghị các chi bộ nghiên cứu phương án tách chi bộ có quá đông đảng viên, đồng thời phân công đảng viên trẻ hướng dẫn các đảng viên lớn tuổi sử dụng ứng dụng số.
P Dịp này, Đảng ủy phường khen thưởng 6 chi bộ và 12 đảng viên hoàn thành xuất sắc nhiệm vụ; trao Huy hiệu 50 năm tuổi Đảng cho 3 đồng chí sinh hoạt tại chi bộ khu phố 4 và khu phố 7."""

A["j04"] = """P Hưởng ứng Tháng hành động vì bình đẳng giới, ngày 7/8, Hội Liên hiệp Phụ nữ tỉnh Lào Cai phối hợp với Ủy ban nhân dân xã Bắc Hà tổ chức chương trình "Phụ nữ vùng cao nói không với tảo hôn" tại chợ phiên Bắc Hà.
P Gần 500 hội viên, phụ nữ và học sinh người Mông, Dao, Tày trên địa bàn đã tham gia chương trình. Các nội dung tuyên truyền được thể hiện qua tiểu phẩm, hát dân ca và trò chơi hỏi đáp bằng cả tiếng phổ thông và tiếng dân tộc để bà con dễ tiếp nhận.
P Theo số liệu của Hội Liên hiệp Phụ nữ tỉnh, năm 2025 toàn tỉnh còn ghi nhận 112 trường hợp tảo hôn, giảm 37 trường hợp so với năm trước nhưng vẫn tập trung ở các xã vùng cao như Si Ma Cai, Mường Khương, Bát Xát và Mù Cang Chải.
C Tiểu phẩm tuyên truyền về tác hại của tảo hôn do Câu lạc bộ "Thủ lĩnh của sự thay đổi" xã Bắc Hà biểu diễn.
P Chị Giàng Thị Mai, 16 tuổi, học sinh Trường Phổ thông dân tộc bán trú THCS Bắc Hà chia sẻ: "Trước đây nhiều bạn trong bản nghỉ học lấy chồng từ năm 15 tuổi. Từ khi tham gia câu lạc bộ, em hiểu hơn về quyền của mình và mạnh dạn nói chuyện với bố mẹ về việc tiếp tục đi học".
P Bà Nguyễn Thị Hồng Vân, Phó Chủ tịch Hội Liên hiệp Phụ nữ tỉnh cho biết, thời gian tới Hội tiếp tục duy trì 86 câu lạc bộ "Thủ lĩnh của sự thay đổi" trong trường học, đồng thời phối hợp với trưởng thôn, người có uy tín và chức sắc tôn giáo để vận động từng gia đình.
P Tại chương trình, Hội Liên hiệp Phụ nữ tỉnh trao 20 suất học bổng, mỗi suất trị giá 2 triệu đồng, cho các nữ sinh có hoàn cảnh khó khăn vượt khó học tốt; tặng 50 bộ sách tuyên truyền song ngữ Việt - Mông cho thư viện của nhà trường và Nhà văn hóa xã."""

A["j05"] = """P Thực hiện Kế hoạch của Ban Thường vụ Tỉnh ủy về học tập, quán triệt và triển khai các nghị quyết, chỉ thị của Đảng, ngày 20/7, Ban Tuyên giáo và Dân vận Tỉnh ủy Hà Tĩnh tổ chức hội nghị tập huấn nghiệp vụ cho đội ngũ báo cáo viên cấp tỉnh và cán bộ làm công tác tuyên giáo, dân vận ở các xã, phường.
P Hơn 250 học viên tham gia tập huấn, trong đó có trưởng, phó ban xây dựng đảng của 69 đảng ủy xã, phường và các đảng bộ trực thuộc Tỉnh ủy. Đây là lần đầu tiên ban tổ chức lớp tập huấn chung cho cả hai mảng công tác tuyên giáo và dân vận sau khi hợp nhất hai cơ quan tham mưu của Tỉnh ủy.
P Tại hội nghị, các học viên được nghe báo cáo viên trình bày các chuyên đề về kỹ năng nắm bắt, định hướng dư luận xã hội; phương pháp đấu tranh phản bác các quan điểm sai trái, thù địch trên không gian mạng; kỹ năng tuyên truyền miệng và kỹ năng dân vận khéo trong giải quyết các vụ việc phức tạp ở cơ sở.
P Trình bày chuyên đề, TS. Lê Văn Cường, Phó Trưởng ban Tuyên giáo và Dân vận Tỉnh ủy nhấn mạnh, trong bối cảnh thông tin lan truyền rất nhanh trên mạng xã hội, cán bộ cơ sở cần chủ động cung cấp thông tin chính thống, kịp thời, không để người dân tiếp nhận thông tin một chiều từ các trang thiếu kiểm chứng.
P Báo cáo của Ban cho thấy sáu tháng đầu năm 2026, toàn tỉnh ghi nhận 148 vụ việc dư luận quan tâm, trong đó 131 vụ việc đã được cấp ủy, chính quyền cơ sở tiếp nhận và giải quyết, chiếm 88,5%. Nhiều xã như Đức Thọ, Kỳ Anh, Nghi Xuân đã thành lập nhóm Zalo "Dân hỏi - Xã trả lời" để tiếp nhận ý kiến của Nhân dân.
P Kết thúc tập huấn, các học viên làm bài thu hoạch và được cấp giấy chứng nhận. Ban Tuyên giáo và Dân vận Tỉnh ủy cũng sẽ biên soạn bộ tài liệu hỏi - đáp về các kỹ năng đã tập huấn để cấp phát cho các chi bộ thôn, tổ dân phố trong quý III/2026."""

A["j06"] = """L Trong hai ngày 25 và 26/3, Tỉnh đoàn Quảng Ninh tổ chức chuỗi hoạt động kỷ niệm 95 năm Ngày thành lập Đoàn TNCS Hồ Chí Minh với chủ đề "Thanh niên Quảng Ninh tiên phong chuyển đổi số".
P Mở đầu chuỗi hoạt động là ngày hội "Thanh niên với không gian số" tại Quảng trường 30/10, phường Hạ Long. Tại đây, 40 gian trưng bày của các cơ sở Đoàn, doanh nghiệp trẻ và câu lạc bộ sáng tạo giới thiệu ứng dụng quản lý đoàn viên, sản phẩm OCOP bán trên sàn thương mại điện tử và các mô hình nhà thông minh do học sinh tự chế tạo.
P Theo Ban Thường vụ Tỉnh đoàn, từ đầu năm đến nay, các đội hình thanh niên tình nguyện đã hỗ trợ hơn 23.000 lượt người dân cài đặt và sử dụng ứng dụng định danh điện tử, dịch vụ công trực tuyến; tổ chức 160 lớp "Bình dân học vụ số" cho người cao tuổi ở các xã, phường và đặc khu.
P Anh Đỗ Minh Quân, Bí thư Đoàn xã Tiên Yên cho biết: "Mỗi tối thứ Bảy, các đoàn viên lại ra nhà văn hóa thôn hướng dẫn bà con thanh toán không dùng tiền mặt. Ban đầu các cụ còn ngại, nay nhiều người đã tự nộp tiền điện, tiền nước qua điện thoại".
C Đoàn viên Đoàn xã Tiên Yên hướng dẫn người cao tuổi sử dụng dịch vụ công trực tuyến.
P Trong khuôn khổ kỷ niệm, Tỉnh đoàn đã tuyên dương 95 cán bộ Đoàn, đoàn viên tiêu biểu; trao Giải thưởng "Tuổi trẻ sáng tạo" cho 12 công trình, sáng kiến có giá trị làm lợi ước tính hơn 4 tỷ đồng mỗi năm. Công trình thiết bị cảnh báo sạt lở đất giá rẻ của nhóm học sinh Trường THPT chuyên Hạ Long đạt giải nhất.
P Cũng dịp này, Tỉnh đoàn ra mắt Quỹ học bổng "Vững bước tương lai" với số vốn ban đầu 500 triệu đồng do các doanh nghiệp trẻ đóng góp để hỗ trợ học sinh, sinh viên có hoàn cảnh khó khăn ở đặc khu Cô Tô và các xã biên giới."""

A["j07"] = """P Ngày 4/1, Hội Nông dân tỉnh Đồng Tháp tổng kết mô hình "Tổ hợp tác trồng xoài liên kết tiêu thụ" tại xã Mỹ Xương, sau ba năm triển khai bằng nguồn Quỹ Hỗ trợ nông dân.
P Tổ hợp tác được thành lập năm 2023 với 18 thành viên, diện tích ban đầu 24 ha. Đến nay tổ đã mở rộng lên 31 thành viên, tổng diện tích 42 ha, trong đó 30 ha đạt chứng nhận VietGAP và được cấp mã số vùng trồng phục vụ xuất khẩu.
P Từ nguồn vốn vay 1,5 tỷ đồng của Quỹ Hỗ trợ nông dân, các thành viên đầu tư hệ thống tưới nhỏ giọt, nhà sơ chế và mua chung vật tư đầu vào. Nhờ đó chi phí sản xuất giảm khoảng 12%, năng suất bình quân tăng từ 14 lên 17 tấn/ha/năm.
P Kết quả sản xuất của tổ qua các năm như sau:
T Năm | Diện tích (ha) | Sản lượng (tấn) | Lợi nhuận bình quân (triệu đồng/ha) || 2023 | 24 | 336 | 118 || 2024 | 35 | 560 | 136 || 2025 | 42 | 714 | 151
P Ông Nguyễn Văn Lực, Tổ trưởng tổ hợp tác cho biết, điểm mấu chốt là tổ ký được hợp đồng bao tiêu với một doanh nghiệp xuất khẩu trái cây ở phường Cao Lãnh với giá sàn cao hơn giá thị trường 2.000 đồng/kg. "Bà con không còn cảnh bị thương lái ép giá mỗi khi vào vụ rộ", ông Lực nói.
P Đánh giá mô hình, ông Trương Công Đạt, Phó Chủ tịch Hội Nông dân tỉnh đề nghị Hội Nông dân xã tiếp tục hướng dẫn tổ hợp tác hoàn thiện hồ sơ chuyển đổi thành hợp tác xã, tham gia chương trình OCOP với sản phẩm xoài sấy dẻo.
P Thời gian tới, Hội Nông dân tỉnh sẽ nhân rộng mô hình ra 10 xã có diện tích cây ăn trái lớn, ưu tiên nguồn vốn Quỹ Hỗ trợ nông dân cho các tổ hợp tác có hợp đồng liên kết tiêu thụ ổn định."""

A["j08"] = """L Chiều 30/4, Liên đoàn Lao động tỉnh Bắc Ninh tổ chức Chương trình "Tháng Công nhân" năm 2026 và trao 100 "Mái ấm Công đoàn" cho đoàn viên có hoàn cảnh khó khăn về nhà ở.
P Chương trình diễn ra tại Khu công nghiệp Quang Châu với sự tham gia của hơn 2.000 đoàn viên, người lao động. Chủ đề Tháng Công nhân năm nay là "Đoàn viên Công đoàn làm chủ công nghệ, nâng cao năng suất lao động".
P Ông Nguyễn Văn Thuận, Chủ tịch Liên đoàn Lao động tỉnh cho biết, toàn tỉnh hiện có hơn 510.000 đoàn viên, trong đó trên 80% làm việc trong các doanh nghiệp có vốn đầu tư nước ngoài. Trong bốn tháng đầu năm, các cấp Công đoàn đã tham gia giải quyết 23 vụ tranh chấp lao động tập thể, không để xảy ra ngừng việc kéo dài.
P Mỗi "Mái ấm Công đoàn" được hỗ trợ 50 triệu đồng từ nguồn tài chính công đoàn và đóng góp của các doanh nghiệp. Tổng kinh phí chương trình là 5 tỷ đồng.
P Anh Hoàng Văn Sáng, công nhân Công ty TNHH Điện tử Kim Thành, xúc động chia sẻ: "Vợ chồng tôi ở trọ gần mười năm nay. Có thêm khoản hỗ trợ này, cuối năm chúng tôi có thể hoàn thiện căn nhà nhỏ ở quê để đón hai con về".
C Lãnh đạo Liên đoàn Lao động tỉnh trao biểu trưng "Mái ấm Công đoàn" cho đoàn viên.
P Trong khuôn khổ chương trình, Liên đoàn Lao động tỉnh ký kết thỏa thuận hợp tác với 14 siêu thị, cửa hàng tiện lợi để giảm giá từ 5% đến 15% cho đoàn viên khi xuất trình thẻ đoàn viên điện tử. Các hoạt động khám sức khỏe miễn phí, tư vấn pháp luật và "Phiên chợ Công đoàn" cũng được tổ chức ngay trong khuôn viên khu công nghiệp.
P Dịp này, 50 công nhân tiêu biểu có nhiều sáng kiến cải tiến kỹ thuật được Liên đoàn Lao động tỉnh tặng Bằng khen."""

A["j09"] = """P Sáng 1/9, Hội Cựu chiến binh tỉnh Cao Bằng tổ chức gặp mặt cựu chiến binh tiêu biểu nhân kỷ niệm 81 năm Cách mạng tháng Tám thành công và Quốc khánh nước Cộng hòa xã hội chủ nghĩa Việt Nam.
P Tham dự buổi gặp mặt có 120 hội viên cựu chiến binh tiêu biểu đến từ 56 xã, phường trên địa bàn tỉnh. Nhiều đồng chí đã ngoài tám mươi tuổi, từng tham gia chiến đấu bảo vệ biên giới phía Bắc và làm nhiệm vụ quốc tế.
P Báo cáo tại buổi gặp mặt cho biết, năm qua các cấp Hội đã giúp 214 hội viên thoát nghèo, xây dựng 63 mô hình kinh tế tập thể và trang trại có doanh thu từ 500 triệu đồng trở lên mỗi năm. Hội viên cựu chiến binh cũng là lực lượng nòng cốt trong các tổ tự quản đường biên, mốc giới tại các xã biên giới Trà Lĩnh, Hạ Lang, Quảng Uyên.
P Ông Hoàng Văn Kiên, hội viên Chi hội xã Trùng Khánh, người đã hiến hơn 1.000 mét vuông đất làm đường vào bản, chia sẻ: "Chúng tôi đã đi qua chiến tranh, nay còn sức thì còn góp sức. Con đường làm xong, xe chở hạt dẻ ra chợ thuận lợi, bà con ai cũng mừng".
P Tại buổi gặp mặt, lãnh đạo Hội Cựu chiến binh tỉnh đề nghị các cấp Hội tiếp tục thực hiện tốt phong trào "Cựu chiến binh gương mẫu", tích cực tham gia giáo dục truyền thống cho thế hệ trẻ, phát huy vai trò trong phòng, chống tội phạm và tệ nạn xã hội ở khu dân cư.
P Dịp này, Hội Cựu chiến binh tỉnh tặng quà cho 30 hội viên có hoàn cảnh đặc biệt khó khăn, mỗi suất quà trị giá 1 triệu đồng; đồng thời phát động đợt thi đua ủng hộ xây dựng "Nhà nghĩa tình đồng đội" năm 2026 với mục tiêu hoàn thành 25 căn nhà trước Tết Nguyên đán."""

A["j10"] = """P Ngày 12/12, Đảng ủy xã Tân Văn tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền xã với Nhân dân về công tác quản lý đất đai và xây dựng kết cấu hạ tầng nông thôn.
P Tham dự hội nghị có gần 150 đại biểu là bí thư chi bộ, trưởng thôn, người có uy tín và đại diện các hộ dân ở 19 thôn trên địa bàn xã. Xã Tân Văn được thành lập trên cơ sở nhập các xã Tân Văn, Hoàng Văn Thụ và Mông Ân thuộc huyện Bình Gia (cũ).
P Tại hội nghị, đã có 17 lượt ý kiến của Nhân dân gửi tới lãnh đạo xã. Các ý kiến tập trung vào việc cấp giấy chứng nhận quyền sử dụng đất cho các thửa đất có biến động ranh giới, tiến độ sửa chữa đường liên thôn Nà Lại - Khuổi Hẩu bị sạt lở sau mưa lũ và việc bố trí điểm thu gom rác thải.
P Ông Hoàng Đức Lương, Bí thư Đảng ủy xã đã trực tiếp trả lời và giao các bộ phận chuyên môn giải quyết từng kiến nghị. Đối với tuyến đường Nà Lại - Khuổi Hẩu, xã đã bố trí 850 triệu đồng từ nguồn ngân sách và sẽ khởi công sửa chữa trong tháng 1/2026.
P Đối với những kiến nghị vượt thẩm quyền, Đảng ủy xã đã tổng hợp, báo cáo các sở, ngành của tỉnh để xem xét, giải quyết. Ông Lương đề nghị người dân tiếp tục phản ánh qua hòm thư góp ý đặt tại trụ sở xã và số điện thoại đường dây nóng của Bí thư Đảng ủy.
P Kết thúc hội nghị, nhiều đại biểu bày tỏ đồng tình với cách đối thoại thẳng thắn, cởi mở. Ông Lộc Văn Thạch, người có uy tín ở thôn Khuổi Hẩu cho rằng hội nghị giúp người dân hiểu rõ hơn những khó khăn của xã mới sau sáp nhập và yên tâm về lộ trình giải quyết từng việc cụ thể."""

A["j11"] = """L Sau hơn một năm hợp nhất các tổ chức chính trị - xã hội vào Mặt trận Tổ quốc, phương thức hoạt động ở cơ sở đã thay đổi ra sao? Phóng viên có cuộc trao đổi với đồng chí Nguyễn Thị Thu Hằng, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Tuyên Quang.
P PV: Thưa bà, sau khi sắp xếp, bộ máy Mặt trận ở cấp xã hiện được tổ chức như thế nào?
P Bà Nguyễn Thị Thu Hằng: Ở cấp xã, Ủy ban MTTQ là đầu mối duy nhất, các đoàn thể Hội Liên hiệp Phụ nữ, Hội Nông dân, Hội Cựu chiến binh, Đoàn Thanh niên hoạt động như tổ chức thành viên với chi hội ở từng thôn, tổ dân phố. Toàn tỉnh có 124 Ủy ban MTTQ cấp xã, mỗi nơi bình quân từ 8 đến 10 cán bộ chuyên trách.
P PV: Điều gì khó khăn nhất trong thời gian đầu vận hành?
P Bà Nguyễn Thị Thu Hằng: Khó nhất là địa bàn rộng. Có những xã ở vùng cao như Mèo Vạc, Đồng Văn, Xín Mần, cán bộ đi xuống thôn xa nhất phải mất nửa ngày. Chúng tôi phải chuyển nhiều việc sang làm trực tuyến, lập nhóm liên lạc với chi hội trưởng, nhưng vẫn giữ nguyên tắc mỗi tháng cán bộ phải có mặt ở khu dân cư ít nhất hai lần.
P PV: Về phương thức vận động Nhân dân, Mặt trận tỉnh có cách làm gì mới?
P Bà Nguyễn Thị Thu Hằng: Chúng tôi chuyển từ "vận động chung" sang "vận động theo việc cụ thể". Mỗi thôn chọn một việc người dân thật sự cần như làm đường, kéo nước sạch, xây nhà văn hóa để vận động, làm xong việc này mới chuyển sang việc khác. Năm 2026, cách làm này đã giúp hoàn thành 286 công trình với tổng giá trị gần 97 tỷ đồng.
P PV: Xin cảm ơn bà!"""

A["j12"] = """P Ngày 8/11, Ban Thường trực Ủy ban MTTQ Việt Nam phường Long Biên phối hợp với các tổ chức thành viên tổ chức Ngày hội Đại đoàn kết toàn dân tộc tại khu dân cư số 6.
P Ngày hội thu hút hơn 600 người dân cùng tham gia với nhiều hoạt động văn hóa, thể thao như thi gói bánh chưng, kéo co, đẩy gậy và hội diễn văn nghệ của các câu lạc bộ dưỡng sinh, câu lạc bộ thơ ca trong khu dân cư.
P Báo cáo tại ngày hội cho biết, năm 2026, khu dân cư số 6 có 96% hộ gia đình đạt danh hiệu gia đình văn hóa; không có người mắc tệ nạn xã hội; Nhân dân đóng góp hơn 180 triệu đồng để lắp đặt 24 camera an ninh và cải tạo sân chơi chung cho trẻ em.
P Phát biểu tại ngày hội, bà Vũ Thị Thanh Hà, Chủ tịch Ủy ban MTTQ Việt Nam phường ghi nhận tinh thần đoàn kết của bà con khu dân cư số 6, đặc biệt là việc người dân tự nguyện tháo dỡ 37 công trình vi phạm hành lang đê để mở rộng đường đi bộ ven sông.
P Bà Hà đề nghị Ban công tác Mặt trận khu dân cư tiếp tục duy trì mô hình "Tổ dân phố không rác thải nhựa", vận động các hộ kinh doanh ký cam kết bảo đảm an toàn thực phẩm và tham gia giữ gìn trật tự vỉa hè.
C Người dân khu dân cư số 6 tham gia thi gói bánh chưng tại ngày hội.
P Dịp này, Ủy ban MTTQ Việt Nam phường trao 15 suất quà cho hộ nghèo, hộ cận nghèo và tặng Giấy khen cho 8 gia đình tiêu biểu trong xây dựng khu dân cư văn minh. Ủy ban MTTQ Việt Nam thành phố cũng trao tặng Quỹ "Vì người nghèo" của phường 50 triệu đồng từ nguồn vận động các doanh nghiệp trên địa bàn."""

A["j13"] = """L Ngày 22/10, Ban Tuyên giáo và Dân vận Tỉnh ủy Đắk Lắk tổ chức hội thảo khoa học "Phát huy giá trị văn hóa cồng chiêng Tây Nguyên trong xây dựng đời sống văn hóa ở cơ sở".
P Hội thảo nhận được 34 tham luận của các nhà nghiên cứu, nghệ nhân, cán bộ văn hóa và đại diện cấp ủy cơ sở. Các ý kiến đều thống nhất cho rằng không gian văn hóa cồng chiêng đang đứng trước nguy cơ mai một khi số nghệ nhân cao tuổi ngày càng giảm, nhiều buôn làng không còn đủ bộ chiêng để diễn tấu.
P Theo số liệu khảo sát năm 2026, toàn tỉnh còn khoảng 2.100 bộ cồng chiêng, giảm gần một phần ba so với mười năm trước. Số nghệ nhân biết chỉnh chiêng chỉ còn 41 người, phần lớn trên 70 tuổi.
H Đưa cồng chiêng vào sinh hoạt cộng đồng
P Nghệ nhân Y Kông Niê ở buôn Kô Siêr, phường Buôn Ma Thuột cho rằng cồng chiêng chỉ sống được khi gắn với đời sống hằng ngày của buôn làng. Ông đề xuất mỗi buôn duy trì đội chiêng thiếu niên và tổ chức lễ hội truyền thống theo đúng nghi thức của cộng đồng.
P Đại diện Đảng ủy xã Ea Súp chia sẻ kinh nghiệm đưa nội dung bảo tồn cồng chiêng vào nghị quyết của đảng ủy, giao chi bộ buôn theo dõi, đôn đốc. Nhờ đó, xã đã thành lập được 9 đội chiêng với 180 thành viên, trong đó hơn một nửa là thanh thiếu niên.
P Phát biểu kết luận, đồng chí Nguyễn Thị Hoài Thu, Phó Trưởng ban Tuyên giáo và Dân vận Tỉnh ủy cho biết Ban sẽ tổng hợp các ý kiến để tham mưu Ban Thường vụ Tỉnh ủy ban hành chỉ thị về bảo tồn và phát huy giá trị văn hóa truyền thống của đồng bào các dân tộc thiểu số tại chỗ giai đoạn 2026 - 2030.
P Bên lề hội thảo, các đội chiêng của buôn Ako Dhông và buôn Tơng Jú đã biểu diễn giao lưu, thu hút đông đảo đại biểu và người dân đến xem."""

A["j14"] = """L Ngày 12/6, Ban Thường vụ Tỉnh ủy Quảng Ninh tổ chức hội nghị sơ kết một năm thực hiện Nghị quyết về chuyển đổi số trong hoạt động của các cơ quan Đảng, Mặt trận Tổ quốc và các tổ chức chính trị - xã hội.
P Theo báo cáo, 100% cơ quan đảng từ tỉnh đến cơ sở đã sử dụng hệ thống quản lý văn bản và điều hành liên thông; 96% văn bản đi, đến được xử lý trên môi trường mạng, trừ văn bản mật. Hệ thống hội nghị truyền hình trực tuyến được kết nối tới 54 xã, phường, đặc khu và nhiều chi bộ thôn, khu.
P Phần mềm Sổ tay đảng viên đã có hơn 71.000 đảng viên cài đặt, đạt 89%. Tỉnh ủy cũng đưa vào vận hành cơ sở dữ liệu đảng viên tập trung, giúp rút ngắn thời gian chuyển sinh hoạt đảng từ 10 ngày xuống còn 3 ngày làm việc.
P Một số chỉ tiêu chủ yếu sau một năm thực hiện như sau:
T Chỉ tiêu | Kế hoạch | Thực hiện || Văn bản điện tử có ký số | 90% | 96% || Đảng viên dùng Sổ tay đảng viên | 80% | 89% || Chi bộ sinh hoạt có ứng dụng số | 70% | 74%
H Những vướng mắc cần tháo gỡ
P Bên cạnh kết quả đạt được, hạ tầng mạng ở một số thôn vùng cao thuộc các xã Bình Liêu, Hoành Mô, Đồng Văn còn chập chờn; một bộ phận đảng viên cao tuổi còn lúng túng khi sử dụng thiết bị số. Kinh phí duy trì, nâng cấp phần mềm ở cấp xã chưa được bố trí ổn định.
P Phát biểu chỉ đạo, đồng chí Đặng Xuân Trường, Bí thư Tỉnh ủy đề nghị các cấp ủy xác định chuyển đổi số là nhiệm vụ chính trị thường xuyên, người đứng đầu phải trực tiếp chỉ đạo và gương mẫu thực hiện. Đồng chí yêu cầu đến hết năm 2026, toàn bộ hồ sơ đảng viên phải được số hóa, hoàn thành việc kết nối dữ liệu giữa cơ quan đảng với chính quyền và Mặt trận cùng cấp.
C Quang cảnh hội nghị sơ kết tại điểm cầu Tỉnh ủy. Ảnh: Thu Trang
P Tại hội nghị, Ban Thường vụ Tỉnh ủy biểu dương 8 tập thể và 15 cá nhân có thành tích tiêu biểu trong thực hiện chuyển đổi số."""

A["j15"] = """P Ngày 13/2, Hội Chữ thập đỏ tỉnh Gia Lai tổ chức chương trình "Tết nhân ái - Xuân Bính Ngọ 2026" tại xã Ia Grai, trao tặng 400 suất quà cho các hộ nghèo, người khuyết tật và nạn nhân chất độc da cam.
P Mỗi suất quà gồm tiền mặt và nhu yếu phẩm trị giá 700.000 đồng, do các nhà hảo tâm, doanh nghiệp trong và ngoài tỉnh đóng góp. Tổng giá trị chương trình là 280 triệu đồng.
P Theo Hội Chữ thập đỏ tỉnh, dịp Tết năm nay, các cấp Hội trong tỉnh đã vận động được hơn 14,6 tỷ đồng tiền mặt và hàng hóa, trao tặng trên 31.000 suất quà cho người có hoàn cảnh khó khăn, vượt 20% chỉ tiêu đề ra. Các điểm "Chợ Tết 0 đồng", "Cây gạo nhân ái" được duy trì tại 48 xã, phường.
C Cán bộ Hội Chữ thập đỏ tỉnh trao quà Tết cho người dân xã Ia Grai. Ảnh: Đinh Thu Hà
P Bà Siu H'Lan, 67 tuổi, ở làng Dơ Lang, xã Ia Grai cho biết: "Năm nay mưa lũ làm hỏng gần hết ruộng lúa. Có thêm gạo, thêm tiền, nhà tôi có cái Tết đầm ấm hơn".
P Cũng trong chương trình, Hội Chữ thập đỏ tỉnh phối hợp với Bệnh viện Đa khoa tỉnh tổ chức khám bệnh, cấp thuốc miễn phí cho 350 người dân; vận động 120 tình nguyện viên hiến máu tại chỗ, thu được 118 đơn vị máu.
P Phát biểu tại chương trình, ông Nguyễn Hữu Phước, Chủ tịch Hội Chữ thập đỏ tỉnh cảm ơn các nhà hảo tâm đã đồng hành cùng Hội. Ông cho biết sau Tết, Hội sẽ tiếp tục triển khai chương trình "Ngôi nhà nhân ái", phấn đấu xây mới 40 căn nhà cho hộ nghèo ở các xã vùng sâu, vùng xa phía Tây của tỉnh trong năm 2026."""

A["j16"] = """L Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh không phải là phong trào nhất thời mà phải trở thành việc làm thường xuyên, tự giác của mỗi cán bộ, đảng viên ở cơ sở.
P Sau khi sắp xếp đơn vị hành chính, nhiều phường mới có quy mô dân số trên 100.000 người, khối lượng công việc của cán bộ, đảng viên tăng lên đáng kể. Trong điều kiện đó, việc làm theo lời Bác càng cần được cụ thể hóa thành những việc làm nhỏ, thiết thực, gắn với trách nhiệm phục vụ Nhân dân.
P Chủ tịch Hồ Chí Minh từng căn dặn:
Q "Việc gì có lợi cho dân, ta phải hết sức làm. Việc gì có hại đến dân, ta phải hết sức tránh."
P Tại Đảng bộ phường Hòa Khánh, mỗi chi bộ đăng ký ít nhất một việc làm cụ thể trong năm. Qua hai năm thực hiện, các chi bộ đã đăng ký và hoàn thành 126 việc làm, từ sửa chữa đường kiệt, lắp đèn chiếu sáng đến hỗ trợ sinh kế cho hộ khó khăn.
P Từ thực tiễn đó, có thể rút ra một số kinh nghiệm:
I Người đứng đầu cấp ủy phải nêu gương trước, nói đi đôi với làm.
I Nội dung đăng ký phải cụ thể, đo đếm được, tránh chung chung.
I Kết quả làm theo phải được đưa vào đánh giá, xếp loại đảng viên cuối năm.
I Lắng nghe phản hồi của Nhân dân để điều chỉnh kịp thời.
P Bên cạnh đó, cần phát hiện, biểu dương kịp thời những tấm gương bình dị mà cao quý ở khu dân cư, trong trường học và doanh nghiệp. Những tấm gương ấy, khi được lan tỏa đúng cách, có sức thuyết phục hơn nhiều bài nói dài.
P Làm theo Bác, suy cho cùng, là làm tốt phần việc của mình mỗi ngày. Khi mỗi cán bộ, đảng viên ở phường, xã đều tận tụy, gần dân, trọng dân, niềm tin của Nhân dân đối với Đảng sẽ ngày càng được củng cố vững chắc."""

A["j17"] = """P Chiều 6/7, Hội Người cao tuổi tỉnh Vĩnh Long tổ chức hội nghị sơ kết công tác sáu tháng đầu năm và triển khai nhiệm vụ sáu tháng cuối năm 2026.
P Theo báo cáo, toàn tỉnh hiện có hơn 412.000 người cao tuổi, trong đó trên 338.000 người là hội viên, sinh hoạt tại 1.526 chi hội ở các ấp, khóm. Sáu tháng đầu năm, các cấp Hội đã tổ chức mừng thọ cho gần 21.000 người cao tuổi ở tuổi 70, 75, 80 và trên 90 tuổi.
P Các câu lạc bộ liên thế hệ tự giúp nhau tiếp tục phát huy hiệu quả. Toàn tỉnh có 214 câu lạc bộ với hơn 10.000 thành viên, tổ chức chăm sóc tại nhà cho hơn 1.300 người cao tuổi neo đơn, bệnh tật. Quỹ chăm sóc và phát huy vai trò người cao tuổi ở cơ sở đạt 46 tỷ đồng.
P Đặc biệt, nhiều người cao tuổi vẫn tích cực tham gia phát triển kinh tế. Ông Huỳnh Văn Tài, 72 tuổi, ở xã Mỏ Cày với mô hình trồng dừa hữu cơ kết hợp nuôi tôm càng xanh, mỗi năm thu lãi trên 400 triệu đồng và tạo việc làm thường xuyên cho 6 lao động địa phương.
P Tuy nhiên, hội nghị cũng chỉ ra tỷ lệ người cao tuổi có thẻ bảo hiểm y tế ở một số xã ven biển chưa cao; việc khám sức khỏe định kỳ còn hạn chế do thiếu kinh phí và nhân lực y tế.
P Sáu tháng cuối năm, Hội Người cao tuổi tỉnh phấn đấu mỗi xã, phường có ít nhất một câu lạc bộ liên thế hệ tự giúp nhau; phối hợp với ngành y tế lập hồ sơ theo dõi sức khỏe cho 100% người cao tuổi từ 80 tuổi trở lên; vận động con cháu phụng dưỡng ông bà, cha mẹ theo phong trào "Ông bà, cha mẹ mẫu mực, con cháu thảo hiền"."""

A["j18"] = """P Ngày 18/9, Ban Thường vụ Tỉnh ủy Gia Lai tổ chức hội nghị quán triệt, triển khai kế hoạch tổ chức đại hội chi bộ trực thuộc đảng bộ cơ sở nhiệm kỳ 2027 - 2029.
P Hội nghị được tổ chức theo hình thức trực tiếp kết hợp trực tuyến tới 135 điểm cầu các đảng ủy xã, phường và đảng bộ trực thuộc Tỉnh ủy, với gần 4.000 đại biểu tham dự.
P Theo kế hoạch, đại hội chi bộ sẽ được tổ chức từ tháng 3 đến hết tháng 6/2027. Trong đó, chọn 10 chi bộ làm điểm để rút kinh nghiệm, hoàn thành trước ngày 31/3/2027. Việc chuẩn bị văn kiện phải ngắn gọn, bám sát đặc điểm của từng loại hình chi bộ và chỉ rõ những việc cần làm ngay trong nhiệm kỳ.
P Về công tác nhân sự, kế hoạch yêu cầu bảo đảm tỷ lệ hợp lý cấp ủy viên là nữ, người dân tộc thiểu số và cán bộ trẻ. Ở những chi bộ thôn, làng đồng bào dân tộc thiểu số, khuyến khích bố trí bí thư chi bộ là người địa phương có uy tín, đồng thời là trưởng thôn.
P Đồng chí Hồ Quang Thái, Phó Bí thư Thường trực Tỉnh ủy yêu cầu các đảng ủy cơ sở chủ động nắm tình hình tư tưởng của đảng viên, kịp thời giải quyết những vấn đề phát sinh trước và trong đại hội; không để xảy ra tình trạng vận động, lôi kéo phiếu bầu hoặc lợi dụng đại hội để gây mất đoàn kết nội bộ.
P Đồng chí cũng lưu ý đại hội chi bộ phải là dịp để đảng viên thẳng thắn đánh giá kết quả lãnh đạo, chỉ ra hạn chế và nguyên nhân, từ đó đề ra chủ trương, giải pháp sát thực tế. Các ý kiến đóng góp của Nhân dân đối với chi bộ cần được tiếp thu nghiêm túc và giải trình cụ thể.
P Sau hội nghị, các đảng ủy cơ sở sẽ xây dựng kế hoạch chi tiết và báo cáo Ban Tổ chức Tỉnh ủy trước ngày 15/12/2026."""

A["j19"] = """L Tối 25/7, Ủy ban MTTQ Việt Nam Thành phố Hồ Chí Minh tổ chức chương trình "Tri ân những người con kiên trung" nhân kỷ niệm 78 năm Ngày Thương binh - Liệt sĩ.
P Chương trình diễn ra tại Hội trường Thống Nhất với sự tham dự của hơn 800 đại biểu là Mẹ Việt Nam anh hùng, thương binh, bệnh binh, thân nhân liệt sĩ và đại diện các doanh nghiệp, nhà hảo tâm.
C Trích đoạn chương trình "Tri ân những người con kiên trung" tại Hội trường Thống Nhất.
P Phát biểu tại chương trình, bà Phạm Thị Kim Loan, Chủ tịch Ủy ban MTTQ Việt Nam Thành phố cho biết, từ đầu năm đến nay, Mặt trận các cấp đã vận động xây dựng và sửa chữa 146 căn nhà tình nghĩa, trao hơn 12.000 suất quà cho các gia đình chính sách với tổng giá trị trên 19 tỷ đồng.
P Sau khi Thành phố Hồ Chí Minh hợp nhất với tỉnh Bình Dương và tỉnh Bà Rịa - Vũng Tàu, số gia đình chính sách trên địa bàn tăng lên đáng kể. Mặt trận Thành phố đã rà soát, lập danh sách các gia đình có hoàn cảnh khó khăn ở các phường, xã mới để phân công doanh nghiệp, đơn vị nhận phụng dưỡng.
P Một trong những tiết mục xúc động nhất là phần giao lưu với cựu chiến binh Lê Văn Sơn, thương binh hạng 2/4 ở phường Thủ Dầu Một. Ông kể lại những năm tháng chiến đấu ở chiến trường Tây Ninh và bày tỏ mong muốn thế hệ trẻ hiểu được giá trị của hòa bình hôm nay.
P Tại chương trình, các doanh nghiệp, tổ chức đã đăng ký ủng hộ Quỹ "Đền ơn đáp nghĩa" Thành phố tổng số tiền 28,5 tỷ đồng. Ban Thường trực Ủy ban MTTQ Việt Nam Thành phố cũng trao 200 sổ tiết kiệm, mỗi sổ trị giá 5 triệu đồng, cho thân nhân liệt sĩ có hoàn cảnh khó khăn và phụng dưỡng suốt đời 15 Mẹ Việt Nam anh hùng còn sống."""

A["j20"] = """P Ngày 16/8, Đảng ủy đặc khu Lý Sơn tổ chức hội nghị chuyên đề về phát triển kinh tế biển gắn với bảo vệ chủ quyền biển, đảo trong tình hình mới.
P Đặc khu Lý Sơn hiện có gần 22.000 dân, trên 400 tàu cá, trong đó 236 tàu có chiều dài từ 15 mét trở lên hoạt động ở các ngư trường xa bờ. Bảy tháng đầu năm 2026, tổng sản lượng khai thác hải sản ước đạt 19.400 tấn, tăng 6,8% so với cùng kỳ.
P Tại hội nghị, các đại biểu tập trung thảo luận các giải pháp thực hiện quy định chống khai thác hải sản bất hợp pháp, không báo cáo và không theo quy định. Đến nay, 100% tàu cá từ 15 mét trở lên của đặc khu đã lắp thiết bị giám sát hành trình; không có tàu cá vi phạm vùng biển nước ngoài.
P Ông Lê Văn Hòa, thuyền trưởng tàu QNg 95368 TS chia sẻ, nhờ được tuyên truyền thường xuyên, ngư dân đã nắm rõ quy định và chủ động báo cáo vị trí khi ra khơi. "Đi biển bây giờ vừa là làm ăn, vừa là giữ biển cho đất nước. Anh em trên tàu ai cũng hiểu điều đó", ông nói.
P Bên cạnh khai thác, đặc khu định hướng phát triển du lịch biển đảo gắn với bảo tồn di sản văn hóa. Năm 2025, Lý Sơn đón gần 310.000 lượt khách; nhiều hộ dân chuyển từ trồng hành, tỏi thuần túy sang làm dịch vụ lưu trú, ẩm thực.
P Kết luận hội nghị, đồng chí Trần Minh Khánh, Bí thư Đảng ủy đặc khu yêu cầu các chi bộ, cơ quan chuyên môn tiếp tục tuyên truyền để mỗi ngư dân là một "cột mốc sống" trên biển; rà soát quy hoạch không gian biển, bảo vệ nguồn lợi thủy sản và giữ gìn môi trường cho phát triển du lịch bền vững."""

# ---------------------------------------------------------------------------
# Page metadata (as printed) and gold fields.
# ---------------------------------------------------------------------------
import html as _html, json, os, random, sys, unicodedata, base64

M = {
 "j01": dict(skin="liferay", url="https://nghean.dcs.vn/tin-tuc/-/view/hoi-nghi-ban-chap-hanh-dang-bo-tinh-lan-thu-tam-2026", site="Đảng bộ tỉnh Nghệ An",
   title="Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ tám cho ý kiến về kế hoạch phát triển kinh tế - xã hội năm 2027",
   pub="2026-11-14T15:20:00+07:00", author="Thanh Hà - Ban Tuyên giáo và Dân vận Tỉnh ủy",
   date_html='<div class="date-time"><span class="date">14/11/2026</span> | <span class="time">15:20</span></div>',
   by_html='<p class="author-news" style="text-align:right"><strong>Thanh Hà - Ban Tuyên giáo và Dân vận Tỉnh ủy</strong></p>', by_pos="bottom", big=True),
 "j02": dict(skin="sharepoint", url="https://mattran.thanhhoa.gov.vn/Trang/TinTuc/Chi-tiet.aspx?ItemID=4812", site="Ủy ban MTTQ Việt Nam tỉnh Thanh Hóa",
   title="Tổng kết 5 năm cuộc vận động \"Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh\"",
   pub="2026-10-10T15:40:00+07:00", author="Lê Hoàng Anh",
   date_html='<span class="ms-date">10/10/2026 3:40 CH</span>',
   by_html='<div class="tacgia" align="right"><b>Tin, ảnh: Lê Hoàng Anh</b></div>', by_pos="bottom", big=True),
 "j03": dict(skin="wordpress", url="https://dangbophuongtanan.vn/2026/09/03/so-ket-cong-tac-xay-dung-to-chuc-co-so-dang/", site="Đảng bộ phường Tân An",
   title="Sơ kết công tác xây dựng tổ chức cơ sở đảng sau một năm vận hành chính quyền hai cấp",
   pub="2026-09-03T09:15:44+07:00", author="Nguyễn Văn Hưng – Văn phòng Đảng ủy phường",
   head='<meta property="article:published_time" content="2026-09-03T02:15:44+00:00" />\n<meta property="article:modified_time" content="2026-09-04T01:02:10+00:00" />\n<meta name="author" content="dangu_tanan" />',
   date_html='<div class="entry-meta"><span class="posted-on"><time class="entry-date published" datetime="2026-09-03T09:15:44+07:00">03/09/2026</time></span> <span class="byline">Đăng bởi: <a href="/author/dangu_tanan/">dangu_tanan</a></span></div>',
   by_html='<p style="text-align: right;"><strong>Nguyễn Văn Hưng – Văn phòng Đảng ủy phường</strong></p>', by_pos="bottom"),
 "j04": dict(skin="joomla", url="https://phunu.laocai.gov.vn/index.php/tin-hoat-dong/1487-phu-nu-vung-cao-noi-khong-voi-tao-hon", site="Hội Liên hiệp Phụ nữ tỉnh Lào Cai",
   title="Phụ nữ vùng cao nói không với tảo hôn",
   pub="2026-08-07T16:42:00+07:00", author="Phạm Thị Thu Trang",
   date_html='<dl class="article-info muted"><dd class="createdby">Viết bởi <span>Quản trị viên</span></dd><dd class="published"><span class="icon-calendar"></span> Ngày đăng: Thứ sáu, 07 Tháng 8 2026 16:42</dd><dd class="hits">Lượt xem: 318</dd></dl>',
   by_html='<p style="text-align: right;"><strong>Phạm Thị Thu Trang</strong></p>\n<p style="text-align: right;"><em>Nguồn: Ban Tuyên giáo Hội LHPN tỉnh</em></p>', by_pos="bottom"),
 "j05": dict(skin="aspold", url="http://tgdv.hatinh.dcs.vn/tintuc/chitiet.asp?id=2291", site="Ban Tuyên giáo và Dân vận Tỉnh ủy Hà Tĩnh", charset="windows-1258",
   title="Tập huấn nghiệp vụ cho báo cáo viên và cán bộ tuyên giáo, dân vận cơ sở",
   pub="2026-07-21T00:00:00+07:00", author="ThS. Hồ Thị Minh Nguyệt",
   date_html='<td class="ngay" align="right"><font size="1" color="#666666">Ngày cập nhật: 21/07/2026</font></td>',
   by_html='<p align="right"><font face="Arial" size="2"><b>ThS. Hồ Thị Minh Nguyệt</b></font></p>', by_pos="bottom"),
 "j06": dict(skin="bootstrap", url="https://tinhdoanquangninh.vn/tin-tuc/thanh-nien-quang-ninh-tien-phong-chuyen-doi-so-4402", site="Tỉnh đoàn Quảng Ninh",
   title="Thanh niên Quảng Ninh tiên phong chuyển đổi số",
   pub="2026-03-26T08:30:00+07:00", author="Phạm Tuấn, Đức Long",
   jsonld=dict(datePublished="2026-03-26T01:30:00Z", dateModified="2026-03-26T03:12:40Z", author=["Phạm Tuấn", "Đức Long"]),
   date_html='', by_html='<div class="post-author"><i class="fa fa-pencil"></i> Tin: Phạm Tuấn - Ảnh: Đức Long</div>', by_pos="top"),
 "j07": dict(skin="dnn", url="https://hoinongdan.dongthap.gov.vn/tin-tuc/ArticleId/3120/to-hop-tac-xoai-lien-ket-tieu-thu", site="Hội Nông dân tỉnh Đồng Tháp",
   title="Hiệu quả mô hình tổ hợp tác trồng xoài liên kết tiêu thụ ở xã Mỹ Xương",
   pub="2026-01-05T08:30:00+07:00", author="Hoàng Minh Đức",
   date_html='<div class="edn_metaDetails"><span class="edn_articleDate">Ngày đăng: 05/01/2026 08:30</span> <span class="edn_views">Lượt xem: 512</span></div>',
   by_html='<p style="text-align:right"><strong>Bài và ảnh: Hoàng Minh Đức</strong></p>', by_pos="bottom"),
 "j08": dict(skin="nukeviet", url="https://congdoanbacninh.org.vn/tin-tuc/hoat-dong-cong-doan/thang-cong-nhan-2026-trao-100-mai-am-cong-doan-2871.html", site="Liên đoàn Lao động tỉnh Bắc Ninh",
   title="Khai mạc Tháng Công nhân năm 2026, trao 100 \"Mái ấm Công đoàn\"",
   pub="2026-04-30T17:05:12+07:00", author="Quang Vinh (LĐLĐ tỉnh)",
   head='<meta property="article:published_time" content="2026-04-30T17:05:12+07:00" />',
   date_html='<span class="h-date">30/04/2026 17:05</span>',
   by_html='<div class="margin-bottom-lg"><p class="h-author"><strong>Tác giả: </strong>Quang Vinh (LĐLĐ tỉnh)</p><p class="h-source"><strong>Nguồn tin: </strong>Ban Tuyên giáo LĐLĐ tỉnh</p></div>', by_pos="bottom"),
 "j09": dict(skin="static", entities=True, url="http://ccbcaobang.org.vn/tin-hoat-dong/gap-mat-cuu-chien-binh-tieu-bieu-2026.html", site="Hội Cựu chiến binh tỉnh Cao Bằng",
   title="Gặp mặt cựu chiến binh tiêu biểu nhân dịp Quốc khánh 2/9",
   pub="2026-09-01T00:00:00+07:00", author="Đại tá Nông Văn Hùng, Phó Chủ tịch Hội CCB tỉnh",
   date_html='<p class="ngaydang">Ngày 01/09/2026</p>',
   by_html='<p align="right"><b>Đại tá Nông Văn Hùng</b><br /><i>Phó Chủ tịch Hội CCB tỉnh</i></p>', by_pos="bottom"),
 "j10": dict(skin="static", url="https://tanvan.langson.dcs.vn/tin-tuc/doi-thoai-voi-nhan-dan-ve-dat-dai-ha-tang.html", site="Đảng bộ xã Tân Văn",
   title="Người đứng đầu cấp ủy, chính quyền xã Tân Văn đối thoại với Nhân dân",
   pub="2025-12-12T15:47:00+07:00", author=None,
   date_html='<p class="ngaydang">12/12/2025 - 15:47</p>',
   by_html='<p align="right"><i>Nguồn: Văn phòng Đảng ủy xã</i></p>', by_pos="bottom"),
 "j11": dict(skin="epaper", url="https://dangbo.tuyenquang.gov.vn/mat-tran-doan-the/mat-tran-to-quoc-van-dong-theo-viec-cu-the-20261117091200.htm", site="Đảng bộ tỉnh Tuyên Quang",
   title="Mặt trận Tổ quốc tỉnh vận động Nhân dân \"theo việc cụ thể\"",
   pub="2026-11-17T09:12:00+07:00", author="MINH CHÂU",
   date_html='<div class="post-time">Đăng lúc: 09:12 17/11/2026 <span class="sep">|</span> Cập nhật: 17:02 17/11/2026</div>',
   by_html='<p class="author" style="text-align:right"><strong>Thực hiện: MINH CHÂU</strong></p>', by_pos="bottom", qa=True),
 "j12": dict(skin="mttq", url="https://mattranlongbien.hanoi.vn/tin-tuc/ngay-hoi-dai-doan-ket-khu-dan-cu-so-6-a1834.html", site="Ủy ban MTTQ Việt Nam phường Long Biên",
   title="Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư số 6",
   pub="2026-11-08T20:31:05+07:00", author="Hồng Nhung",
   date_html='<time class="time-ago" datetime="2026-11-08T20:31:05+07:00" title="08/11/2026 20:31">2 tuần trước</time>',
   by_html='<div class="author-box"><span class="name">Hồng Nhung</span></div>', by_pos="top"),
 "j13": dict(skin="sharepoint", nfd=True, url="https://tgdv.daklak.gov.vn/Trang/tin-chi-tiet.aspx?ItemID=1760", site="Ban Tuyên giáo và Dân vận Tỉnh ủy Đắk Lắk",
   title="Phát huy giá trị văn hóa cồng chiêng trong xây dựng đời sống văn hóa ở cơ sở",
   pub="2026-10-22T09:05:00+07:00", author="H'Linh Niê, Quốc Bảo",
   date_html='<span class="ms-date">22/10/2026 9:05 SA</span>',
   by_html='<div class="tacgia" align="right"><b>H\'Linh Niê, Quốc Bảo</b></div>', by_pos="bottom"),
 "j14": dict(skin="webforms", url="https://quangninh.dcs.vn/Home/ChiTiet.aspx?ID=20918&CatID=12", site="Đảng bộ tỉnh Quảng Ninh",
   title="Sơ kết một năm chuyển đổi số trong cơ quan Đảng, Mặt trận và đoàn thể",
   pub="2026-06-12T07:30:15+07:00", author="Bùi Thanh Tâm",
   date_html='<table class="tbl-info"><tr><td>Ngày xuất bản:</td><td><span id="ctl00_Main_lblNgay">12/06/2026 07:30:15</span></td></tr><tr><td>Tác giả:</td><td><span id="ctl00_Main_lblTacGia">Bùi Thanh Tâm</span></td></tr><tr><td>Người đăng:</td><td><span id="ctl00_Main_lblNguoiDang">bientap02</span></td></tr><tr><td>Lượt xem:</td><td>1.245</td></tr></table>',
   by_html='', by_pos="top", big=True),
 "j15": dict(skin="drupal", url="https://hoichuthapdo.gialai.gov.vn/tin-tuc/tet-nhan-ai-xuan-binh-ngo-2026-tai-xa-ia-grai", site="Hội Chữ thập đỏ tỉnh Gia Lai",
   title="\"Tết nhân ái - Xuân Bính Ngọ 2026\" đến với người dân xã Ia Grai",
   pub="2026-02-14T10:20:00+07:00", author="Đinh Thu Hà",
   head='<meta property="article:published_time" content="2026-02-14T10:20:00+07:00" />',
   date_html='', by_html='<div class="field field--name-field-tac-gia"><div class="field__item">Bài, ảnh: Đinh Thu Hà</div></div>', by_pos="bottom"),
 "j16": dict(skin="wordpress", url="https://dangbohoakhanh.danang.vn/lam-theo-bac-tu-nhung-viec-lam-cu-the/", site="Đảng bộ phường Hòa Khánh",
   title="Làm theo Bác từ những việc làm cụ thể ở cơ sở",
   pub="2026-11-21T00:00:00+07:00", author="ThS. Lương Văn Khải - Trường Chính trị thành phố Đà Nẵng",
   date_html='<div class="entry-meta"><span class="posted-on">21/11/2026</span></div>',
   by_html='<p class="tac-gia"><strong><em>ThS. Lương Văn Khải - Trường Chính trị thành phố Đà Nẵng</em></strong></p>', by_pos="top"),
 "j17": dict(skin="custom", charset=None, url="http://hoinguoicaotuoi.vinhlong.gov.vn/tin-hoat-dong/so-ket-6-thang-dau-nam-2026-1093.html", site="Hội Người cao tuổi tỉnh Vĩnh Long",
   title="Hội Người cao tuổi tỉnh sơ kết công tác sáu tháng đầu năm 2026",
   pub="2026-07-06T16:48:00+07:00", author="Kim Ngân (Hội Người cao tuổi tỉnh)",
   date_html='<div class="detail-time">Thứ Hai, 06/07/2026, 16:48 (GMT+7)</div>',
   by_html='<p class="detail-author">Kim Ngân (Hội Người cao tuổi tỉnh)</p>', by_pos="bottom"),
 "j18": dict(skin="liferay", url="https://gialai.dcs.vn/tin-tuc/-/view/quan-triet-ke-hoach-dai-hoi-chi-bo-nhiem-ky-2027-2029", site="Đảng bộ tỉnh Gia Lai",
   title="Quán triệt kế hoạch tổ chức đại hội chi bộ nhiệm kỳ 2027 - 2029",
   pub="2026-09-19T10:44:00+07:00", author="Nguyễn Thị Hoa, Ban Tổ chức Tỉnh ủy",
   date_html='<div class="date-time">Ngày cập nhật: 19/09/2026 10:44</div>',
   by_html='<p class="author-news" style="text-align:right"><strong>Nguyễn Thị Hoa</strong><br/><em>Ban Tổ chức Tỉnh ủy</em></p>', by_pos="bottom"),
 "j19": dict(skin="epaper", url="https://mattran.hochiminhcity.gov.vn/video/tri-an-nhung-nguoi-con-kien-trung-20250725.htm", site="Ủy ban MTTQ Việt Nam Thành phố Hồ Chí Minh",
   title="Tri ân những người con kiên trung",
   pub="2025-07-25T21:10:00+07:00", author="Trúc Linh, Văn Khoa",
   date_html='<div class="post-time">25/07/2025 | 21:10</div>',
   by_html='<p class="author" style="text-align:right"><strong>Thực hiện: Trúc Linh - Quay phim: Văn Khoa</strong></p>', by_pos="top", video=True),
 "j20": dict(skin="joomla", url="https://lyson.quangngai.dcs.vn/index.php/tin-tuc/612-phat-trien-kinh-te-bien-gan-voi-bao-ve-chu-quyen", site="Đảng bộ đặc khu Lý Sơn",
   title="Phát triển kinh tế biển gắn với bảo vệ chủ quyền biển, đảo",
   pub="2026-08-17T06:55:00+07:00", author="Thành Nhân - Văn phòng Đảng ủy đặc khu",
   date_html='<dl class="article-info muted"><dd class="published">2026-08-17 06:55</dd><dd class="hits">Lượt xem: 96</dd></dl>',
   by_html='<p style="text-align: right;"><em><strong>Thành Nhân - Văn phòng Đảng ủy đặc khu</strong></em></p>', by_pos="bottom"),
}
NON = {
 "n01": dict(kind="listing", skin="liferay", url="https://nghean.dcs.vn/tin-tuc/-/category/hoat-dong-cua-tinh-uy", site="Đảng bộ tỉnh Nghệ An"),
 "n02": dict(kind="search", skin="wordpress", url="https://dangbophuongtanan.vn/?s=%C4%91%E1%BA%A1i+h%E1%BB%99i+chi+b%E1%BB%99", site="Đảng bộ phường Tân An"),
 "n03": dict(kind="not_found", skin="sharepoint", url="https://mattran.thanhhoa.gov.vn/Trang/TinTuc/Chi-tiet.aspx?ItemID=99999", site="Ủy ban MTTQ Việt Nam tỉnh Thanh Hóa"),
 "n04": dict(kind="challenge", skin="challenge", url="https://tinhdoanquangninh.vn/tin-tuc/ngay-hoi-thanh-nien-voi-khong-gian-so-4410", site="Tỉnh đoàn Quảng Ninh"),
}
PLATFORM = {"liferay": "liferay", "sharepoint": "sharepoint", "wordpress": "wordpress", "joomla": "joomla",
            "aspold": "classic-asp", "bootstrap": "custom", "dnn": "dnn", "nukeviet": "nukeviet", "static": "custom",
            "epaper": "custom", "mttq": "custom", "webforms": "aspnet", "drupal": "drupal", "custom": "custom",
            "challenge": "custom"}

# ---------------------------------------------------------------------------
# Chrome generation
# ---------------------------------------------------------------------------
CRAWL_FORMS = {
 "liferay": "Chủ nhật, 22/11/2026", "sharepoint": "Chủ Nhật, ngày 22 tháng 11 năm 2026",
 "wordpress": "Chủ nhật, 22/11/2026", "joomla": "Hôm nay: 22-11-2026", "aspold": "Chủ nhật, ngày 22/11/2026",
 "bootstrap": "Chủ nhật, 22/11/2026", "dnn": "Chủ nhật, 22/11/2026", "nukeviet": "Chủ nhật - 22/11/2026",
 "static": "Chủ nhật, 22/11/2026", "epaper": "Chủ nhật, ngày 22/11/2026", "mttq": "Chủ Nhật, 22/11/2026",
 "webforms": "Chủ nhật, ngày 22 tháng 11 năm 2026", "drupal": "Chủ nhật, 22/11/2026", "custom": "Chủ nhật, 22-11-2026",
 "challenge": "",
}
MENU = ["Trang chủ", "Giới thiệu", "Tin tức - Sự kiện", "Xây dựng Đảng", "Mặt trận - Đoàn thể", "Công tác dân vận",
        "Tuyên truyền", "Văn bản", "Học tập và làm theo Bác", "Chuyển đổi số", "Thư viện ảnh", "Video", "Liên hệ"]
SUBMENU = ["Tin trong tỉnh", "Tin xã, phường", "Hoạt động của lãnh đạo", "Chỉ đạo - Điều hành", "Nghị quyết",
           "Chỉ thị", "Kế hoạch", "Hướng dẫn", "Gương điển hình", "Phản bác quan điểm sai trái", "Tài liệu tuyên truyền",
           "Lịch công tác", "Hỏi - đáp", "Sơ đồ cổng"]
H1 = ["Hội nghị", "Tọa đàm", "Lễ ra mắt", "Tổng kết", "Sơ kết", "Tập huấn", "Gặp mặt", "Hội thi", "Đối thoại", "Giám sát"]
H2 = ["công tác dân vận", "xây dựng Đảng", "cuộc vận động \"Ngày vì người nghèo\"", "phong trào thi đua yêu nước",
      "an sinh xã hội", "chuyển đổi số cấp xã", "phòng, chống tham nhũng", "công tác kiểm tra, giám sát",
      "bảo vệ nền tảng tư tưởng của Đảng", "chăm lo người có công", "phát triển đảng viên",
      "mô hình dân vận khéo", "bình đẳng giới", "nông thôn mới kiểu mẫu", "hỗ trợ hội viên phát triển kinh tế"]
H3 = ["năm 2026", "quý III/2026", "6 tháng đầu năm", "nhiệm kỳ 2025 - 2030", "tại các xã vùng cao", "ở khu dân cư",
      "trong đoàn viên, thanh niên", "tại các phường", "giai đoạn 2026 - 2030", ""]


def headline(rng):
    return " ".join(x for x in (rng.choice(H1), rng.choice(H2), rng.choice(H3)) if x)


def rdate(rng, fmt):
    d = rng.randint(1, 28); m = rng.randint(1, 10); h = rng.randint(7, 18); mi = rng.randint(0, 59)
    return fmt.format(d=d, m=m, y=2026, h=h, mi=mi)


def e(s):
    return _html.escape(s, quote=False)


def menu(rng, cls):
    items = MENU[:]
    out = ['<ul class="%s">' % cls]
    for it in items:
        subs = rng.sample(SUBMENU, rng.randint(0, 5))
        slug = "".join(c for c in unicodedata.normalize("NFD", it.lower()) if c.isalnum() and ord(c) < 128)[:20]
        if subs:
            out.append('<li class="dropdown"><a href="/%s">%s</a><ul class="sub-menu">' % (slug, e(it)))
            out += ['<li><a href="/%s/%d">%s</a></li>' % (slug, rng.randint(10, 999), e(s)) for s in subs]
            out.append('</ul></li>')
        else:
            out.append('<li><a href="/%s">%s</a></li>' % (slug, e(it)))
    out.append('</ul>')
    return "\n".join(out)


def newsbox(rng, label, fmt, n=None):
    n = n or rng.randint(4, 8)
    out = ['<div class="box-news"><h3 class="box-title">%s</h3><ul>' % e(label)]
    for i in range(n):
        out.append('<li><a href="/tin-tuc/%d.html">%s</a> <span class="date">(%s)</span></li>' % (
            rng.randint(1000, 99999), e(headline(rng)), rdate(rng, fmt)))
    out.append('</ul></div>')
    return "\n".join(out)


def scripts(rng, n):
    out = []
    for i in range(n):
        out.append('<script type="text/javascript">\n//<![CDATA[\nvar _cfg%d = {id:%d, lang:"vi-VN", track:"UA-%d-1", t:%d};\n'
                   'function _init%d(){ try { document.getElementById("w%d") && (_cfg%d.ok = true); } catch(e) {} }\n//]]>\n</script>'
                   % (i, rng.randint(1, 9999), rng.randint(10000000, 99999999), rng.randint(10**9, 2 * 10**9), i, i, i))
    return "\n".join(out)


def pad_blob(rng, nbytes):
    return base64.b64encode(bytes(rng.getrandbits(8) for _ in range(nbytes * 3 // 4))).decode()


def footer(rng, site, addr):
    return ('<div class="footer"><p><b>%s</b></p><p>Địa chỉ: %s</p><p>Điện thoại: 0%d.%d - Email: banbientap@%s</p>'
            '<p>Giấy phép số %d/GP-TTĐT do Sở Văn hóa, Thể thao và Du lịch cấp. Ghi rõ nguồn khi phát hành lại thông tin từ cổng thông tin này.</p>'
            '<p>Lượt truy cập: %s</p></div>') % (e(site), e(addr), rng.randint(200, 299), rng.randint(3000000, 3999999),
                                                  "portal.vn", rng.randint(10, 300), f"{rng.randint(1000000, 9999999):,}".replace(",", "."))


ADDR = ["Số 1 đường Trần Hưng Đạo, phường Thành Vinh", "Số 25 đường Lê Lợi, phường Hạc Thành", "Khu phố 3, phường Tân An",
        "Tổ 5, phường Sa Pa", "Số 12 Phan Đình Phùng, phường Thành Sen", "Số 8 đường 25/4, phường Hạ Long"]

# ---------------------------------------------------------------------------
# Body rendering
# ---------------------------------------------------------------------------

def parse(text):
    blocks = []
    for line in text.strip().split("\n"):
        tag, _, rest = line.partition(" ")
        blocks.append((tag, rest.strip()))
    return blocks


def gold_body(blocks):
    out = []
    for tag, t in blocks:
        if tag == "T":
            for row in t.split(" || "):
                out += [c.strip() for c in row.split(" | ")]
        else:
            out.append(t)
    return "\n\n".join(out)


def render_body(blocks, m, rng):
    skin = m["skin"]
    out = []; i = 0
    imgn = 0
    while i < len(blocks):
        tag, t = blocks[i]
        if tag == "L":
            if skin in ("sharepoint", "liferay"):
                out.append('<div class="sapo"><strong>%s</strong></div>' % e(t))
            elif skin == "wordpress":
                out.append('<p class="lead"><strong>%s</strong></p>' % e(t))
            else:
                out.append('<h2 class="sapo">%s</h2>' % e(t))
        elif tag == "P":
            if m.get("qa") and t.startswith("PV:"):
                out.append('<p><strong>PV:</strong> <em>%s</em></p>' % e(t[3:].strip()))
            elif m.get("qa") and ":" in t[:40]:
                sp, _, rest = t.partition(":")
                out.append('<p><strong>%s:</strong> %s</p>' % (e(sp), e(rest.strip())))
            else:
                out.append('<p style="text-align: justify;">%s</p>' % e(t))
        elif tag == "H":
            out.append('<h3><strong>%s</strong></h3>' % e(t) if skin != "aspold" else '<p><b>%s</b></p>' % e(t))
        elif tag == "I":
            items = []
            while i < len(blocks) and blocks[i][0] == "I":
                items.append('<li>%s</li>' % e(blocks[i][1])); i += 1
            out.append('<ul>\n%s\n</ul>' % "\n".join(items)); continue
        elif tag == "Q":
            out.append('<blockquote><p><em>%s</em></p></blockquote>' % e(t))
        elif tag == "C":
            imgn += 1
            src = "/uploads/%d/anh-%d-%d.jpg" % (rng.randint(2025, 2026), rng.randint(100, 999), imgn)
            if m.get("video") and imgn == 1:
                out.append('<div class="video-player"><div class="vp-title">%s</div><video controls poster="/poster.jpg">'
                           '<source src="/media/video-%d.mp4" type="video/mp4" />Trình duyệt của bạn không hỗ trợ phát video.</video>'
                           '<span class="vp-duration">12:48</span><p class="video-caption">%s</p></div>' % (e(m["title"]), rng.randint(1, 999), e(t)))
            elif skin in ("sharepoint", "liferay", "aspold", "webforms"):
                out.append('<table class="image" align="center"><tbody><tr><td><img src="%s" alt="%s" width="600" /></td></tr>'
                           '<tr><td class="image_desc"><em>%s</em></td></tr></tbody></table>' % (src, e(m["title"][:40]), e(t)))
            else:
                out.append('<figure class="image"><img src="%s" alt="ảnh minh họa" /><figcaption>%s</figcaption></figure>' % (src, e(t)))
        elif tag == "T":
            rows = t.split(" || ")
            tr = []
            for r_i, row in enumerate(rows):
                cells = [c.strip() for c in row.split(" | ")]
                tg = "th" if r_i == 0 else "td"
                tr.append("<tr>" + "".join("<%s>%s</%s>" % (tg, e(c), tg) for c in cells) + "</tr>")
            out.append('<table class="table table-bordered" border="1" cellpadding="4">%s</table>' % "".join(tr))
        i += 1
    return "\n".join(out)


# ---------------------------------------------------------------------------
# Skins
# ---------------------------------------------------------------------------

def page(name, m, rng):
    skin = m["skin"]; art = name.startswith("j")
    site = m["site"]
    crawl = CRAWL_FORMS[skin]
    charset = m.get("charset", "utf-8")
    meta_cs = '<meta charset="windows-1258" />' if charset == "windows-1258" else (
        '<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />' if charset is None else '<meta charset="utf-8" />')
    ttl = m.get("title", "")
    dfmt = {"liferay": "{d:02d}/{m:02d}/{y}", "sharepoint": "{d:02d}/{m:02d}/{y}", "joomla": "{y}-{m:02d}-{d:02d}",
            "epaper": "{h:02d}:{mi:02d} {d:02d}/{m:02d}/{y}"}.get(skin, "{d:02d}/{m:02d}/{y}")
    head = ['<!DOCTYPE html>', '<html lang="vi">', '<head>', meta_cs,
            '<title>%s</title>' % e((ttl + " - " if ttl else "") + site),
            '<meta name="viewport" content="width=device-width, initial-scale=1" />',
            '<link rel="stylesheet" href="/css/style.css?v=%d" />' % rng.randint(100, 999)]
    if art:
        head.append('<meta property="og:title" content="%s" />' % _html.escape(ttl))
        head.append('<meta property="og:url" content="%s" />' % m["url"])
        head.append('<meta name="author" content="%s" />' % e(site))
        if m.get("head"):
            head.append(m["head"])
        if m.get("jsonld"):
            j = m["jsonld"]
            ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": ttl,
                  "datePublished": j["datePublished"], "dateModified": j["dateModified"],
                  "author": [{"@type": "Person", "name": a} for a in j["author"]],
                  "publisher": {"@type": "Organization", "name": site}}
            head.append('<script type="application/ld+json">%s</script>' % json.dumps(ld, ensure_ascii=False))
    head.append('<style>body{font-family:Arial,sans-serif;font-size:14px}.sapo{font-weight:bold}.box-news li{padding:3px 0}'
                '.footer{background:#a50000;color:#fff;padding:%dpx}</style>' % rng.randint(8, 20))
    head.append('<style>%s</style>' % "".join(".c%d-%d{margin:%dpx %dpx;padding:%dpx;color:#%06x;font-size:%dpx}" % (
        k, rng.randint(0, 99), rng.randint(0, 20), rng.randint(0, 20), rng.randint(0, 12), rng.randint(0, 0xffffff), rng.randint(11, 18))
        for k in range(rng.randint(60, 260))))
    head.append(scripts(rng, rng.randint(2, 12)))
    head.append('</head>')
    body = []
    if skin == "challenge":
        return challenge(m, rng)
    # header
    if skin in ("sharepoint", "webforms"):
        body.append('<body><form method="post" action="./%s" id="aspnetForm">' % m["url"].rsplit("/", 1)[-1])
        vs = pad_blob(rng, rng.randint(3000, 9000))
        body.append('<div class="aspNetHidden"><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="%s" />'
                    '<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="%s" /></div>' % (vs, pad_blob(rng, 300)))
    elif skin == "liferay":
        body.append('<body class="controls-visible guest-site signed-out public-page site"><div id="wrapper">')
    else:
        body.append('<body class="%s-site"><div id="wrapper">' % skin)
    body.append('<div id="header"><div class="banner"><a href="/"><img src="/images/banner.png" alt="%s" /></a></div>' % e(site))
    body.append('<div class="top-bar"><span class="today">%s</span> <a href="/lien-he">Liên hệ</a> | <a href="/so-do">Sơ đồ cổng</a>'
                '<form class="search" action="/tim-kiem"><input type="text" name="q" placeholder="Tìm kiếm..." /></form></div></div>' % e(crawl))
    body.append('<div id="nav">%s</div>' % menu(rng, "nav-menu" if skin != "liferay" else "nav navbar-nav"))
    # content
    if art:
        body.append(article_html(name, m, rng, dfmt))
    else:
        body.append(nonarticle_html(name, m, rng, dfmt))
    # sidebar
    side = ['<div id="sidebar">']
    side.append(newsbox(rng, rng.choice(["Tin mới nhất", "Tin mới", "Tin đọc nhiều"]), dfmt))
    for lab in rng.sample(["Văn bản mới", "Thông báo", "Lịch công tác", "Gương người tốt, việc tốt", "Tài liệu sinh hoạt chi bộ",
                           "Phản bác quan điểm sai trái", "Hỏi đáp chính sách"], rng.randint(1, 5)):
        side.append(newsbox(rng, lab, dfmt, rng.randint(5, 12)))
    side.append('<div class="box-links"><h3>Liên kết website</h3><select><option>-- Chọn liên kết --</option>%s</select></div>' %
                "".join('<option>%s</option>' % e(x) for x in ["Báo điện tử Đảng Cộng sản Việt Nam", "Tạp chí Cộng sản", "Mặt trận Tổ quốc Việt Nam",
                                                              "Cổng thông tin điện tử Chính phủ", "Trung ương Hội LHPN Việt Nam", "Báo Nhân Dân"]))
    side.append('<div class="poll"><h3>Thăm dò ý kiến</h3><p>Bạn đánh giá thế nào về giao diện mới của cổng thông tin?</p>'
                '<label><input type="radio" name="poll"/> Đẹp, dễ sử dụng</label><label><input type="radio" name="poll"/> Bình thường</label>'
                '<button>Bình chọn</button></div>')
    side.append('</div>')
    body.append("\n".join(side))
    body.append(footer(rng, site, rng.choice(ADDR)))
    body.append(scripts(rng, rng.randint(1, 4)))
    if skin == "liferay":
        body.append('<script>Liferay.Portlet.onLoad({canEditTitle:false,columnPos:%d,isStatic:"end",namespacedId:"p_p_id_101_INSTANCE_%s_",portletId:"101_INSTANCE_%s",refreshURL:"/c/portal/render_portlet?p_l_id=%d"});</script>'
                    % (rng.randint(0, 3), pad_blob(rng, 9)[:12], pad_blob(rng, 9)[:12], rng.randint(10000, 99999)))
    body.append('</div></form></body></html>' if skin in ("sharepoint", "webforms") else '</div></body></html>')
    doc = "\n".join(head + body)
    if m.get("big"):
        target = rng.randint(128000, 160000)
        cur = len(doc.encode("utf-8"))
        if cur < target:
            blob = pad_blob(rng, target - cur - 120)
            if skin in ("sharepoint", "webforms"):
                ins = '<input type="hidden" name="__VIEWSTATE1" id="__VIEWSTATE1" value="%s" />' % blob
                doc = doc.replace('<div class="aspNetHidden">', '<div class="aspNetHidden">' + ins, 1)
            else:
                doc = doc.replace('</head>', '<script>var Liferay_themeDisplay_cache="%s";</script>\n</head>' % blob, 1)
    return doc


def article_html(name, m, rng, dfmt):
    skin = m["skin"]
    blocks = parse(A[name])
    crumbs = '<div class="breadcrumb"><a href="/">Trang chủ</a> &gt; <a href="/tin-tuc">Tin tức - Sự kiện</a> &gt; <a href="/tin-tuc/mat-tran">%s</a></div>' % e(
        rng.choice(["Hoạt động", "Mặt trận - Đoàn thể", "Xây dựng Đảng", "Tin trong tỉnh"]))
    tools = ('<div class="tools"><a href="javascript:window.print()">In bài</a> | <a href="mailto:?subject=">Gửi email</a> | '
             '<a class="fb-share" href="https://www.facebook.com/sharer.php?u=%s">Chia sẻ</a> | Cỡ chữ: <a>A-</a> <a>A+</a></div>' % m["url"])
    h1 = '<h1 class="%s">%s</h1>' % ({"liferay": "title-news", "sharepoint": "ms-title", "joomla": "article-title",
                                     "wordpress": "entry-title", "webforms": "tieude"}.get(skin, "title"), e(m["title"]))
    bodyh = render_body(blocks, m, rng)
    by = m.get("by_html", "")
    parts = ['<div id="content" class="main-content">', crumbs]
    if skin == "liferay":
        parts.append('<section class="portlet" id="portlet_101_INSTANCE_%s"><div class="portlet-content"><div class="journal-content-article">' % pad_blob(rng, 9)[:12])
    if skin == "joomla":
        parts += ['<div class="item-page">', '<div class="page-header">', h1, '</div>', m["date_html"]]
    elif skin == "aspold":
        parts += ['<table width="100%%" border="0" cellspacing="0" cellpadding="0"><tr><td class="tieude"><font size="4" color="#990000"><b>%s</b></font></td>' % e(m["title"]),
                  m["date_html"], '</tr></table>']
        h1 = ""
    else:
        if skin == "epaper":
            parts.append('<div class="kicker">%s</div>' % ("VIDEO" if m.get("video") else "PHỎNG VẤN"))
        parts += [h1, m["date_html"]]
    if by and m["by_pos"] == "top":
        parts.append(by)
    parts.append(tools)
    if skin == "mttq":
        lead_end = 0
        parts.append('<div class="detail-content">' + bodyh.replace('\n', '\n', 1) + '</div>')
    else:
        parts.append('<div class="%s">%s</div>' % ({"wordpress": "entry-content", "joomla": "article-body", "drupal": "field field--name-body",
                                                    "dnn": "edn_article", "nukeviet": "bodytext"}.get(skin, "content-detail"), bodyh))
    if by and m["by_pos"] == "bottom":
        parts.append(by)
    if skin == "liferay":
        parts.append('</div></div></section>')
    if skin == "joomla":
        parts.append('</div>')
    parts.append('<div class="rating">Đánh giá bài viết: <span class="stars">★★★★☆</span> (%d lượt)</div>' % rng.randint(2, 40))
    parts.append('<div class="tags">Từ khóa: %s</div>' % ", ".join('<a href="/tag/%d">%s</a>' % (rng.randint(1, 999), e(x)) for x in rng.sample(H2, 3)))
    parts.append(newsbox(rng, rng.choice(["Tin cùng chuyên mục", "Tin liên quan", "Các tin khác"]), dfmt))
    parts.append('<div class="comment-form"><h4>Ý kiến bạn đọc</h4><input name="hoten" placeholder="Họ và tên" /><input name="email" placeholder="Email" />'
                 '<textarea name="noidung" placeholder="Nội dung ý kiến"></textarea><button>Gửi ý kiến</button></div>')
    parts.append('</div>')
    return "\n".join(parts)


def nonarticle_html(name, m, rng, dfmt):
    k = m["kind"]
    if k == "listing":
        items = []
        for i in range(15):
            items.append('<div class="news-item"><a href="/tin-tuc/-/view/%d"><img src="/thumb/%d.jpg" /></a><h3><a href="/tin-tuc/-/view/%d">%s</a></h3>'
                         '<span class="date">%s</span><p>%s</p></div>' % (rng.randint(1000, 9999), i, rng.randint(1000, 9999), e(headline(rng)),
                                                                         rdate(rng, dfmt), e("Ngày %d/%d, " % (rng.randint(1, 28), rng.randint(1, 10)) + headline(rng).lower() + " được tổ chức với sự tham dự của đông đảo cán bộ, đảng viên.")))
        pg = '<div class="paging">' + " ".join('<a href="?page=%d">%d</a>' % (i, i) for i in range(1, 8)) + ' <a>Trang sau</a></div>'
        return '<div id="content"><h1 class="cat-title">Hoạt động của Tỉnh ủy</h1>%s%s</div>' % ("\n".join(items), pg)
    if k == "search":
        items = []
        for i in range(8):
            items.append('<article class="search-result"><h2 class="entry-title"><a href="/2026/%02d/%d/">%s</a></h2><div class="entry-meta">%s</div>'
                         '<p>... đại hội chi bộ nhiệm kỳ 2027 - 2029 ... %s ...</p></article>' % (rng.randint(1, 10), rng.randint(1, 999),
                                                                                              e(headline(rng)), rdate(rng, dfmt), e(headline(rng).lower())))
        return ('<div id="content"><h1 class="page-title">Kết quả tìm kiếm cho: “đại hội chi bộ”</h1><p>Tìm thấy 27 kết quả.</p>%s'
                '<div class="nav-links"><a class="next" href="/page/2/?s=dai+hoi">Trang sau »</a></div></div>' % "\n".join(items))
    return ('<div id="content"><div class="ms-error"><h1>Không tìm thấy trang</h1><p>Trang bạn yêu cầu không tồn tại hoặc đã bị xóa, di chuyển.</p>'
            '<p>Lỗi 404: Không tìm thấy mục có mã số 99999 trong danh sách Tin tức.</p><p><a href="/">Quay về trang chủ</a></p></div></div>')


def challenge(m, rng):
    tok = pad_blob(rng, 48)
    return ('<!DOCTYPE html><html><head><meta charset="utf-8" /><title>Đang kiểm tra trình duyệt...</title>'
            '<meta name="robots" content="noindex,nofollow" /><style>body{font-family:sans-serif;text-align:center;padding-top:80px}</style></head>'
            '<body><noscript><p>Vui lòng bật JavaScript và cookie để tiếp tục truy cập.</p></noscript>'
            '<div id="msg"><h2>Đang kiểm tra trình duyệt của bạn trước khi truy cập tinhdoanquangninh.vn</h2>'
            '<p>Quá trình này diễn ra tự động. Trình duyệt sẽ chuyển hướng đến nội dung bạn yêu cầu trong giây lát.</p></div>'
            '<script>var _t="%s";function _c(s){var h=0;for(var i=0;i<s.length;i++){h=(h*31+s.charCodeAt(i))|0}return h}'
            'document.cookie="__vnpc="+_c(_t)+"; path=/; max-age=%d";setTimeout(function(){location.reload()},%d);</script>'
            '<p class="ray">Mã yêu cầu: %s</p></body></html>') % (tok, rng.randint(1800, 7200), rng.randint(1500, 4000), pad_blob(rng, 12))


# ---------------------------------------------------------------------------
# Encodings
# ---------------------------------------------------------------------------
TONES = "\u0300\u0301\u0303\u0309\u0323"


def to_cp1258(s):
    out = bytearray()
    for c in s:
        try:
            out += c.encode("cp1258"); continue
        except UnicodeEncodeError:
            pass
        d = unicodedata.normalize("NFD", c)
        tone = [x for x in d if x in TONES]
        base = unicodedata.normalize("NFC", "".join(x for x in d if x not in TONES))
        out += (base + "".join(tone)).encode("cp1258", "xmlcharrefreplace")
    return bytes(out)


def entityize(s):
    # Vietnamese letters as HTML entities (named where HTML has a name), outside <script>/<style>
    out = []; i = 0
    from html.entities import codepoint2name
    while i < len(s):
        if s.startswith("<script", i) or s.startswith("<style", i):
            j = s.index("</", i); out.append(s[i:j]); i = j; continue
        c = s[i]
        if ord(c) > 127:
            n = codepoint2name.get(ord(c))
            out.append("&%s;" % n if n else "&#%d;" % ord(c))
        else:
            out.append(c)
        i += 1
    return "".join(out)


def build(outdir):
    os.makedirs(outdir, exist_ok=True)
    allp = dict(M); allp.update(NON)
    for name in sorted(allp):
        m = allp[name]
        rng = random.Random("blind-aj:" + name)
        doc = unicodedata.normalize("NFC", page(name, m, rng))
        cs = m.get("charset", "utf-8")
        if m.get("nfd"):
            doc = unicodedata.normalize("NFD", doc)
        if m.get("entities"):
            doc = entityize(doc)
        data = to_cp1258(doc) if cs == "windows-1258" else doc.encode("utf-8")
        with open(os.path.join(outdir, name + ".html"), "wb") as f:
            f.write(data)
        side = {"kind": m.get("kind", "article"), "platform": PLATFORM[m["skin"]], "url": m["url"], "charset": cs}
        if name.startswith("j"):
            side.update(title=m["title"], published_at=m["pub"], author=m["author"], body=gold_body(parse(A[name])))
        with open(os.path.join(outdir, name + ".json"), "w", encoding="utf-8", newline="\n") as f:
            json.dump(side, f, ensure_ascii=False, indent=1)
            f.write("\n")


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__)))
