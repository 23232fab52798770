# Hand-written article texts for blind-ag (invented people, figures, quotes).
# Mini-markup, one block per paragraph (blocks separated by a blank line):
#   "## x"  subheading        "- x"  list item (consecutive lines = one list)
#   "> x"   block quotation   "! x"  image with caption x
#   "| a | b |" table row (consecutive lines = one table, first row = header)
#   "!!"    image without caption (contributes nothing to the body)
# Anything else is a paragraph.

ARTICLES = {}

ARTICLES["g01"] = dict(
    platform="liferay-vnpt",
    url="https://tuyenquang.gov.vn/tin-tuc-su-kien/-/asset_publisher/TQ01/content/ubnd-tinh-hop-phien-thuong-ky-thang-10-nam-2026",
    site="Cổng thông tin điện tử tỉnh Tuyên Quang",
    section="Tin hoạt động",
    title="UBND tỉnh họp phiên thường kỳ tháng 10 năm 2026",
    pub="2026-10-21T17:45:00+07:00", shown="21/10/2026 17:45",
    byline=["Thu Hà"], author="Thu Hà",
    lead="Chiều 21/10, đồng chí Hoàng Minh Khôi, Chủ tịch UBND tỉnh chủ trì phiên họp thường kỳ tháng 10 nhằm đánh giá tình hình kinh tế - xã hội 10 tháng và cho ý kiến vào nhiều nội dung quan trọng trình Kỳ họp cuối năm của HĐND tỉnh.",
    text="""Dự phiên họp có các đồng chí Phó Chủ tịch UBND tỉnh; lãnh đạo các sở, ban, ngành của tỉnh. Phiên họp được kết nối trực tuyến đến điểm cầu của 124 xã, phường trên địa bàn.

Theo báo cáo của Sở Tài chính, 10 tháng năm 2026, tổng sản phẩm trên địa bàn tỉnh ước tăng 8,6% so với cùng kỳ. Sản xuất nông, lâm nghiệp cơ bản thuận lợi; diện tích trồng rừng mới đạt 11.240 ha, vượt 2,1% kế hoạch. Thu ngân sách nhà nước trên địa bàn ước đạt 5.870 tỷ đồng, bằng 91,4% dự toán. Tỉnh đón trên 3,9 triệu lượt khách du lịch, trong đó lượt khách đến khu vực cao nguyên đá tăng mạnh vào mùa hoa tam giác mạch.

! Đồng chí Hoàng Minh Khôi, Chủ tịch UBND tỉnh phát biểu kết luận phiên họp.

Bên cạnh kết quả đạt được, tiến độ giải ngân vốn đầu tư công vẫn chưa đạt yêu cầu, mới đạt 63,2% kế hoạch vốn giao. Một số dự án trọng điểm còn vướng mắc trong công tác bồi thường, giải phóng mặt bằng; việc vận hành bộ máy chính quyền địa phương hai cấp ở một số xã vùng cao còn lúng túng về nhân lực chuyên môn.

Tại phiên họp, các đại biểu tập trung thảo luận, cho ý kiến vào dự thảo Nghị quyết quy định mức hỗ trợ đối với người làm công tác chuyển đổi số cộng đồng, dự thảo kế hoạch đầu tư công năm 2027 và phương án sắp xếp trụ sở làm việc dôi dư sau sắp xếp đơn vị hành chính.

Kết luận phiên họp, Chủ tịch UBND tỉnh Hoàng Minh Khôi yêu cầu các sở, ngành, địa phương tập trung cao độ cho hai tháng cuối năm, phấn đấu hoàn thành ở mức cao nhất các chỉ tiêu đã đề ra. Người đứng đầu các chủ đầu tư phải chịu trách nhiệm trước Chủ tịch UBND tỉnh về tiến độ giải ngân; những dự án không có khả năng giải ngân phải được điều chuyển vốn trước ngày 15/11.

Đồng chí cũng đề nghị Sở Nội vụ tiếp tục rà soát, bố trí cán bộ có chuyên môn về đất đai, xây dựng, tài chính cho các xã còn thiếu; Sở Tài chính chủ động phương án xử lý trụ sở dôi dư theo hướng ưu tiên chuyển sang sử dụng cho y tế, giáo dục, văn hóa và thể thao, không để lãng phí tài sản công."""
)

ARTICLES["g02"] = dict(
    platform="liferay-vnpt",
    url="https://snnmt.laocai.gov.vn/tin-tuc/-/view_content/huong-dan-phong-chong-doi-ret-cho-vat-nuoi-vu-dong-xuan-2026-2027",
    site="Sở Nông nghiệp và Môi trường tỉnh Lào Cai",
    section="Hướng dẫn chuyên môn",
    title="Hướng dẫn phòng, chống đói, rét cho vật nuôi vụ Đông Xuân 2026 - 2027",
    pub="2026-11-18T08:30:00+07:00", shown="18/11/2026 08:30",
    byline=["Chi cục Chăn nuôi, Thú y và Thủy sản"], author="Chi cục Chăn nuôi, Thú y và Thủy sản",
    lead="Dự báo mùa đông năm nay có khả năng xuất hiện nhiều đợt rét đậm, rét hại kéo dài, băng giá ở vùng núi cao. Để chủ động bảo vệ đàn vật nuôi, Sở Nông nghiệp và Môi trường hướng dẫn các địa phương và người chăn nuôi thực hiện một số biện pháp sau.",
    text="""Hiện toàn tỉnh có trên 178.000 con trâu, bò, 1,2 triệu con lợn và khoảng 11,5 triệu con gia cầm. Phần lớn đàn trâu, bò được nuôi theo phương thức chăn thả tại các xã vùng cao, nơi nhiệt độ ban đêm có thể xuống dưới 5 độ C trong các đợt không khí lạnh tăng cường.

## 1. Chuồng trại

- Sửa chữa, gia cố chuồng trại trước ngày 30/11/2026; che chắn kín hướng gió bằng bạt, phên tre hoặc bao tải, bảo đảm chuồng khô ráo, thoáng khí.
- Nền chuồng lót rơm, rạ hoặc trấu khô; không để vật nuôi nằm trực tiếp trên nền ẩm ướt.
- Có thể đốt lửa sưởi ấm nhưng phải bảo đảm an toàn phòng chống cháy nổ, không để khói tích tụ trong chuồng.

## 2. Thức ăn, nước uống

Các hộ chăn nuôi chủ động dự trữ thức ăn thô xanh, rơm khô, cây ngô sau thu hoạch; ủ chua thức ăn theo hướng dẫn của cán bộ khuyến nông. Định mức dự trữ tối thiểu cho mỗi con trâu, bò trưởng thành trong suốt vụ Đông như sau:

| Loại thức ăn | Định mức (kg/con/ngày) | Ghi chú |
| Rơm khô | 4 - 5 | Dự trữ tối thiểu 90 ngày |
| Cỏ tươi hoặc cỏ ủ chua | 15 - 20 | Ưu tiên cỏ voi, cỏ VA06 |
| Thức ăn tinh (cám ngô, sắn) | 1 - 1,5 | Bổ sung khi nhiệt độ dưới 12 độ C |
| Muối ăn | 0,03 - 0,05 | Hòa vào nước uống ấm |

Cho vật nuôi uống nước sạch, ấm, có pha muối; tuyệt đối không chăn thả khi nhiệt độ ngoài trời xuống dưới 10 độ C.

## 3. Phòng bệnh

Chi cục Chăn nuôi, Thú y và Thủy sản đề nghị các xã, phường tổ chức tiêm phòng bổ sung vắc xin lở mồm long móng, tụ huyết trùng cho đàn trâu, bò trước khi vào đợt rét. Khi phát hiện vật nuôi có biểu hiện bất thường, người dân cần báo ngay cho cán bộ thú y cơ sở, không tự ý giết mổ, mua bán vật nuôi ốm, chết.

! Cán bộ thú y hướng dẫn người dân xã Bản Xèo che chắn chuồng trại cho trâu, bò. Ảnh: Vũ Đình Chiến

## 4. Trách nhiệm của UBND các xã, phường

- Thành lập tổ công tác kiểm tra việc che chắn chuồng trại, dự trữ thức ăn tại từng thôn, bản.
- Thông tin kịp thời các bản tin dự báo thời tiết trên hệ thống loa truyền thanh cơ sở.
- Tổng hợp thiệt hại do rét đậm, rét hại (nếu có), báo cáo về Sở Nông nghiệp và Môi trường trước 16 giờ hằng ngày trong thời gian xảy ra rét.

Mọi thông tin cần hỗ trợ kỹ thuật, người dân liên hệ Chi cục Chăn nuôi, Thú y và Thủy sản qua số điện thoại 0214.3840.216 hoặc cán bộ thú y tại xã để được hướng dẫn."""
)

