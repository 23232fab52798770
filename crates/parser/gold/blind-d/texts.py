# Article texts and metadata for blind-d (original, invented news).
A = {}

A['d01'] = dict(
 title="Tuyên Quang: Hơn 1.200 hộ dân vùng cao được hỗ trợ sửa chữa nhà ở trước mùa mưa bão",
 date_shown="Thứ tư, 20/08/2025", published_at="2025-08-20T00:00:00+07:00",
 byline=["Hoàng Thu Trang", "Trung tâm Truyền thông tỉnh"], author="Hoàng Thu Trang, Trung tâm Truyền thông tỉnh",
 lead="Từ đầu năm đến nay, tỉnh Tuyên Quang đã huy động gần 48 tỷ đồng từ ngân sách và các nguồn xã hội hóa để hỗ trợ 1.217 hộ dân tại các xã vùng cao sửa chữa, gia cố nhà ở, bảo đảm an toàn trước mùa mưa bão năm 2025.",
 blocks=[
  ('p', "Theo báo cáo của Sở Xây dựng, các hộ được hỗ trợ chủ yếu là hộ nghèo, hộ cận nghèo, hộ có hoàn cảnh đặc biệt khó khăn sinh sống ở khu vực có nguy cơ sạt lở đất, lũ quét tại các xã Mèo Vạc, Đồng Văn, Yên Minh, Lâm Bình và Hồng Thái. Mức hỗ trợ từ 30 đến 60 triệu đồng mỗi hộ tùy theo mức độ hư hỏng của công trình."),
  ('img', "Lực lượng dân quân xã Lâm Bình giúp người dân lợp lại mái nhà trước mùa mưa bão."),
  ('p', "Cùng với nguồn kinh phí, các xã đã huy động hơn 9.000 ngày công của lực lượng dân quân, đoàn viên thanh niên, cán bộ, chiến sĩ các đồn biên phòng giúp người dân vận chuyển vật liệu, dựng khung, lợp mái. Nhiều dòng họ, thôn bản cũng góp công, góp vật liệu để hoàn thành sớm các căn nhà."),
  ('p', "Ông Vàng Mí Chá, thôn Sủng Là, xã Đồng Văn chia sẻ: “Nhà tôi trước đây vách đất đã nứt nhiều chỗ, mùa mưa cả nhà không dám ngủ. Nay được Nhà nước hỗ trợ, bà con giúp công, nhà mới đã vững chắc, gia đình yên tâm làm ăn”."),
  ('p', "Ủy ban nhân dân tỉnh yêu cầu các xã tiếp tục rà soát, lập danh sách các hộ còn ở trong vùng nguy hiểm để có phương án di dời, bố trí tái định cư; đồng thời hướng dẫn người dân chủ động chằng chống nhà cửa, dự trữ lương thực, thuốc men khi có thiên tai xảy ra."),
 ])

A['d02'] = dict(
 title="Phường Hạc Thành ra quân tổng vệ sinh môi trường, xóa bỏ điểm tập kết rác tự phát",
 date_shown="20/8/2025 2:05:22 CH", published_at="2025-08-20T14:05:22+07:00",
 byline=["Lê Văn Toản"], author="Lê Văn Toản", byline_label="Người đăng: ",
 lead=None,
 blocks=[
  ('p', "Sáng 20/8, Ủy ban nhân dân phường Hạc Thành phối hợp với Ủy ban Mặt trận Tổ quốc Việt Nam phường tổ chức lễ ra quân tổng vệ sinh môi trường, hưởng ứng phong trào “Ngày Chủ nhật xanh” và chào mừng kỷ niệm 80 năm Cách mạng Tháng Tám và Quốc khánh 2/9."),
  ('p', "Hơn 600 cán bộ, công chức, đoàn viên, hội viên và người dân các tổ dân phố đã tham gia thu gom rác thải, phát quang bụi rậm, nạo vét cống rãnh trên các tuyến phố Lê Lợi, Trần Phú, Đại lộ Nguyễn Hoàng và khu vực bờ sông Nhà Lê."),
  ('p', "Trong buổi sáng, lực lượng ra quân đã thu gom khoảng 25 tấn rác thải, xóa bỏ 7 điểm tập kết rác tự phát tồn tại nhiều năm; đồng thời trồng mới hoa, cây xanh tại các vị trí vừa được cải tạo."),
  ('p', "Phát biểu tại buổi lễ, Chủ tịch Ủy ban nhân dân phường đề nghị các tổ dân phố duy trì lịch vệ sinh định kỳ vào sáng Chủ nhật hằng tuần; lực lượng trật tự đô thị tăng cường kiểm tra, xử lý nghiêm các trường hợp đổ rác không đúng nơi quy định."),
 ])