ARTICLES["g03"] = dict(
    platform="liferay-vnpt",
    url="https://xaphuthong.thainguyen.gov.vn/tin-hoat-dong/-/asset_publisher/xPT/content/ngay-hoi-dai-doan-ket-toan-dan-toc-tai-thon-na-pan",
    site="Trang thông tin điện tử xã Phủ Thông",
    section="Tin hoạt động của xã",
    title="Sôi nổi Ngày hội Đại đoàn kết toàn dân tộc tại thôn Nà Pán",
    pub="2026-11-16T00:00:00+07:00", shown="16/11/2026",
    byline=["Tin, ảnh: Hoàng Văn Đức - Văn phòng HĐND và UBND xã"], author="Hoàng Văn Đức - Văn phòng HĐND và UBND xã",
    lead=None,
    text="""Sáng 15/11, Ban Công tác Mặt trận thôn Nà Pán, xã Phủ Thông tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2026, hướng tới kỷ niệm 96 năm Ngày truyền thống Mặt trận Tổ quốc Việt Nam.

Đến dự ngày hội có đồng chí Ma Thị Huyền, Phó Bí thư Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam xã; đại diện các ban, ngành, đoàn thể xã cùng đông đảo nhân dân thôn Nà Pán. Thôn hiện có 146 hộ với 612 nhân khẩu, chủ yếu là đồng bào dân tộc Tày.

! Các đại biểu dự lễ khai mạc Ngày hội tại nhà văn hóa thôn Nà Pán.

Năm 2026, nhân dân trong thôn đã hiến trên 1.200 m2 đất, đóng góp hơn 350 ngày công để làm mới 1,4 km đường bê tông nội thôn. Thu nhập bình quân đầu người đạt 46 triệu đồng/năm; số hộ nghèo giảm từ 11 hộ xuống còn 6 hộ. Có 138/146 hộ đạt danh hiệu gia đình văn hóa; thôn không có tụ điểm phức tạp về an ninh trật tự.

Phát biểu tại ngày hội, đồng chí Ma Thị Huyền ghi nhận, biểu dương tinh thần đoàn kết, chung sức xây dựng quê hương của nhân dân thôn Nà Pán. Đồng chí đề nghị thôn tiếp tục phát huy vai trò của người có uy tín, duy trì các mô hình tự quản, giữ gìn bản sắc văn hóa dân tộc Tày gắn với phát triển du lịch cộng đồng.

! Tiết mục hát then, đàn tính của câu lạc bộ văn nghệ thôn.

Dịp này, Ủy ban MTTQ Việt Nam xã trao 10 suất quà cho các hộ có hoàn cảnh khó khăn, mỗi suất trị giá 500.000 đồng; Ban Công tác Mặt trận thôn khen thưởng 8 hộ gia đình tiêu biểu trong phong trào hiến đất làm đường.

Sau phần lễ, bà con tham gia các trò chơi dân gian như ném còn, kéo co, đẩy gậy và thi gói bánh chưng, tạo không khí vui tươi, gắn kết cộng đồng."""
)

ARTICLES["g04"] = dict(
    platform="sharepoint",
    url="https://sotuphap.haiphong.gov.vn/Pages/tap-huan-nghiep-vu-ho-tich-cho-cong-chuc-tu-phap-cap-xa.aspx",
    site="Sở Tư pháp thành phố Hải Phòng",
    section="Tin tức - Sự kiện",
    title="Tập huấn nghiệp vụ hộ tịch cho công chức Tư pháp - Hộ tịch cấp xã",
    pub="2026-09-03T15:40:00+07:00", shown="03/09/2026 3:40 CH",
    byline=["Tin: Ngọc Anh - Ảnh: Quang Huy"], author="Ngọc Anh, Quang Huy",
    lead="Trong hai ngày 02 và 03/9/2026, Sở Tư pháp tổ chức hội nghị tập huấn nghiệp vụ hộ tịch, chứng thực cho hơn 220 công chức Tư pháp - Hộ tịch của các xã, phường, đặc khu trên địa bàn thành phố.",
    text="""Phát biểu khai mạc, bà Đỗ Thị Thu Trang, Phó Giám đốc Sở Tư pháp cho biết, sau khi thực hiện mô hình chính quyền địa phương hai cấp, toàn bộ thẩm quyền đăng ký hộ tịch có yếu tố nước ngoài trước đây của cấp huyện đã được chuyển giao cho UBND cấp xã. Khối lượng công việc tăng lên trong khi nhiều công chức mới được điều động từ lĩnh vực khác, chưa có kinh nghiệm chuyên sâu.

Tại hội nghị, các báo cáo viên của Phòng Hành chính tư pháp đã hướng dẫn chi tiết quy trình đăng ký khai sinh, kết hôn, khai tử có yếu tố nước ngoài; việc cấp bản sao trích lục hộ tịch điện tử; cách xử lý các trường hợp cải chính, bổ sung thông tin hộ tịch khi dữ liệu trên Cơ sở dữ liệu hộ tịch điện tử không khớp với Cơ sở dữ liệu quốc gia về dân cư.

! Quang cảnh hội nghị tập huấn tại Hội trường Trung tâm Chính trị thành phố.

Các học viên cũng được giới thiệu những điểm mới trong liên thông thủ tục hành chính đăng ký khai sinh - đăng ký thường trú - cấp thẻ bảo hiểm y tế cho trẻ dưới 6 tuổi. Đến hết tháng 8/2026, toàn thành phố đã giải quyết trên 31.400 hồ sơ liên thông trực tuyến, tỷ lệ hồ sơ đúng hạn đạt 97,8%.

Trong phần trao đổi, nhiều công chức đến từ đặc khu Cát Hải, đặc khu Bạch Long Vĩ và các xã khu vực phía Tây thành phố đã nêu vướng mắc khi tiếp nhận hồ sơ của người dân đang lao động ở nước ngoài, việc xác minh tình trạng hôn nhân khi người yêu cầu từng cư trú ở nhiều địa phương. Các vướng mắc đã được báo cáo viên giải đáp trực tiếp.

Kết thúc tập huấn, Sở Tư pháp đề nghị UBND các xã, phường, đặc khu bố trí đủ công chức làm công tác hộ tịch, không để tình trạng một công chức kiêm nhiệm quá nhiều lĩnh vực, bảo đảm phục vụ người dân kịp thời, đúng quy định."""
)

ARTICLES["g05"] = dict(
    platform="sharepoint-trang",
    url="https://bactuyengiaodanvan.bacninh.gov.vn/Trang/hoi-nghi-bao-cao-vien-thang-11-nam-2026.aspx",
    site="Ban Tuyên giáo và Dân vận Tỉnh ủy Bắc Ninh",
    section="Hoạt động của Ban",
    title="Hội nghị báo cáo viên tháng 11: Thông tin chuyên đề về chuyển đổi số trong hệ thống chính trị",
    pub="2026-11-11T08:05:00+07:00", shown="11/11/2026 8:05 SA",
    byline=["Nguyễn Phương Thảo", "Ban Tuyên giáo và Dân vận Tỉnh ủy"], author="Nguyễn Phương Thảo, Ban Tuyên giáo và Dân vận Tỉnh ủy",
    lead="Ngày 10/11, Ban Tuyên giáo và Dân vận Tỉnh ủy tổ chức Hội nghị báo cáo viên tháng 11 năm 2026 theo hình thức trực tiếp kết hợp trực tuyến đến 99 điểm cầu xã, phường.",
    text="""Đồng chí Nguyễn Thị Hồng Vân, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì hội nghị. Tham dự có các đồng chí báo cáo viên cấp tỉnh; lãnh đạo các cơ quan báo chí; Trưởng ban Tuyên giáo và Dân vận các đảng ủy trực thuộc; cán bộ phụ trách công tác tuyên giáo ở cơ sở.

Tại hội nghị, đồng chí Trịnh Văn Lâm, Giám đốc Sở Khoa học và Công nghệ thông tin chuyên đề về kết quả chuyển đổi số trong hệ thống chính trị của tỉnh. Đến nay, 100% cơ quan Đảng, chính quyền, Mặt trận và đoàn thể cấp tỉnh, cấp xã đã sử dụng hệ thống quản lý văn bản điện tử liên thông; tỷ lệ hồ sơ công việc được xử lý trên môi trường mạng đạt 94,5%; 87% thủ tục hành chính được cung cấp trực tuyến toàn trình.

Báo cáo viên cũng chỉ ra những hạn chế như hạ tầng mạng tại một số thôn còn yếu, kỹ năng số của một bộ phận cán bộ, đảng viên lớn tuổi chưa đáp ứng yêu cầu, việc khai thác dữ liệu phục vụ lãnh đạo, chỉ đạo chưa nhiều.

! Đồng chí Trịnh Văn Lâm, Giám đốc Sở Khoa học và Công nghệ thông tin chuyên đề tại hội nghị.

Hội nghị cũng nghe đồng chí Lê Quang Hưng, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy thông tin tình hình thời sự nổi bật trong nước, quốc tế và định hướng công tác tuyên truyền tháng 12, trong đó tập trung tuyên truyền kỷ niệm Ngày thành lập Quân đội nhân dân Việt Nam, kết quả thực hiện nhiệm vụ năm 2026 và công tác chuẩn bị bầu cử ở cơ sở.

Phát biểu kết luận, đồng chí Nguyễn Thị Hồng Vân đề nghị đội ngũ báo cáo viên kịp thời truyền đạt nội dung hội nghị đến cán bộ, đảng viên và nhân dân; tăng cường nắm bắt dư luận xã hội, chủ động đấu tranh phản bác các thông tin sai trái trên không gian mạng, nhất là những nội dung xuyên tạc về sắp xếp tổ chức bộ máy."""
)

ARTICLES["g06"] = dict(
    platform="viettel",
    url="https://hoinongdan.sonla.gov.vn/tin-tuc/hoi-nong-dan-tinh-tap-huan-ky-thuat-trong-ca-phe-theo-huong-huu-co-11052.html",
    site="Hội Nông dân tỉnh Sơn La",
    section="Hoạt động Hội",
    title="Tập huấn kỹ thuật trồng cà phê theo hướng hữu cơ cho hội viên nông dân",
    pub="2026-11-05T16:20:00+07:00", shown="Thứ Năm, 05/11/2026 - 16:20",
    byline=["Tác giả: Lò Văn Hưng"], author="Lò Văn Hưng",
    lead="Từ ngày 03 đến 05/11, Hội Nông dân tỉnh phối hợp với Trung tâm Khuyến nông tỉnh tổ chức 3 lớp tập huấn kỹ thuật trồng, chăm sóc cà phê theo hướng hữu cơ cho 150 hội viên nông dân các xã Chiềng Mung, Mường Bon và Chiềng Ban.",
    text="""Sơn La hiện có trên 22.000 ha cà phê, chủ yếu là cà phê chè, tập trung ở các xã vùng lòng chảo và cao nguyên. Những năm gần đây, giá cà phê nhân tăng cao giúp nhiều hộ nông dân có thu nhập khá, song tình trạng lạm dụng phân bón hóa học, thuốc bảo vệ thực vật khiến đất bị thoái hóa, sản phẩm khó đáp ứng yêu cầu của các thị trường khó tính.

Tại các lớp tập huấn, giảng viên của Trung tâm Khuyến nông đã hướng dẫn hội viên cách cải tạo đất bằng phân hữu cơ vi sinh, ủ phân từ vỏ cà phê; kỹ thuật tỉa cành, tạo tán; trồng cây che bóng và cây trồng xen; quản lý sâu bệnh tổng hợp bằng biện pháp sinh học; thu hái quả chín đạt tỷ lệ trên 90% để nâng cao chất lượng cà phê nhân.

Học viên được thực hành ủ phân hữu cơ tại vườn cà phê của hộ ông Lường Văn Thiết ở bản Hin, xã Chiềng Mung. Gia đình ông Thiết chuyển đổi 1,8 ha sang canh tác hữu cơ từ năm 2024, năng suất ban đầu giảm nhẹ nhưng giá bán cao hơn 25 - 30% so với cà phê thông thường.

“Trước đây tôi bón phân hóa học theo thói quen, càng bón đất càng chai. Làm hữu cơ vất vả hơn nhưng vườn khỏe lên, cà phê được doanh nghiệp bao tiêu, tôi yên tâm hơn nhiều”, ông Thiết chia sẻ.

Ông Cầm Văn Quyết, Phó Chủ tịch Hội Nông dân tỉnh cho biết, năm 2027 Hội sẽ phối hợp với các doanh nghiệp hỗ trợ thành lập thêm 5 tổ hội nghề nghiệp cà phê, hướng dẫn hội viên cấp mã số vùng trồng, tham gia chuỗi liên kết sản xuất - tiêu thụ, góp phần nâng cao giá trị cây cà phê của tỉnh."""
)

ARTICLES["g07"] = dict(
    platform="liferay-vnpt",
    url="https://phunu.quangninh.gov.vn/tin-tuc/-/view_content/hoi-lhpn-tinh-trao-sinh-ke-cho-phu-nu-dac-khu-co-to",
    site="Hội Liên hiệp Phụ nữ tỉnh Quảng Ninh",
    section="Tin hoạt động",
    title="Trao sinh kế, hỗ trợ phụ nữ đặc khu Cô Tô phát triển kinh tế",
    pub="2026-10-02T00:00:00+07:00", shown="02/10/2026",
    byline=None, author=None, source="Nguồn: Hội LHPN tỉnh",
    lead=None,
    text="""Ngày 01/10, Hội Liên hiệp Phụ nữ tỉnh phối hợp với Hội LHPN đặc khu Cô Tô tổ chức trao sinh kế cho 25 hội viên phụ nữ có hoàn cảnh khó khăn trên địa bàn đặc khu, với tổng trị giá 375 triệu đồng.

Mỗi hội viên được hỗ trợ 15 triệu đồng để mua lưới đánh bắt ven bờ, con giống hoặc vốn làm dịch vụ lưu trú, ăn uống phục vụ khách du lịch. Các hội viên nhận hỗ trợ đều được Hội LHPN đặc khu khảo sát nhu cầu, hướng dẫn xây dựng phương án sử dụng vốn phù hợp với điều kiện của gia đình.

Chị Nguyễn Thị Hoa, ở thôn Hải Tiến, một trong những hội viên nhận hỗ trợ cho biết, chồng chị mất trong một chuyến biển năm 2023, một mình chị nuôi hai con nhỏ. Với số tiền được hỗ trợ, chị sẽ mua thêm bàn ghế, dụng cụ để mở quán bán hải sản khô phục vụ khách du lịch.

Năm 2026, Hội LHPN tỉnh đã vận động trên 4,2 tỷ đồng từ các doanh nghiệp, nhà hảo tâm để triển khai các hoạt động hỗ trợ phụ nữ khu vực biên giới, hải đảo. Hội đã trao 186 suất sinh kế, xây mới 14 “Mái ấm tình thương”, nhận đỡ đầu 73 trẻ em mồ côi theo chương trình “Mẹ đỡ đầu”.

Phát biểu tại buổi trao tặng, bà Vũ Thị Thanh Mai, Chủ tịch Hội LHPN tỉnh mong muốn các hội viên sử dụng hiệu quả nguồn vốn, mạnh dạn thay đổi cách làm, đồng thời đề nghị Hội LHPN đặc khu thường xuyên theo dõi, hỗ trợ kỹ thuật, kết nối tiêu thụ sản phẩm để các chị sớm vươn lên thoát nghèo bền vững.

Cũng trong chương trình, Hội LHPN tỉnh đã tổ chức khám sức khỏe, tư vấn phòng chống ung thư vú, ung thư cổ tử cung miễn phí cho 160 phụ nữ của đặc khu."""
)