A['d03'] = dict(
 title="Ban Tuyên giáo và Dân vận Tỉnh ủy sơ kết công tác dân vận 9 tháng năm 2025",
 date_shown="Cập nhật: 14:05 | 03/10/2025", published_at="2025-10-03T14:05:00+07:00",
 byline=None, author=None, source="Nguồn: Ban Tuyên giáo và Dân vận Tỉnh ủy",
 lead="Chiều 2/10, Ban Tuyên giáo và Dân vận Tỉnh ủy Lào Cai tổ chức hội nghị sơ kết công tác dân vận 9 tháng, triển khai nhiệm vụ trọng tâm 3 tháng cuối năm 2025.",
 blocks=[
  ('p', "Hội nghị được tổ chức theo hình thức trực tiếp kết hợp trực tuyến đến điểm cầu các đảng ủy xã, phường trong toàn tỉnh. Đây là hội nghị sơ kết đầu tiên kể từ khi tỉnh Lào Cai mới đi vào hoạt động theo mô hình chính quyền địa phương hai cấp."),
  ('img', "Quang cảnh hội nghị tại điểm cầu Tỉnh ủy."),
  ('p', "Theo báo cáo, 9 tháng qua, công tác dân vận của hệ thống chính trị có nhiều đổi mới; các cấp ủy đã chỉ đạo thực hiện tốt Quy chế dân chủ ở cơ sở, kịp thời nắm bắt tâm tư, nguyện vọng của Nhân dân trong quá trình sắp xếp đơn vị hành chính. Toàn tỉnh có 1.046 mô hình “Dân vận khéo” được công nhận, trong đó 212 mô hình trong lĩnh vực phát triển kinh tế."),
  ('p', "Phong trào thi đua “Dân vận khéo” gắn với xây dựng nông thôn mới, giảm nghèo bền vững được triển khai rộng khắp. Nhân dân đã hiến hơn 86.000 m² đất, đóng góp trên 120.000 ngày công để làm đường giao thông nông thôn, nhà văn hóa thôn, bản."),
  ('p', "Phát biểu chỉ đạo, đồng chí Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy đề nghị các địa phương tập trung tuyên truyền, vận động Nhân dân đồng thuận thực hiện các nhiệm vụ phát triển kinh tế - xã hội; chú trọng đối thoại trực tiếp giữa người đứng đầu cấp ủy, chính quyền với Nhân dân; giải quyết dứt điểm các vụ việc phức tạp, kéo dài ngay từ cơ sở."),
 ])

A['d04'] = dict(
 title="Bệnh viện Đa khoa tỉnh phẫu thuật thành công ca u tuyến giáp kích thước lớn",
 date_shown="Ngày đăng: 12/09/2025 09:41:07", published_at="2025-09-12T09:41:07+07:00",
 byline=["Phương Thảo"], author="Phương Thảo", byline_label="Tin, ảnh: ",
 lead="Các bác sĩ Khoa Ngoại tổng hợp, Bệnh viện Đa khoa tỉnh Phú Thọ vừa phẫu thuật thành công cho một nữ bệnh nhân 67 tuổi có khối u tuyến giáp kích thước 12 x 9 cm chèn ép khí quản.",
 blocks=[
  ('p', "Bệnh nhân là bà N.T.H., trú tại xã Tam Dương, nhập viện trong tình trạng khó thở, nuốt vướng, vùng cổ có khối phồng lớn. Gia đình cho biết khối u xuất hiện cách đây gần 10 năm nhưng bà ngại đi khám nên không điều trị."),
  ('p', "Sau khi thăm khám và làm các xét nghiệm cần thiết, kết quả chụp cắt lớp vi tính cho thấy khối u thùy phải tuyến giáp lan xuống trung thất, đẩy lệch và chèn ép khí quản. Các bác sĩ đã hội chẩn và quyết định phẫu thuật cắt toàn bộ tuyến giáp cho người bệnh."),
  ('img', "Kíp phẫu thuật thực hiện ca mổ cho người bệnh."),
  ('p', "Ca phẫu thuật kéo dài gần 3 giờ với sự phối hợp chặt chẽ giữa kíp mổ và kíp gây mê hồi sức. Sau mổ, sức khỏe người bệnh ổn định, hết khó thở, ăn uống bình thường và dự kiến được ra viện trong tuần tới."),
  ('p', "Qua trường hợp này, bác sĩ khuyến cáo người dân khi thấy vùng cổ có khối bất thường, nuốt vướng, khàn tiếng cần đến cơ sở y tế để được khám và điều trị kịp thời, tránh để khối u phát triển lớn gây biến chứng."),
 ])

A['d05'] = dict(
 title="Tuổi trẻ Bắc Ninh ra quân Chiến dịch Thanh niên tình nguyện hè năm 2025",
 date_shown="04/07/2025", published_at="2025-07-04T07:32:10+07:00",
 byline=["Nguyễn Hải Yến"], author="Nguyễn Hải Yến", byline_label="Đăng bởi ",
 lead=None,
 blocks=[
  ('p', "Sáng 4/7, tại xã Lục Ngạn, Tỉnh đoàn Bắc Ninh tổ chức Lễ ra quân Chiến dịch Thanh niên tình nguyện hè năm 2025 với chủ đề “Tuổi trẻ Bắc Ninh tiên phong, xung kích trong chuyển đổi số và xây dựng chính quyền địa phương hai cấp”."),
  ('p', "Chiến dịch năm nay được triển khai với nhiều nội dung trọng tâm, gồm:"),
  ('ul', ["Hỗ trợ người dân sử dụng dịch vụ công trực tuyến, cài đặt và kích hoạt định danh điện tử mức độ 2;",
          "Tham gia xây dựng nông thôn mới, chỉnh trang cảnh quan, thắp sáng đường quê;",
          "Tổ chức các lớp kỹ năng, bơi an toàn cho thiếu nhi trong dịp hè;",
          "Thăm hỏi, tặng quà gia đình chính sách, người có công với cách mạng."]),
  ('p', "Ngay sau lễ ra quân, các đội hình tình nguyện đã trao tặng 50 suất quà cho học sinh có hoàn cảnh khó khăn, khánh thành công trình “Con đường bích họa” dài 300 m và tổ chức ngày hội hỗ trợ người dân thực hiện thủ tục hành chính trên môi trường số."),
  ('p', "Dự kiến, trong suốt mùa hè, Tỉnh đoàn sẽ huy động hơn 20.000 lượt đoàn viên, thanh niên tham gia, thực hiện khoảng 150 công trình, phần việc thanh niên với tổng trị giá trên 5 tỷ đồng."),
 ])

A['d06'] = dict(
 title="Trường THPT Chuyên Lê Quý Đôn khai giảng năm học 2025 – 2026",
 date_shown="05/09/2025", published_at="2025-09-05T10:15:00+07:00",
 byline=["Tổ Văn phòng"], author="Tổ Văn phòng",
 lead=None,
 blocks=[
  ('p', "Sáng 5/9, trong không khí tưng bừng của ngày hội đến trường, thầy và trò Trường THPT Chuyên Lê Quý Đôn long trọng tổ chức lễ khai giảng năm học 2025 – 2026. Năm học này, nhà trường có 1.142 học sinh với 35 lớp, trong đó có 12 lớp 10 tuyển mới."),
  ('h', "Năm học nhiều thành tích nổi bật"),
  ('p', "Năm học 2024 – 2025, nhà trường có 96 học sinh đạt giải học sinh giỏi cấp tỉnh, 27 học sinh đạt giải học sinh giỏi quốc gia, trong đó có 2 giải Nhất. Tỷ lệ học sinh đỗ tốt nghiệp trung học phổ thông đạt 100%, điểm trung bình các môn thi xếp thứ nhất toàn tỉnh."),
  ('img', "Học sinh khối 10 trong lễ khai giảng năm học mới."),
  ('h', "Đổi mới phương pháp dạy học"),
  ('p', "Phát biểu tại buổi lễ, thầy Hiệu trưởng nhấn mạnh năm học mới nhà trường tiếp tục đổi mới phương pháp dạy học theo hướng phát triển phẩm chất, năng lực người học; đẩy mạnh ứng dụng công nghệ thông tin, trí tuệ nhân tạo trong giảng dạy và quản lý; chú trọng giáo dục kỹ năng sống, ngoại ngữ cho học sinh."),
  ('p', "Nhân dịp này, nhà trường đã trao 40 suất học bổng cho học sinh vượt khó học giỏi với tổng trị giá 80 triệu đồng, do Hội Cha mẹ học sinh và các nhà hảo tâm tài trợ."),
 ])

A['d07'] = dict(
 title="Hội Nông dân tỉnh tổng kết mô hình hợp tác xã trồng cây dược liệu dưới tán rừng",
 date_shown="Ngày 18 tháng 11 năm 2025", published_at="2025-11-18T00:00:00+07:00",
 byline=["Đinh Công Minh"], author="Đinh Công Minh", byline_label="Bài, ảnh: ",
 lead="Sau ba năm triển khai, mô hình trồng cây dược liệu dưới tán rừng do Hội Nông dân tỉnh hỗ trợ đã giúp các hộ thành viên hợp tác xã tăng thu nhập bình quân 35 – 40 triệu đồng mỗi năm.",
 blocks=[
  ('p', "Ngày 17/11, Hội Nông dân tỉnh Thái Nguyên tổ chức hội nghị tổng kết mô hình hợp tác xã trồng cây dược liệu dưới tán rừng tại xã Chợ Đồn. Mô hình được triển khai từ năm 2023 bằng nguồn vốn Quỹ Hỗ trợ nông dân với sự tham gia của 4 hợp tác xã và 126 hộ nông dân."),
  ('p', "Kết quả thực hiện mô hình qua các năm như sau:"),
  ('table', [["Năm", "Diện tích (ha)", "Số hộ tham gia", "Doanh thu (triệu đồng)"],
             ["2023", "18,5", "54", "1.320"],
             ["2024", "31,0", "97", "2.870"],
             ["2025", "42,7", "126", "4.150"]]),
  ('p', "Các loại cây được trồng chủ yếu là ba kích, sa nhân tím, khôi nhung và cà gai leo. Hội Nông dân tỉnh đã phối hợp với doanh nghiệp ký hợp đồng bao tiêu toàn bộ sản phẩm, giúp người dân yên tâm sản xuất."),
  ('img', "Thành viên hợp tác xã thu hoạch ba kích dưới tán rừng."),
  ('p', "Tại hội nghị, các đại biểu đề xuất tiếp tục mở rộng diện tích, xây dựng nhãn hiệu tập thể và đăng ký chương trình mỗi xã một sản phẩm (OCOP) cho các sản phẩm dược liệu; đồng thời kiến nghị tỉnh có cơ chế hỗ trợ hợp tác xã đầu tư máy sấy, sơ chế."),
 ])