ARTICLES["g08"] = dict(
    platform="fpt",
    url="https://haichau.danang.gov.vn/chi-tiet-tin-tuc?dinhdanh=phuong-hai-chau-ra-quan-tong-ve-sinh-moi-truong-mua-mua-bao-2026",
    site="Trang thông tin điện tử phường Hải Châu",
    section="Tin tức",
    title="Phường Hải Châu ra quân tổng vệ sinh môi trường trước mùa mưa bão",
    pub="2026-09-27T08:40:00+07:00", shown=None,
    byline=["Bài, ảnh: Trần Thị Bích Ngọc"], author="Trần Thị Bích Ngọc",
    lead="Sáng 27/9, UBND phường Hải Châu phối hợp với Ủy ban MTTQ Việt Nam phường tổ chức lễ ra quân tổng vệ sinh môi trường, khơi thông cống rãnh, chủ động phòng chống thiên tai mùa mưa bão năm 2026.",
    text="""Tham gia lễ ra quân có hơn 600 cán bộ, công chức, đoàn viên thanh niên, hội viên các đoàn thể, lực lượng dân quân tự vệ và đông đảo người dân trong 38 tổ dân phố.

Theo ông Phan Văn Tâm, Chủ tịch UBND phường, khu vực trung tâm của phường có mật độ dân cư cao, hệ thống thoát nước nhiều tuyến đã xuống cấp, một số điểm thường xuyên ngập cục bộ khi mưa lớn như đường Hoàng Diệu, Núi Thành và khu vực chợ Hàn. Việc ra quân tổng vệ sinh nhằm khơi thông dòng chảy, giảm nguy cơ ngập úng, đồng thời nâng cao ý thức của người dân trong việc giữ gìn vệ sinh chung.

! Đoàn viên thanh niên phường nạo vét rác thải tại cửa xả đường Bạch Đằng.

Ngay sau lễ ra quân, các lực lượng đã chia thành 12 nhóm, tập trung nạo vét hố ga, thu gom rác thải, phát quang cây xanh, cắt tỉa các nhánh cây có nguy cơ gãy đổ; tuyên truyền người dân không xả rác xuống cống, chằng chống nhà cửa, biển hiệu quảng cáo trước khi bão vào.

Kết quả, trong buổi sáng các lực lượng đã thu gom khoảng 18 tấn rác thải, nạo vét 240 hố ga, khơi thông 3,6 km mương thoát nước. Phường cũng rà soát 26 hộ dân đang sinh sống tại các nhà cũ, xuống cấp để có phương án sơ tán khi có bão mạnh.

UBND phường yêu cầu các tổ dân phố duy trì hoạt động vệ sinh môi trường vào sáng Chủ nhật hằng tuần, gắn với phong trào “Ngày Chủ nhật xanh”, đồng thời kiện toàn lực lượng xung kích phòng chống thiên tai tại cơ sở, sẵn sàng ứng phó theo phương châm “bốn tại chỗ”."""
)

ARTICLES["g09"] = dict(
    platform="php-custom",
    url="http://sogddt.nghean.gov.vn/tintuc/chitiet.php?id=8214",
    site="Sở Giáo dục và Đào tạo Nghệ An",
    section="Tin giáo dục",
    title="Công đoàn ngành Giáo dục tổ chức Hội thi giáo viên dạy giỏi kết hợp chuyển đổi số",
    pub="2026-09-08T00:00:00+07:00", shown="08/09/2026",
    byline=["Nguyễn Thị Lan - Công đoàn ngành Giáo dục"], author="Nguyễn Thị Lan - Công đoàn ngành Giáo dục",
    lead=None,
    text="""Từ ngày 04 đến ngày 07/9/2026, Công đoàn ngành Giáo dục phối hợp với Sở Giáo dục và Đào tạo tổ chức Hội thi giáo viên dạy giỏi ứng dụng công nghệ số trong dạy học năm học 2026 - 2027.

Hội thi có 128 giáo viên đến từ các trường trung học phổ thông, trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên và trường phổ thông dân tộc nội trú trên địa bàn tỉnh tham gia. Mỗi thí sinh trình bày một bài giảng có ứng dụng học liệu số, phần mềm mô phỏng hoặc nền tảng học tập trực tuyến, sau đó trả lời câu hỏi của ban giám khảo.

Nhiều bài giảng được đánh giá cao về tính sáng tạo, như bài giảng môn Vật lý sử dụng phòng thí nghiệm ảo của cô giáo Hồ Thị Thanh Nga (Trường THPT Đô Lương 1), bài giảng Lịch sử kết hợp bản đồ số về các địa danh cách mạng của thầy giáo Lữ Văn Bình (Trường PT Dân tộc nội trú THCS và THPT số 2).

Theo ban tổ chức, so với các hội thi trước, chất lượng bài dự thi năm nay có nhiều tiến bộ, giáo viên vùng miền núi đã mạnh dạn ứng dụng công nghệ. Tuy vậy, một số bài giảng còn lạm dụng hiệu ứng trình chiếu, chưa chú trọng phát huy tính chủ động của học sinh.

Kết quả, ban tổ chức trao 12 giải Nhất, 24 giải Nhì, 36 giải Ba và 20 giải Khuyến khích. Các bài giảng đạt giải Nhất sẽ được số hóa, chia sẻ trên kho học liệu dùng chung của ngành để giáo viên toàn tỉnh tham khảo.

Phát biểu bế mạc, ông Thái Văn Hùng, Chủ tịch Công đoàn ngành Giáo dục khẳng định hội thi là dịp để đội ngũ nhà giáo giao lưu, học hỏi kinh nghiệm, đồng thời đề nghị các công đoàn cơ sở tiếp tục phát động phong trào thi đua “Dạy tốt, học tốt” gắn với chuyển đổi số trong nhà trường."""
)