A['d08'] = dict(
 title="Xã Nghĩa Đàn tiếp nhận 2.000 hồ sơ trực tuyến sau hai tháng vận hành chính quyền hai cấp",
 date_shown="14:05, 02/09/2025", published_at="2025-09-02T14:05:00+07:00",
 byline=["Văn phòng HĐND và UBND xã"], author="Văn phòng HĐND và UBND xã",
 lead="Sau hai tháng vận hành mô hình chính quyền địa phương hai cấp, Trung tâm Phục vụ hành chính công xã Nghĩa Đàn đã tiếp nhận hơn 3.100 hồ sơ, trong đó gần 2.000 hồ sơ nộp trực tuyến.",
 blocks=[
  ('p', "Theo thống kê, từ ngày 1/7 đến hết ngày 31/8/2025, tỷ lệ hồ sơ giải quyết đúng và trước hạn đạt 98,6%. Các lĩnh vực có số lượng hồ sơ lớn gồm chứng thực, hộ tịch, đất đai và bảo trợ xã hội."),
  ('p', "Để hỗ trợ người dân, xã đã bố trí tổ công nghệ số cộng đồng tại tất cả 38 thôn, hướng dẫn bà con nộp hồ sơ qua Cổng Dịch vụ công quốc gia và ứng dụng VNeID. Nhiều thủ tục như đăng ký khai sinh, cấp bản sao trích lục hộ tịch đã được thực hiện hoàn toàn trên môi trường điện tử."),
  ('p', "Thời gian tới, xã tiếp tục nâng cấp trang thiết bị tại Trung tâm Phục vụ hành chính công, tăng cường tập huấn cho đội ngũ công chức và công khai số điện thoại đường dây nóng để tiếp nhận phản ánh, kiến nghị của người dân."),
 ])

A['d09'] = dict(
 title="Sở Nông nghiệp và Môi trường hướng dẫn phòng chống rầy nâu hại lúa vụ Mùa",
 date_shown="26-08-2025", published_at="2025-08-26T00:00:00+07:00",
 byline=None, author=None, source="(Theo Chi cục Trồng trọt và Bảo vệ thực vật)",
 lead=None,
 blocks=[
  ('p', "Hiện nay, lúa vụ Mùa năm 2025 trên địa bàn tỉnh đang ở giai đoạn đòng – trỗ. Qua điều tra cho thấy rầy nâu, rầy lưng trắng đã xuất hiện trên diện rộng, mật độ phổ biến 500 – 1.000 con/m², nơi cao trên 3.000 con/m², tập trung tại các xã vùng trũng."),
  ('p', "Sở Nông nghiệp và Môi trường đề nghị Ủy ban nhân dân các xã, phường chỉ đạo các hợp tác xã, người dân thường xuyên thăm đồng, phát hiện sớm và phun trừ kịp thời những diện tích có mật độ rầy trên 3.000 con/m². Khi phun thuốc cần rẽ lúa thành băng, phun kỹ vào gốc lúa nơi rầy cư trú."),
  ('quote', "Tuyệt đối không phun thuốc trừ rầy khi lúa đang phơi màu, không trộn nhiều loại thuốc trong một bình phun; ưu tiên sử dụng các loại thuốc sinh học, ít độc hại với thiên địch.", "— Khuyến cáo của Chi cục Trồng trọt và Bảo vệ thực vật"),
  ('p', "Các đơn vị chuyên môn được giao bố trí cán bộ bám sát địa bàn, hướng dẫn nông dân sử dụng thuốc bảo vệ thực vật theo nguyên tắc “4 đúng”, thu gom vỏ bao bì thuốc đúng nơi quy định, bảo đảm an toàn cho người và môi trường."),
 ])

A['d10'] = dict(
 title="Huế tổ chức hội nghị xúc tiến đầu tư vào các khu công nghiệp năm 2025",
 date_shown="24.10.2025 15:20", published_at="2025-10-24T15:20:00+07:00",
 byline=["BTV"], author="BTV",
 lead=None,
 blocks=[
  ('p', "Chiều 24/10, Ban Quản lý Khu kinh tế, công nghiệp thành phố Huế tổ chức hội nghị xúc tiến đầu tư vào các khu công nghiệp năm 2025 với sự tham gia của hơn 120 doanh nghiệp trong và ngoài nước."),
  ('p', "Tại hội nghị, các doanh nghiệp được giới thiệu về quỹ đất sạch sẵn sàng cho thuê tại Khu công nghiệp Phong Điền, Khu công nghiệp Phú Bài và Khu kinh tế Chân Mây – Lăng Cô; các chính sách ưu đãi về thuế, tiền thuê đất và hỗ trợ đào tạo lao động của thành phố."),
  ('p', "Dịp này, thành phố đã trao quyết định chủ trương đầu tư cho 5 dự án với tổng vốn đăng ký hơn 3.600 tỷ đồng, trong đó có dự án sản xuất linh kiện điện tử và dự án trung tâm logistics."),
  ('p', "Lãnh đạo thành phố cam kết tiếp tục cải thiện môi trường đầu tư, kinh doanh, rút ngắn thời gian giải quyết thủ tục hành chính và luôn đồng hành, tháo gỡ khó khăn cho doanh nghiệp trong quá trình triển khai dự án."),
 ])