ARTICLES["g10"] = dict(
    platform="cmc",
    url="https://soyte.gialai.gov.vn/tin-tuc/gia-lai-trien-khai-chien-dich-tiem-vac-xin-soi-rubella-cho-tre-vung-kho-khan-t4512.html",
    site="Sở Y tế tỉnh Gia Lai",
    section="Tin tức y tế",
    title="Gia Lai triển khai chiến dịch tiêm vắc xin sởi - rubella cho trẻ vùng khó khăn",
    pub="2026-10-20T14:05:37+07:00", shown="20/10/2026 14:05:37",
    byline=["Bài: MINH CHÂU, THANH TÙNG"], author="MINH CHÂU, THANH TÙNG",
    lead="Sở Y tế vừa triển khai chiến dịch tiêm bổ sung vắc xin sởi - rubella cho khoảng 46.000 trẻ từ 1 đến 5 tuổi tại 58 xã vùng sâu, vùng xa, nơi tỷ lệ tiêm chủng đầy đủ còn thấp.",
    text="""Theo số liệu của Trung tâm Kiểm soát bệnh tật tỉnh, từ đầu năm 2026 đến nay, toàn tỉnh ghi nhận 214 ca sốt phát ban nghi sởi, trong đó 67 ca dương tính với sởi, tập trung chủ yếu ở trẻ chưa tiêm hoặc tiêm chưa đủ mũi. Các ca bệnh xuất hiện nhiều tại các xã phía Tây và phía Nam của tỉnh.

Chiến dịch được triển khai từ ngày 20/10 đến 15/11/2026, theo hình thức tiêm tại trạm y tế xã và các điểm tiêm lưu động ở thôn, làng. Đối với những làng ở xa, đi lại khó khăn, các đội tiêm chủng sẽ đến tận nơi, kết hợp già làng, người có uy tín vận động các gia đình đưa trẻ đi tiêm.

Bác sĩ Rơ Chăm H’Lim, Phó Giám đốc Trung tâm Kiểm soát bệnh tật tỉnh cho biết, để bảo đảm an toàn tiêm chủng, mỗi điểm tiêm đều bố trí đầy đủ nhân lực, thuốc và phương tiện xử trí phản ứng sau tiêm; trẻ được khám sàng lọc, theo dõi ít nhất 30 phút sau khi tiêm.

! Cán bộ y tế tiêm vắc xin sởi - rubella cho trẻ tại làng Plei Ơi, xã Ia Grai.

Sở Y tế đề nghị UBND các xã chỉ đạo rà soát, lập danh sách đối tượng, không để sót trẻ, đặc biệt là trẻ theo cha mẹ đi làm ăn xa trở về. Các cơ sở y tế tăng cường giám sát, phát hiện sớm ca bệnh, cách ly và điều trị kịp thời, không để dịch lây lan trong cộng đồng.

Phụ huynh có con trong độ tuổi tiêm chủng cần chủ động đưa trẻ đến điểm tiêm theo thông báo của trạm y tế xã, mang theo sổ hoặc phiếu tiêm chủng, đồng thời theo dõi sức khỏe của trẻ sau khi về nhà."""
)

ARTICLES["g11"] = dict(
    platform="dnn",
    url="https://sokhcn.cantho.gov.vn/Tin-tuc/Chi-tiet/ArticleId/3391/can-tho-nghiem-thu-de-tai-giong-lua-chiu-man",
    site="Sở Khoa học và Công nghệ thành phố Cần Thơ",
    section="Hoạt động khoa học",
    title="Nghiệm thu đề tài chọn tạo giống lúa chịu mặn cho vùng ven biển",
    pub="2026-08-12T10:15:00+07:00", shown="12/08/2026 10:15", updated="13/08/2026 08:02",
    byline=["ThS. Lâm Quốc Khải", "Phòng Quản lý khoa học"], author="ThS. Lâm Quốc Khải, Phòng Quản lý khoa học",
    lead=None,
    text="""Ngày 11/8/2026, Hội đồng khoa học và công nghệ thành phố tổ chức nghiệm thu đề tài “Chọn tạo và phát triển giống lúa chịu mặn, ngắn ngày phục vụ sản xuất vùng ven biển thành phố Cần Thơ” do Trường Đại học Cần Thơ chủ trì thực hiện.

Đề tài được triển khai từ tháng 6/2024 với tổng kinh phí 2,85 tỷ đồng, nhằm chọn tạo được ít nhất hai giống lúa có khả năng chịu mặn từ 4 đến 6 phần nghìn, thời gian sinh trưởng dưới 100 ngày, phù hợp với điều kiện canh tác tại các xã ven biển thuộc tỉnh Sóc Trăng (cũ).

Qua hơn hai năm thực hiện, nhóm nghiên cứu đã lai tạo, đánh giá 126 dòng lúa, chọn được 3 dòng triển vọng. Kết quả khảo nghiệm ở các vụ Đông Xuân và Hè Thu cụ thể như sau:

| Dòng lúa | Thời gian sinh trưởng (ngày) | Năng suất (tấn/ha) | Ngưỡng chịu mặn (‰) |
| CTUS-21 | 95 | 6,8 | 5 |
| CTUS-34 | 98 | 7,1 | 6 |
| CTUS-40 | 92 | 6,3 | 4 |

Hai dòng CTUS-21 và CTUS-34 đã được trồng thử nghiệm trên diện tích 40 ha tại xã Trần Đề và xã Lịch Hội Thượng, cho năng suất cao hơn giống đối chứng từ 0,6 đến 0,9 tấn/ha, được nông dân đánh giá cao về khả năng chống đổ ngã và chất lượng gạo.

Hội đồng nghiệm thu thống nhất đánh giá đề tài đạt loại khá, đề nghị chủ nhiệm đề tài hoàn thiện hồ sơ đăng ký công nhận giống lúa mới, phối hợp với Sở Nông nghiệp và Môi trường xây dựng quy trình canh tác và kế hoạch nhân giống để chuyển giao cho các hợp tác xã trong năm 2027."""
)

ARTICLES["g12"] = dict(
    platform="nukeviet",
    url="https://xamytho.dongthap.gov.vn/news/tin-tuc/xa-my-tho-hoan-thanh-cau-giao-thong-nong-thon-ap-my-loi-512.html",
    site="Cổng thông tin điện tử xã Mỹ Thọ",
    section="Tin tức",
    title="Xã Mỹ Thọ khánh thành cầu giao thông nông thôn ấp Mỹ Lợi",
    pub="2026-07-14T10:17:00+07:00", shown="14/07/2026 10:17",
    byline=["Phạm Hoàng Nam (Trung tâm Văn hóa - Thể thao và Truyền thông xã)"], author="Phạm Hoàng Nam (Trung tâm Văn hóa - Thể thao và Truyền thông xã)",
    lead="Sáng 13/7, UBND xã Mỹ Thọ tổ chức lễ khánh thành và đưa vào sử dụng cầu bê tông ấp Mỹ Lợi, thay thế cây cầu gỗ tạm đã xuống cấp nghiêm trọng.",
    text="""Cầu có chiều dài 36 m, rộng 3,5 m, tải trọng 5 tấn, tổng kinh phí xây dựng 1,62 tỷ đồng. Trong đó, ngân sách xã hỗ trợ 900 triệu đồng, phần còn lại do nhân dân, các mạnh thường quân và bà con quê hương đang sinh sống ở nơi khác đóng góp.

Trước đây, hơn 300 hộ dân ấp Mỹ Lợi và học sinh của Trường Tiểu học Mỹ Thọ 2 phải đi qua cây cầu gỗ hẹp, nhiều đoạn mục nát. Vào mùa nước nổi, việc đi lại rất nguy hiểm, nông sản phải chở bằng xuồng ra lộ lớn, làm tăng chi phí.

Ông Nguyễn Văn Út, 68 tuổi, người dân ấp Mỹ Lợi chia sẻ: “Bà con mong cây cầu này mấy chục năm rồi. Giờ xe tải nhỏ chạy vô tận nơi thu mua xoài, mít, nông dân đỡ được nhiều chi phí, con nít đi học cũng an toàn”.

! Lãnh đạo xã và người dân cắt băng khánh thành cầu ấp Mỹ Lợi.

Phát biểu tại buổi lễ, bà Lê Thị Ngọc Hân, Chủ tịch UBND xã Mỹ Thọ ghi nhận sự đồng lòng của nhân dân trong xây dựng nông thôn mới. Năm 2026, xã đặt mục tiêu hoàn thành thêm 2 cây cầu và 4,5 km đường giao thông nông thôn, phấn đấu đạt chuẩn xã nông thôn mới nâng cao vào cuối năm 2027.

Bà đề nghị Ban Nhân dân ấp Mỹ Lợi xây dựng quy chế bảo quản, sử dụng cầu, tuyên truyền người dân chấp hành quy định về tải trọng, giữ gìn vệ sinh, bảo vệ công trình lâu dài."""
)

ARTICLES["g13"] = dict(
    platform="wordpress",
    url="https://congdoan.khanhhoa.gov.vn/2026/08/18/cong-doan-vien-chuc-tinh-to-chuc-toa-dam-nguoi-lao-dong-voi-van-hoa-cong-so/",
    site="Công đoàn Viên chức tỉnh Khánh Hòa",
    section="Hoạt động công đoàn",
    title="Công đoàn Viên chức tỉnh tổ chức tọa đàm “Người lao động với văn hóa công sở”",
    pub="2026-08-18T09:15:33+07:00", shown="18 Tháng Tám, 2026",
    byline=["Tác giả: Trần Quốc Bảo"], author="Trần Quốc Bảo",
    lead=None,
    text="""Chiều 17/8, Công đoàn Viên chức tỉnh tổ chức buổi tọa đàm với chủ đề “Người lao động với văn hóa công sở” cho hơn 120 đoàn viên là cán bộ, công chức, viên chức các sở, ngành của tỉnh.

Tọa đàm diễn ra trong bối cảnh nhiều cơ quan vừa sắp xếp, hợp nhất, đội ngũ công chức đến từ các đơn vị khác nhau cùng làm việc trong một môi trường mới. Việc xây dựng văn hóa công sở, tạo sự gắn kết giữa các thành viên được xem là yếu tố quan trọng để bộ máy vận hành thông suốt.

Các đại biểu đã chia sẻ nhiều câu chuyện thực tế về ứng xử trong giao tiếp với người dân, tác phong làm việc, việc sử dụng mạng xã hội của cán bộ, công chức. Chị Nguyễn Thị Diễm My, chuyên viên Sở Văn hóa, Thể thao và Du lịch cho rằng, văn hóa công sở không chỉ là trang phục, giờ giấc mà quan trọng hơn là thái độ tận tụy, tôn trọng đồng nghiệp và người dân.

Theo ông Đặng Văn Phúc, Chủ tịch Công đoàn Viên chức tỉnh, qua khảo sát nhanh tại 18 cơ quan, có trên 80% đoàn viên cho rằng môi trường làm việc sau sắp xếp đã dần ổn định; tuy vậy vẫn còn tâm lý e ngại, chưa cởi mở ở một bộ phận người lao động.

Kết thúc tọa đàm, Công đoàn Viên chức tỉnh đề nghị các công đoàn cơ sở phối hợp với thủ trưởng cơ quan tổ chức các hoạt động văn hóa, thể thao, sinh hoạt chuyên đề định kỳ; kịp thời nắm bắt tâm tư, nguyện vọng, bảo vệ quyền và lợi ích hợp pháp, chính đáng của đoàn viên.

Dịp này, ban tổ chức đã trao giải cho 10 tác phẩm xuất sắc trong cuộc thi ảnh “Nét đẹp công sở” do Công đoàn Viên chức tỉnh phát động từ tháng 5/2026."""
)

ARTICLES["g14"] = dict(
    platform="joomla",
    url="https://xamuongthanh.dienbien.gov.vn/index.php/tin-tuc/tin-doan-the/712-doan-thanh-nien-xa-ra-quan-chien-dich-tinh-nguyen-he",
    site="Trang thông tin điện tử xã Mường Thanh",
    section="Tin đoàn thể",
    title="Đoàn Thanh niên xã tổng kết chiến dịch Thanh niên tình nguyện hè năm 2026",
    pub="2026-08-29T08:30:00+07:00", shown="29/08/2026 08:30",
    byline=["Lò Thị Hương – Bí thư Đoàn xã"], author="Lò Thị Hương – Bí thư Đoàn xã",
    lead=None,
    text="""Ngày 28/8, Ban Chấp hành Đoàn xã Mường Thanh tổ chức hội nghị tổng kết chiến dịch Thanh niên tình nguyện hè năm 2026, biểu dương các tập thể, cá nhân có thành tích xuất sắc.

Chiến dịch năm nay được triển khai từ ngày 01/6 đến 15/8 với sự tham gia của hơn 450 lượt đoàn viên, thanh niên và 60 sinh viên tình nguyện của Trường Cao đẳng Điện Biên. Các hoạt động tập trung vào ba nội dung chính: chung tay xây dựng nông thôn mới, hỗ trợ chuyển đổi số và chăm lo cho thiếu nhi trong dịp hè.

Kết quả nổi bật của chiến dịch gồm:

- Làm mới 1,2 km đường bê tông nội bản tại bản Him Lam 3 và bản Co Mận.
- Hướng dẫn 1.350 người dân cài đặt, sử dụng ứng dụng định danh điện tử VNeID và thanh toán không dùng tiền mặt.
- Tổ chức 6 lớp dạy bơi miễn phí cho 180 trẻ em; tặng 120 suất quà cho thiếu nhi có hoàn cảnh khó khăn.
- Trồng 2.000 cây xanh dọc tuyến đường vào khu di tích Đồi A1.

Đồng chí Quàng Văn Tuyến, Phó Bí thư Đảng ủy xã đánh giá cao tinh thần xung kích của tuổi trẻ Mường Thanh, đồng thời đề nghị Đoàn xã tiếp tục duy trì các đội hình tình nguyện thường xuyên, nhất là hoạt động hỗ trợ người dân thực hiện thủ tục hành chính trên môi trường điện tử.

Dịp này, Ban Chấp hành Đoàn xã đã tặng giấy khen cho 5 tập thể và 14 cá nhân có thành tích xuất sắc trong chiến dịch. Chi đoàn bản Him Lam 3 được đề nghị Tỉnh đoàn tặng bằng khen."""
)

ARTICLES["g15"] = dict(
    platform="aspnet-custom",
    url="https://snv.daklak.gov.vn/TinTuc/ChiTiet.aspx?TinTucID=20417",
    site="Sở Nội vụ tỉnh Đắk Lắk",
    section="Thông báo",
    title="Thông báo kết quả tiếp nhận hồ sơ xét tuyển viên chức giáo dục năm 2026",
    pub="2026-11-04T09:30:00+07:00", shown="Thứ tư, 04/11/2026 | 09:30",
    byline=None, author=None, source="Nguồn: Phòng Công chức, viên chức",
    lead="Sở Nội vụ thông báo kết quả tiếp nhận hồ sơ đăng ký dự tuyển viên chức giảng dạy tại các trường mầm non, tiểu học, trung học cơ sở thuộc UBND các xã, phường năm 2026.",
    text="""Thực hiện Kế hoạch số 214/KH-UBND ngày 15/9/2026 của UBND tỉnh về tuyển dụng viên chức giáo dục năm 2026, từ ngày 01/10 đến hết ngày 30/10/2026, Hội đồng tuyển dụng đã tiếp nhận hồ sơ đăng ký dự tuyển qua Cổng dịch vụ công của tỉnh và trực tiếp tại Trung tâm Phục vụ hành chính công.

Tổng số chỉ tiêu tuyển dụng là 1.126 người; tổng số hồ sơ đăng ký là 2.874 hồ sơ. Kết quả tiếp nhận theo cấp học như sau:

| Cấp học | Chỉ tiêu | Số hồ sơ đăng ký | Số hồ sơ đủ điều kiện |
| Mầm non | 412 | 903 | 881 |
| Tiểu học | 438 | 1.167 | 1.139 |
| Trung học cơ sở | 276 | 804 | 778 |

Có 76 hồ sơ không đủ điều kiện dự tuyển do không đáp ứng trình độ chuẩn được đào tạo theo quy định của Luật Giáo dục, thiếu chứng chỉ bồi dưỡng nghiệp vụ sư phạm hoặc đăng ký không đúng vị trí việc làm.

Người đăng ký dự tuyển tra cứu danh sách chi tiết tại mục Thông báo tuyển dụng trên Cổng thông tin điện tử của Sở Nội vụ. Thí sinh có ý kiến về kết quả tiếp nhận hồ sơ gửi văn bản về Sở Nội vụ trước 17 giờ ngày 10/11/2026.

Vòng 2 (phỏng vấn, thực hành) dự kiến tổ chức từ ngày 25/11/2026 tại các điểm thi ở phường Buôn Ma Thuột và phường Tuy Hòa. Thời gian, địa điểm cụ thể và tài liệu ôn tập sẽ được thông báo đến thí sinh đủ điều kiện ít nhất 15 ngày trước ngày thi.

Mọi thắc mắc liên hệ Phòng Công chức, viên chức, Sở Nội vụ, điện thoại 0262.3852.417 trong giờ hành chính."""
)