A['d11'] = dict(
 title="Đồn Biên phòng cửa khẩu Hoành Mô tổ chức Ngày hội “Biên phòng toàn dân” năm 2026",
 date_shown="2026-03-02 16:40", published_at="2026-03-02T16:40:00+07:00",
 byline=["Nhóm phóng viên"], author="Nhóm phóng viên",
 lead="Nhân kỷ niệm 67 năm Ngày truyền thống Bộ đội Biên phòng và 37 năm Ngày Biên phòng toàn dân, Đồn Biên phòng cửa khẩu Hoành Mô phối hợp với Đảng ủy xã Hoành Mô tổ chức Ngày hội “Biên phòng toàn dân”.",
 blocks=[
  ('p', "Tham dự ngày hội có đông đảo cán bộ, chiến sĩ đơn vị, lực lượng vũ trang xã và hơn 500 người dân các thôn biên giới. Tại buổi lễ, đại diện Đồn Biên phòng đã ôn lại truyền thống vẻ vang của Bộ đội Biên phòng qua 67 năm xây dựng, chiến đấu và trưởng thành."),
  ('img', "Cán bộ, chiến sĩ Đồn Biên phòng trao quà cho học sinh nghèo vượt khó."),
  ('p', "Trong khuôn khổ ngày hội, đơn vị đã trao 30 suất quà cho hộ nghèo, 20 suất học bổng “Nâng bước em tới trường” cho học sinh có hoàn cảnh khó khăn và khám bệnh, cấp thuốc miễn phí cho hơn 200 người dân."),
  ('p', "Bên cạnh đó, các hoạt động thi đấu thể thao như kéo co, đẩy gậy, bóng chuyền hơi giữa các đội thôn bản và lực lượng vũ trang đã diễn ra sôi nổi, góp phần thắt chặt tình đoàn kết quân dân nơi biên giới."),
 ])

A['d12'] = dict(
 title="Mặt trận Tổ quốc tỉnh trao 150 căn nhà Đại đoàn kết cho hộ nghèo",
 date_shown="Thứ Sáu, 19/12/2025, 10:12", published_at="2025-12-19T10:12:45+07:00",
 byline=["Trần Đức Anh"], author="Trần Đức Anh",
 lead="Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Gia Lai vừa tổ chức bàn giao 150 căn nhà Đại đoàn kết cho hộ nghèo, hộ có hoàn cảnh khó khăn về nhà ở tại 24 xã, phường trên địa bàn tỉnh.",
 blocks=[
  ('p', "Mỗi căn nhà có diện tích từ 40 đến 60 m², được hỗ trợ 60 triệu đồng từ Quỹ “Vì người nghèo” các cấp và nguồn vận động xã hội hóa. Các gia đình tự bỏ thêm kinh phí, cùng với sự giúp đỡ ngày công của họ hàng, hàng xóm để hoàn thiện công trình."),
  ('p', "Đến nay, Mặt trận Tổ quốc các cấp trong tỉnh đã vận động được hơn 62 tỷ đồng ủng hộ chương trình xóa nhà tạm, nhà dột nát, góp phần cùng cả nước hoàn thành mục tiêu xóa nhà tạm trong năm 2025."),
  ('p', "Chị Đinh Thị Hơ, làng Kon Rốc, xã Kông Chro xúc động: “Nhà mới khang trang, các con có chỗ học bài, gia đình không còn lo mưa dột. Tôi sẽ cố gắng làm ăn để thoát nghèo”."),
 ])

A['d13'] = dict(
 title="Phường Thủ Dầu Một đối thoại với Nhân dân về chỉnh trang đô thị",
 date_shown="Đăng lúc: 09:05:31 14/01/2026 (GMT+7)", published_at="2026-01-14T09:05:31+07:00",
 byline=["Minh Khôi"], author="Minh Khôi",
 lead="Sáng 13/1, Đảng ủy, Ủy ban nhân dân phường Thủ Dầu Một, Thành phố Hồ Chí Minh tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với Nhân dân về công tác chỉnh trang đô thị năm 2026.",
 blocks=[
  ('p', "Tại hội nghị, người dân các khu phố đã nêu 27 ý kiến, kiến nghị liên quan đến tình trạng ngập cục bộ khi mưa lớn, lấn chiếm vỉa hè, tiến độ nâng cấp hẻm và việc bố trí thêm điểm sinh hoạt cộng đồng."),
  ('p', "Đối với tình trạng ngập tại khu vực đường Yersin và Cách Mạng Tháng Tám, lãnh đạo phường cho biết đã đề xuất thành phố đầu tư nâng cấp hệ thống thoát nước; trước mắt, phường sẽ nạo vét cống, lắp thêm song chắn rác trong quý I/2026."),
  ('p', "Về chỉnh trang vỉa hè, phường sẽ tiếp tục vận động hộ kinh doanh ký cam kết không lấn chiếm, đồng thời phân định rõ phần vỉa hè dành cho người đi bộ. Những trường hợp tái phạm sẽ bị xử lý nghiêm theo quy định."),
  ('p', "Kết luận hội nghị, Bí thư Đảng ủy phường ghi nhận các ý kiến tâm huyết của người dân và giao các bộ phận chuyên môn trả lời bằng văn bản các kiến nghị chưa được giải đáp trực tiếp trong thời hạn 15 ngày."),
 ])