ARTICLES["g16"] = dict(
    platform="php-custom",
    url="https://dangbo.xadamdoi.camau.gov.vn/index.php?mod=news&act=detail&id=1875",
    site="Đảng bộ xã Đầm Dơi",
    section="Xây dựng Đảng",
    title="Đảng ủy xã Đầm Dơi trao Huy hiệu Đảng đợt 7/11",
    pub="2026-11-03T15:48:00+07:00", shown="03/11/2026 - 15:48",
    byline=["Quốc Việt (Văn phòng Đảng ủy xã)"], author="Quốc Việt (Văn phòng Đảng ủy xã)",
    lead=None,
    text="""Chiều 03/11, Đảng ủy xã Đầm Dơi tổ chức lễ trao Huy hiệu Đảng đợt 7/11 cho 19 đảng viên, trong đó có 1 đồng chí nhận Huy hiệu 60 năm tuổi Đảng, 3 đồng chí nhận Huy hiệu 55 năm, 6 đồng chí nhận Huy hiệu 45 năm, 4 đồng chí nhận Huy hiệu 40 năm và 5 đồng chí nhận Huy hiệu 30 năm tuổi Đảng.

Đồng chí Trương Minh Luân, Bí thư Đảng ủy xã dự và trao Huy hiệu Đảng cho các đảng viên. Đồng chí chúc mừng các đảng viên được nhận Huy hiệu Đảng đợt này; khẳng định đây là phần thưởng cao quý, ghi nhận những đóng góp bền bỉ của các đồng chí đối với sự nghiệp cách mạng của Đảng và sự phát triển của quê hương.

Đồng chí Tô Văn Lợi, đảng viên Chi bộ ấp Tân Long, nhận Huy hiệu 60 năm tuổi Đảng, xúc động bày tỏ: “Được Đảng ghi nhận là niềm vinh dự lớn của bản thân và gia đình. Tuổi đã cao nhưng tôi vẫn sẽ cùng chi bộ vận động bà con giữ gìn an ninh, trật tự ở ấp, làm gương cho con cháu”.

Đồng chí Trương Minh Luân đề nghị các đảng viên tiếp tục giữ gìn phẩm chất, tư cách người đảng viên, tham gia sinh hoạt chi bộ đầy đủ, tích cực đóng góp ý kiến xây dựng tổ chức Đảng, chính quyền; động viên con cháu chấp hành tốt chủ trương của Đảng, chính sách, pháp luật của Nhà nước.

Năm 2026, Đảng bộ xã Đầm Dơi đã kết nạp 47 đảng viên mới, vượt 17,5% chỉ tiêu nghị quyết; 100% chi bộ ấp có chi ủy hoặc bí thư chi bộ đồng thời là trưởng ấp. Đảng ủy xã đã xét, đề nghị Ban Thường vụ Tỉnh ủy trao Huy hiệu Đảng cho 52 đảng viên trong năm."""
)

ARTICLES["g17"] = dict(
    platform="liferay-vnpt",
    url="https://sovhttdl.lamdong.gov.vn/tin-tuc/-/view_content/le-hoi-bien-phu-quy-2026-thu-hut-hon-12-nghin-luot-khach",
    site="Sở Văn hóa, Thể thao và Du lịch tỉnh Lâm Đồng",
    section="Du lịch",
    title="Lễ hội biển đặc khu Phú Quý thu hút hơn 12 nghìn lượt khách",
    pub="2026-10-30T15:22:08+07:00", shown=None,
    byline=["Bài, ảnh: Khánh Linh"], author="Khánh Linh",
    lead="Sau ba ngày diễn ra, Lễ hội biển đặc khu Phú Quý năm 2026 đã khép lại với nhiều hoạt động văn hóa, thể thao, du lịch đặc sắc, thu hút hơn 12 nghìn lượt khách trong và ngoài tỉnh.",
    text="""Lễ hội do UBND đặc khu Phú Quý phối hợp với Sở Văn hóa, Thể thao và Du lịch tổ chức từ ngày 26 đến 28/10, với chủ đề “Phú Quý - Đảo ngọc giữa trùng khơi”. Đây là lần đầu tiên lễ hội được tổ chức với quy mô cấp tỉnh kể từ khi Phú Quý trở thành đặc khu.

Điểm nhấn của lễ hội là chương trình tái hiện lễ cầu ngư truyền thống tại Vạn An Thạnh, hội đua thuyền thúng trên vịnh Triều Dương và đêm nghệ thuật “Sóng vỗ đảo xa” với sự tham gia của hơn 200 diễn viên, nghệ nhân.

! Hội đua thuyền thúng trên vịnh Triều Dương thu hút đông đảo người dân và du khách. Ảnh: Khánh Linh

Bên cạnh đó, hội chợ ẩm thực với gần 50 gian hàng giới thiệu các món đặc sản như cá mú hấp, mực một nắng, bánh tráng cá, rượu rong mơ, được du khách đón nhận. Nhiều cơ sở lưu trú trên đảo kín phòng trong suốt thời gian diễn ra lễ hội; các chuyến tàu cao tốc từ cảng Phan Thiết ra đảo được tăng cường lên 6 chuyến mỗi ngày.

Ông Nguyễn Hữu Trí, Chủ tịch UBND đặc khu Phú Quý cho biết, tổng doanh thu từ hoạt động du lịch trong ba ngày lễ hội ước đạt 28 tỷ đồng. Đặc khu sẽ tổng kết, rút kinh nghiệm để tổ chức lễ hội định kỳ hai năm một lần, gắn với quảng bá sản phẩm du lịch biển đảo, du lịch cộng đồng và du lịch tâm linh.

! Tiết mục múa trong đêm nghệ thuật “Sóng vỗ đảo xa”. Ảnh: Khánh Linh

Theo Sở Văn hóa, Thể thao và Du lịch, 10 tháng năm 2026, đặc khu Phú Quý đón khoảng 185 nghìn lượt khách, tăng 22% so với cùng kỳ. Thời gian tới, Sở sẽ phối hợp với đặc khu kêu gọi đầu tư hạ tầng cảng, khu dịch vụ và đào tạo nguồn nhân lực du lịch tại chỗ."""
)

ARTICLES["g18"] = dict(
    platform="sharepoint",
    url="https://stc.angiang.gov.vn/Pages/an-giang-cong-khai-tinh-hinh-thuc-hien-du-toan-ngan-sach-9-thang-2026.aspx",
    site="Sở Tài chính tỉnh An Giang",
    section="Tin ngành tài chính",
    title="Công khai tình hình thực hiện dự toán ngân sách nhà nước 9 tháng năm 2026",
    pub="2026-10-08T10:12:00+07:00", shown="08/10/2026 10:12 SA",
    byline=["Huỳnh Thanh Phong"], author="Huỳnh Thanh Phong",
    lead="Sở Tài chính vừa công khai số liệu thực hiện dự toán ngân sách nhà nước 9 tháng năm 2026 theo quy định tại Thông tư hướng dẫn công khai ngân sách đối với các cấp ngân sách.",
    text="""Theo đó, tổng thu ngân sách nhà nước trên địa bàn tỉnh 9 tháng năm 2026 ước đạt 16.482 tỷ đồng, bằng 78,3% dự toán Hội đồng nhân dân tỉnh giao, tăng 11,6% so với cùng kỳ năm trước. Một số khoản thu chủ yếu như sau:

| Nội dung | Dự toán năm (tỷ đồng) | Thực hiện 9 tháng (tỷ đồng) | Tỷ lệ (%) |
| Thu nội địa | 17.350 | 13.905 | 80,1 |
| Thu từ hoạt động xuất nhập khẩu | 1.240 | 812 | 65,5 |
| Thu tiền sử dụng đất | 2.460 | 1.765 | 71,7 |

Tổng chi ngân sách địa phương ước đạt 21.930 tỷ đồng, bằng 66,4% dự toán. Trong đó, chi đầu tư phát triển đạt 7.215 tỷ đồng; chi thường xuyên đạt 14.418 tỷ đồng, bảo đảm kinh phí hoạt động của bộ máy chính quyền địa phương hai cấp và các chính sách an sinh xã hội.

Ông Trương Hoàng Dũng, Giám đốc Sở Tài chính cho biết, nguồn thu từ hoạt động du lịch tại đặc khu Phú Quốc và đặc khu Thổ Châu tăng khá, góp phần quan trọng vào kết quả thu nội địa. Tuy nhiên, thu tiền sử dụng đất còn chậm do thị trường bất động sản chưa phục hồi đồng đều, một số dự án đấu giá quyền sử dụng đất phải lùi thời gian tổ chức.

Để hoàn thành dự toán năm, Sở Tài chính đề xuất UBND tỉnh chỉ đạo cơ quan thuế tăng cường chống thất thu trong lĩnh vực thương mại điện tử, kinh doanh lưu trú; đẩy nhanh tiến độ đấu giá đất tại các khu dân cư đã hoàn thiện hạ tầng; đồng thời rà soát, cắt giảm các khoản chi chưa thật sự cần thiết, tiết kiệm chi thường xuyên theo chỉ đạo của Chính phủ.

Số liệu chi tiết được đăng tải tại chuyên mục Công khai ngân sách trên Cổng thông tin điện tử của Sở."""
)

ARTICLES["g19"] = dict(
    platform="sharepoint-trang",
    url="https://phuongthuanhoa.hue.gov.vn/Trang/chi-bo-to-dan-pho-sinh-hoat-chuyen-de-dan-chu-co-so.aspx",
    site="Phường Thuận Hóa - Thành phố Huế",
    section="Xây dựng Đảng",
    title="Chi bộ tổ dân phố sinh hoạt chuyên đề về thực hiện dân chủ ở cơ sở",
    pub="2026-11-13T07:30:00+07:00", shown="13/11/2026 7:30 SA",
    byline=["Hồ Mai Anh, Trần Đức Tâm"], author="Hồ Mai Anh, Trần Đức Tâm",
    lead=None,
    text="""Tối 12/11, Chi bộ tổ dân phố 9, Đảng bộ phường Thuận Hóa tổ chức sinh hoạt chuyên đề “Phát huy vai trò của Nhân dân trong thực hiện dân chủ ở cơ sở”. Đây là buổi sinh hoạt điểm để các chi bộ tổ dân phố trên địa bàn phường học tập, rút kinh nghiệm.

Dự buổi sinh hoạt có đồng chí Nguyễn Thị Thanh Xuân, Phó Bí thư Thường trực Đảng ủy phường cùng đại diện Ban Xây dựng Đảng, Ủy ban MTTQ Việt Nam phường và bí thư các chi bộ tổ dân phố.

Mở đầu buổi sinh hoạt, đồng chí Bí thư Chi bộ quán triệt những nội dung chính của Luật Thực hiện dân chủ ở cơ sở, nhấn mạnh phương châm “Dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng”, trong đó nêu rõ:

> Mọi chủ trương liên quan trực tiếp đến đời sống của bà con trong tổ dân phố, từ việc thu các khoản đóng góp, chỉnh trang kiệt hẻm đến bình xét hộ cận nghèo, đều phải được đưa ra bàn bạc công khai tại hội nghị tổ dân phố.

Các đảng viên đã thẳng thắn trao đổi về những việc làm được và chưa được. Năm 2026, tổ dân phố đã vận động nhân dân đóng góp 210 triệu đồng để lát gạch, lắp đèn chiếu sáng cho 3 kiệt; toàn bộ khoản thu, chi được niêm yết tại nhà sinh hoạt cộng đồng và báo cáo trong các kỳ họp tổ. Tuy vậy, số người trẻ tham gia họp tổ dân phố còn ít, một số ý kiến phản ánh của người dân chưa được trả lời kịp thời.

Phát biểu chỉ đạo, đồng chí Nguyễn Thị Thanh Xuân ghi nhận cách làm bài bản của chi bộ và yêu cầu:

> Mỗi đảng viên phải là một “tai mắt” của chi bộ ở khu dân cư, lắng nghe và phản ánh trung thực tâm tư của bà con, không để những việc nhỏ tích tụ thành điểm nóng.

Qua buổi sinh hoạt, Đảng ủy phường sẽ chỉ đạo nhân rộng cách làm của Chi bộ tổ dân phố 9 đến 86 chi bộ tổ dân phố còn lại trong quý I/2027."""
)

ARTICLES["g20"] = dict(
    platform="liferay-vnpt",
    url="https://congan.hatinh.gov.vn/tin-tuc/-/view_content/cong-an-tinh-ra-quan-tuan-tra-kiem-soat-dip-cuoi-nam",
    site="Công an tỉnh Hà Tĩnh",
    section="An toàn giao thông",
    title="Công an tỉnh ra quân cao điểm tuần tra, kiểm soát bảo đảm trật tự an toàn giao thông cuối năm",
    pub="2026-11-19T09:12:00+07:00", shown="09:12 | 19/11/2026",
    byline=["Thượng úy Nguyễn Văn Hòa", "Phòng Cảnh sát giao thông"], author="Thượng úy Nguyễn Văn Hòa, Phòng Cảnh sát giao thông",
    lead="Sáng 19/11, Công an tỉnh tổ chức lễ ra quân đợt cao điểm tuần tra, kiểm soát, xử lý vi phạm về trật tự an toàn giao thông dịp cuối năm 2026 và Tết Nguyên đán Đinh Mùi 2027.",
    text="""Đợt cao điểm kéo dài từ ngày 20/11/2026 đến hết ngày 28/02/2027, tập trung kiểm soát các hành vi vi phạm là nguyên nhân chính gây tai nạn giao thông như vi phạm nồng độ cồn, sử dụng chất ma túy khi điều khiển phương tiện, chạy quá tốc độ, đi không đúng phần đường, chở quá tải trọng.

Theo báo cáo của Phòng Cảnh sát giao thông, 10 tháng năm 2026, trên địa bàn tỉnh xảy ra 138 vụ tai nạn giao thông, làm chết 71 người, bị thương 102 người; so với cùng kỳ giảm 14 vụ, giảm 9 người chết. Lực lượng chức năng đã phát hiện, xử lý trên 41.000 trường hợp vi phạm, phạt tiền hơn 58 tỷ đồng, tước giấy phép lái xe 3.260 trường hợp.

Phát biểu tại lễ ra quân, Đại tá Phan Đình Thắng, Phó Giám đốc Công an tỉnh yêu cầu các đơn vị bố trí lực lượng tuần tra hợp lý trên các tuyến Quốc lộ 1, Quốc lộ 8, tuyến đường ven biển và đường cao tốc Bắc - Nam đoạn qua tỉnh; tăng cường kiểm soát vào ban đêm, dịp cuối tuần, các ngày lễ, tết.

Công an các xã, phường phải chủ động nắm tình hình, tuyên truyền đến từng hộ gia đình, ký cam kết không để con em chưa đủ tuổi điều khiển xe mô tô, không tụ tập đua xe trái phép; kiên quyết xử lý các trường hợp chống người thi hành công vụ.

! Các tổ công tác Cảnh sát giao thông diễu hành ra quân sau buổi lễ.

Ngay sau lễ ra quân, các tổ công tác đã đồng loạt triển khai nhiệm vụ trên các tuyến, địa bàn được phân công. Trong ngày đầu ra quân, lực lượng chức năng đã lập biên bản 214 trường hợp vi phạm, trong đó có 63 trường hợp vi phạm nồng độ cồn."""
)