A['d14'] = dict(
 title="Sở Y tế triển khai tiêm vắc xin sởi cho trẻ từ 1 đến 10 tuổi",
 date_shown="Thứ hai, 09/03/2026 08:30", published_at="2026-03-09T08:30:00+07:00",
 byline=["Phòng Nghiệp vụ Y"], author="Phòng Nghiệp vụ Y",
 lead="Trước diễn biến phức tạp của dịch sởi tại một số địa phương, Sở Y tế tỉnh Đồng Tháp ban hành kế hoạch tổ chức chiến dịch tiêm vắc xin sởi cho trẻ từ 1 đến 10 tuổi trên địa bàn tỉnh.",
 blocks=[
  ('h', "Đối tượng và thời gian triển khai"),
  ('p', "Chiến dịch được thực hiện từ ngày 15/3 đến ngày 15/4/2026 tại các trạm y tế xã, phường và các điểm tiêm lưu động tại trường học. Dự kiến có khoảng 86.000 trẻ thuộc diện tiêm chủng."),
  ('h', "Các giải pháp trọng tâm"),
  ('ol', ["Rà soát, lập danh sách trẻ chưa tiêm hoặc chưa tiêm đủ mũi vắc xin sởi;",
          "Bảo đảm đủ vắc xin, vật tư, trang thiết bị và nhân lực cho các điểm tiêm;",
          "Tăng cường truyền thông để phụ huynh đưa trẻ đi tiêm đúng lịch;",
          "Sẵn sàng xử trí các trường hợp phản ứng sau tiêm."]),
  ('p', "Sở Y tế khuyến cáo phụ huynh khi trẻ có biểu hiện sốt, phát ban, ho, chảy nước mũi, viêm kết mạc cần đưa trẻ đến cơ sở y tế để được khám và điều trị kịp thời, không tự ý điều trị tại nhà."),
 ])

A['d15'] = dict(
 title="Xã Sìn Hồ khánh thành cầu treo bản Nậm Cười",
 date_shown="20/11/2025 - 16:12", published_at="2025-11-20T16:12:00+07:00",
 byline=["Lò Văn Thắng"], author="Lò Văn Thắng",
 lead=None,
 blocks=[
  ('p', "Chiều 20/11, Ủy ban nhân dân xã Sìn Hồ, tỉnh Lai Châu tổ chức khánh thành và đưa vào sử dụng cầu treo bản Nậm Cười. Cây cầu dài 72 m, rộng 1,5 m, có tổng mức đầu tư 2,4 tỷ đồng từ nguồn vốn Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi."),
  ('p', "Công trình hoàn thành giúp hơn 300 hộ dân hai bên suối đi lại thuận tiện, học sinh không còn phải lội suối đến trường vào mùa mưa lũ."),
 ])

A['d16'] = dict(
 title="Đảng ủy xã Tiên Yên tổ chức hội nghị học tập, quán triệt Nghị quyết của Đảng",
 date_shown="Ngày 06/11/2025", published_at="2025-11-06T00:00:00+07:00",
 byline=["Văn phòng Đảng ủy xã"], author="Văn phòng Đảng ủy xã",
 lead=None,
 blocks=[
  ('p', "Ngày 5/11, Đảng ủy xã Tiên Yên, tỉnh Quảng Ninh tổ chức hội nghị học tập, quán triệt, triển khai thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVI và Nghị quyết Đại hội Đảng bộ xã lần thứ I, nhiệm kỳ 2025 – 2030."),
  ('p', "Hội nghị được tổ chức trực tiếp tại hội trường Trung tâm Chính trị xã với sự tham gia của hơn 400 cán bộ, đảng viên thuộc 42 chi bộ trực thuộc."),
  ('p', "Các đại biểu đã được nghe báo cáo viên truyền đạt những nội dung cơ bản, cốt lõi của nghị quyết, trong đó tập trung vào các mục tiêu, chỉ tiêu, nhiệm vụ và đột phá chiến lược của tỉnh và của xã trong 5 năm tới."),
  ('p', "Kết thúc hội nghị, Đảng ủy xã yêu cầu các chi bộ xây dựng chương trình hành động cụ thể, phù hợp với thực tiễn, đưa nghị quyết sớm đi vào cuộc sống; mỗi cán bộ, đảng viên viết bài thu hoạch cá nhân gửi về Đảng ủy trước ngày 20/11."),
 ])

A['d17'] = dict(
 title="Xã Phước Hòa công bố Quy hoạch chung xã đến năm 2035, tầm nhìn đến năm 2050",
 date_shown="Ngày đăng: 03/09/2025", published_at="2025-09-03T00:00:00+07:00",
 byline=["Phạm Thị Ngọc Hân, Phòng Kinh tế xã"], author="Phạm Thị Ngọc Hân, Phòng Kinh tế xã",
 lead="Ngày 2/9, Ủy ban nhân dân xã Phước Hòa tổ chức hội nghị công bố Quy hoạch chung xã Phước Hòa đến năm 2035, tầm nhìn đến năm 2050 đã được Ủy ban nhân dân tỉnh Gia Lai phê duyệt.",
 blocks=[
  ('p', "Xã Phước Hòa được thành lập trên cơ sở sắp xếp toàn bộ diện tích tự nhiên, quy mô dân số của các xã Phước Hòa, Phước Thắng và Phước Quang cũ. Sau sắp xếp, xã có diện tích 68,4 km², dân số hơn 41.000 người với 27 thôn."),
  ('p', "Đồ án quy hoạch được lập nhằm cụ thể hóa định hướng phát triển của tỉnh, làm cơ sở để quản lý không gian, kiến trúc, cảnh quan, thu hút đầu tư và xây dựng xã theo hướng nông thôn mới kiểu mẫu."),
  ('h', "Tính chất và mục tiêu"),
  ('p', "Theo quy hoạch, Phước Hòa là xã phát triển nông nghiệp ứng dụng công nghệ cao, thương mại – dịch vụ và du lịch sinh thái gắn với hệ sinh thái đầm, sông; là đầu mối giao thương phía Nam của tỉnh."),
  ('p', "Mục tiêu đến năm 2035, thu nhập bình quân đầu người đạt 120 triệu đồng/năm; tỷ lệ hộ nghèo theo chuẩn đa chiều dưới 1%; 100% đường trục thôn được cứng hóa; tỷ lệ dân số sử dụng nước sạch đạt 100%."),
  ('h', "Định hướng phát triển không gian"),
  ('p', "Không gian xã được tổ chức thành ba vùng phát triển chính:"),
  ('ul', ["Vùng trung tâm hành chính – dịch vụ tại khu vực thôn Phú Hậu, quy mô khoảng 350 ha;",
          "Vùng sản xuất nông nghiệp tập trung ở phía Tây, chuyên canh lúa chất lượng cao và rau an toàn;",
          "Vùng du lịch sinh thái ven đầm Thị Nại, phát triển dịch vụ trải nghiệm, ẩm thực và homestay."]),
  ('p', "Hệ thống giao thông được quy hoạch gắn kết với Quốc lộ 19B và tuyến đường ven biển, hình thành các trục kết nối Đông – Tây giữa các thôn. Các khu dân cư hiện trạng được chỉnh trang, bổ sung hạ tầng xã hội như trường học, trạm y tế, nhà văn hóa và sân thể thao."),
  ('h', "Cơ cấu sử dụng đất"),
  ('p', "Cơ cấu sử dụng đất đến năm 2035 như sau:"),
  ('table', [["Loại đất", "Diện tích (ha)", "Tỷ lệ (%)"],
             ["Đất nông nghiệp", "4.152", "60,7"],
             ["Đất xây dựng", "1.386", "20,3"],
             ["Đất mặt nước", "921", "13,5"],
             ["Đất khác", "381", "5,5"]]),
  ('p', "Ngoài ra, quy hoạch xác định các khu vực cần bảo tồn như di tích lịch sử Tháp Bình Lâm, các đình làng và cảnh quan rừng ngập mặn ven đầm; đồng thời dành quỹ đất cho các công trình thích ứng với biến đổi khí hậu."),
  ('img', "Đại biểu tham quan pa nô giới thiệu đồ án quy hoạch tại hội nghị."),
  ('h', "Tổ chức thực hiện"),
  ('p', "Ủy ban nhân dân xã giao Phòng Kinh tế chủ trì công bố công khai đồ án quy hoạch tại trụ sở xã, nhà văn hóa các thôn và trên Cổng thông tin điện tử của xã để Nhân dân biết, giám sát thực hiện."),
  ('p', "Các thôn có trách nhiệm phổ biến nội dung quy hoạch đến từng hộ dân; phối hợp quản lý chặt chẽ việc xây dựng theo quy hoạch, kịp thời phát hiện, ngăn chặn các trường hợp xây dựng trái phép."),
  ('p', "Phát biểu tại hội nghị, Chủ tịch Ủy ban nhân dân xã nhấn mạnh quy hoạch là công cụ quan trọng để định hướng phát triển lâu dài. Xã sẽ ưu tiên nguồn lực đầu tư các công trình hạ tầng thiết yếu, đồng thời kêu gọi doanh nghiệp đầu tư vào nông nghiệp công nghệ cao và du lịch sinh thái."),
  ('p', "Người dân tham dự hội nghị bày tỏ đồng tình với nội dung quy hoạch và mong muốn xã sớm triển khai các dự án giao thông, thủy lợi, tạo điều kiện thuận lợi cho sản xuất và đời sống."),
 ])

A['d18'] = dict(
 title="Chế độ dinh dưỡng hợp lý cho người bệnh đái tháo đường type 2",
 date_shown="Thứ năm, 16/10/2025 - 08:15", published_at="2025-10-16T08:15:00+07:00",
 byline=["BSCKI. Nguyễn Thị Lan Anh - Khoa Dinh dưỡng"], author="BSCKI. Nguyễn Thị Lan Anh - Khoa Dinh dưỡng",
 lead="Đái tháo đường type 2 là bệnh mạn tính phổ biến và đang có xu hướng trẻ hóa. Bên cạnh dùng thuốc, chế độ ăn uống đóng vai trò then chốt giúp kiểm soát đường huyết, phòng ngừa biến chứng.",
 blocks=[
  ('strong', "1. Nguyên tắc chung"),
  ('p', "Người bệnh cần ăn đúng giờ, chia nhỏ bữa ăn trong ngày, không bỏ bữa. Mỗi bữa nên có đủ các nhóm chất: tinh bột, đạm, chất béo, vitamin và khoáng chất; trong đó ưu tiên thực phẩm có chỉ số đường huyết thấp."),
  ('strong', "2. Thực phẩm nên dùng"),
  ('p', "Nên ăn gạo lứt, yến mạch, khoai lang, các loại đậu; rau xanh ít nhất 400 g mỗi ngày; cá, thịt nạc, đậu phụ; trái cây ít ngọt như ổi, bưởi, táo với lượng vừa phải."),
  ('img', "Một bữa ăn cân đối dành cho người bệnh đái tháo đường."),
  ('strong', "3. Thực phẩm cần hạn chế"),
  ('p', "Hạn chế đồ ngọt, nước ngọt có ga, bánh kẹo, mứt; các món chiên rán nhiều dầu mỡ; nội tạng động vật; rượu bia. Không nên ăn cháo nấu nhừ, bún, phở với lượng lớn vì làm tăng đường huyết nhanh."),
  ('p', "Ngoài chế độ ăn, người bệnh cần duy trì vận động thể lực ít nhất 30 phút mỗi ngày, theo dõi đường huyết thường xuyên và tái khám đúng hẹn. Khi có thắc mắc về chế độ ăn, người bệnh có thể liên hệ Phòng khám tư vấn dinh dưỡng của bệnh viện để được hướng dẫn cụ thể."),
 ])

A['d19'] = dict(
 title="Sở Tư pháp tập huấn nghiệp vụ hộ tịch cho công chức cấp xã",
 date_shown="11/02/2026", published_at="2026-02-11T00:00:00+07:00",
 byline=["Đỗ Quang Huy"], author="Đỗ Quang Huy", byline_label="Tác giả: ",
 lead=None,
 blocks=[
  ('p', "Trong hai ngày 10 và 11/2, Sở Tư pháp tỉnh Hưng Yên tổ chức hội nghị tập huấn nghiệp vụ hộ tịch, chứng thực cho hơn 200 công chức Tư pháp – Hộ tịch của 104 xã, phường trên địa bàn tỉnh."),
  ('p', "Tại hội nghị, các học viên được báo cáo viên phổ biến những điểm mới của các văn bản quy phạm pháp luật về hộ tịch, chứng thực; hướng dẫn kỹ năng sử dụng phần mềm đăng ký, quản lý hộ tịch điện tử dùng chung và liên thông thủ tục hành chính về đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ dưới 6 tuổi."),
  ('p', "Hội nghị cũng dành thời gian trao đổi, giải đáp các vướng mắc phát sinh trong thực tiễn như đăng ký lại khai sinh, cải chính hộ tịch, xác định lại dân tộc và ghi chú ly hôn đã được giải quyết ở nước ngoài."),
  ('p', "Phát biểu bế mạc, lãnh đạo Sở Tư pháp đề nghị công chức cấp xã nghiên cứu kỹ tài liệu, vận dụng linh hoạt vào thực tế, bảo đảm giải quyết thủ tục hành chính nhanh chóng, chính xác, đúng quy định, tạo thuận lợi tối đa cho người dân."),
 ])

A['d20'] = dict(
 title="Hội Liên hiệp Phụ nữ phường Tân An ra mắt mô hình “Chợ an toàn thực phẩm”",
 date_shown="28/10/2025", published_at="2025-10-28T08:20:11+07:00",
 byline=None, author=None, source="Nguồn: Báo Cần Thơ",
 lead="Ngày 27/10, Hội Liên hiệp Phụ nữ phường Tân An, thành phố Cần Thơ ra mắt mô hình “Chợ an toàn thực phẩm” tại chợ Tân An với sự tham gia của 45 tiểu thương là hội viên phụ nữ.",
 blocks=[
  ('p', "Các tiểu thương tham gia mô hình đã ký cam kết kinh doanh thực phẩm có nguồn gốc rõ ràng, không sử dụng chất bảo quản, phụ gia ngoài danh mục cho phép; sử dụng túi thân thiện với môi trường và giữ gìn vệ sinh quầy sạp."),
  ('p', "Hội Liên hiệp Phụ nữ phường sẽ phối hợp với Ban Quản lý chợ và Trạm Y tế kiểm tra định kỳ hằng tháng, kịp thời biểu dương các tiểu thương thực hiện tốt và nhắc nhở những trường hợp vi phạm."),
  ('p', "Dịp này, Hội đã trao tặng 45 bộ dụng cụ bảo hộ, tạp dề, găng tay và 500 túi vải cho các tiểu thương tham gia mô hình."),
 ])
