# -*- coding: utf-8 -*-
"""Article texts and metadata for blind-c (data only; used by make.py).

Block kinds: ('p', html) paragraph (inline tags allowed), ('h', html)
subheading, ('img', caption) image (caption None = no caption), ('ul', [..]),
('ol', [..]), ('table', [[cell, ..], ..]), ('quote', [para, ..]).
"""

ARTICLES = {}

ARTICLES['c01'] = dict(
    title="Tuyên Quang vận hành ổn định chính quyền địa phương hai cấp tại 124 xã, phường",
    published_at="2025-08-14T09:20:00+07:00",
    date_shown="Cập nhật: 09:20 | 14/08/2025",
    author="Minh Tuấn",
    lead=None,
    blocks=[
        ('p', "Sau hơn một tháng vận hành mô hình chính quyền địa phương hai cấp, 124 xã, phường trên địa bàn tỉnh Tuyên Quang đã cơ bản ổn định tổ chức bộ máy, bảo đảm thông suốt việc tiếp nhận và giải quyết thủ tục hành chính cho người dân, doanh nghiệp."),
        ('p', "Theo báo cáo của Sở Nội vụ, tính đến ngày 12/8/2025, các Trung tâm Phục vụ hành chính công cấp xã đã tiếp nhận hơn 86.400 hồ sơ, trong đó trên 91% hồ sơ được giải quyết trước và đúng hạn. Nhiều xã vùng cao như Mèo Vạc, Đồng Văn, Lũng Cú đã bố trí công chức hướng dẫn người dân nộp hồ sơ trực tuyến ngay tại bộ phận một cửa."),
        ('img', "Người dân làm thủ tục tại Trung tâm Phục vụ hành chính công phường Minh Xuân."),
        ('p', "Bên cạnh kết quả đạt được, quá trình vận hành vẫn còn một số khó khăn như trụ sở làm việc của một số xã chưa đáp ứng yêu cầu, đường truyền Internet ở các thôn vùng sâu chưa ổn định, một bộ phận cán bộ, công chức mới được điều động chưa quen với lĩnh vực chuyên môn được giao."),
        ('p', "Để khắc phục, UBND tỉnh đã chỉ đạo các sở, ngành cử cán bộ về hỗ trợ trực tiếp tại cơ sở, tổ chức tập huấn nghiệp vụ theo từng lĩnh vực đất đai, tư pháp - hộ tịch, lao động - thương binh và xã hội; đồng thời ưu tiên bố trí kinh phí sửa chữa, nâng cấp trụ sở và trang thiết bị cho các xã mới thành lập."),
        ('p', "Phát biểu tại buổi làm việc với các xã khu vực phía Bắc tỉnh, đồng chí Chủ tịch UBND tỉnh yêu cầu người đứng đầu cấp ủy, chính quyền cơ sở tiếp tục rà soát, sắp xếp vị trí việc làm, không để gián đoạn bất kỳ thủ tục nào liên quan đến quyền lợi của Nhân dân."),
    ],
)

ARTICLES['c02'] = dict(
    title="Lào Cai khởi công tuyến đường kết nối cao tốc Nội Bài – Lào Cai với trung tâm xã Bảo Hà",
    published_at="2025-09-03T15:42:00+07:00",
    date_shown="03/09/2025 15:42",
    author="Hoàng Thu",
    byline_raw="Tin, ảnh: Hoàng Thu",
    source="Nguồn: Trung tâm Truyền thông tỉnh Lào Cai",
    lead="Sáng 3/9, UBND tỉnh Lào Cai tổ chức lễ khởi công xây dựng tuyến đường kết nối nút giao cao tốc Nội Bài – Lào Cai với trung tâm xã Bảo Hà, tổng mức đầu tư hơn 420 tỷ đồng.",
    blocks=[
        ('p', "Tuyến đường có chiều dài 11,6 km, quy mô đường cấp III miền núi, nền đường rộng 9 m, mặt đường bê tông nhựa rộng 7 m; trên tuyến xây dựng mới 3 cầu bê tông cốt thép vượt suối. Dự án do Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh làm chủ đầu tư, thời gian thực hiện từ năm 2025 đến năm 2027."),
        ('img', "Các đại biểu thực hiện nghi thức khởi công công trình."),
        ('p', "Khi hoàn thành, tuyến đường sẽ rút ngắn khoảng 14 km hành trình từ khu vực Bảo Hà, Bảo Yên đến đường cao tốc, tạo thuận lợi cho việc vận chuyển nông sản, lâm sản và phục vụ du khách đến Khu di tích lịch sử Quốc gia Đền Bảo Hà."),
        ('p', "Phát biểu tại lễ khởi công, lãnh đạo UBND tỉnh đề nghị chủ đầu tư, nhà thầu bố trí đủ nhân lực, máy móc, thi công đúng tiến độ, bảo đảm chất lượng và an toàn lao động; các xã có tuyến đường đi qua tiếp tục làm tốt công tác tuyên truyền, vận động Nhân dân bàn giao mặt bằng sạch."),
        ('p', "Đến nay, đã có 168/173 hộ dân trong phạm vi dự án đồng thuận nhận tiền bồi thường, hỗ trợ và bàn giao mặt bằng, đạt 97%."),
    ],
)

ARTICLES['c03'] = dict(
    title="Tổng kết sản xuất vụ Mùa năm 2025 và triển khai kế hoạch sản xuất vụ Đông trên địa bàn tỉnh Hưng Yên",
    published_at="2025-10-14T09:20:33+07:00",
    date_shown="14/10/2025 9:20:33 SA",
    author="Phạm Thị Lan",
    byline_raw="Người viết: Phạm Thị Lan",
    lead=None,
    blocks=[
        ('p', "Ngày 13/10/2025, Sở Nông nghiệp và Môi trường tỉnh Hưng Yên tổ chức hội nghị tổng kết sản xuất vụ Mùa năm 2025 và triển khai kế hoạch sản xuất vụ Đông 2025 – 2026. Dự hội nghị có đại diện lãnh đạo UBND tỉnh, các phòng, đơn vị thuộc Sở, lãnh đạo UBND và cán bộ phụ trách nông nghiệp của các xã, phường trên địa bàn tỉnh."),
        ('h', "I. Kết quả sản xuất vụ Mùa năm 2025"),
        ('p', "Vụ Mùa năm 2025 diễn ra trong điều kiện thời tiết có nhiều diễn biến phức tạp. Đầu vụ nắng nóng kéo dài, giữa vụ chịu ảnh hưởng của hoàn lưu bão số 3 gây mưa lớn diện rộng, nhiều diện tích lúa tại các xã ven sông Luộc, sông Hồng bị ngập úng cục bộ."),
        ('p', "Dưới sự chỉ đạo sát sao của UBND tỉnh, sự chủ động của ngành nông nghiệp và chính quyền cơ sở, toàn tỉnh đã gieo cấy được 108.640 ha lúa, đạt 99,2% kế hoạch. Năng suất lúa bình quân ước đạt 60,8 tạ/ha, tăng 0,6 tạ/ha so với vụ Mùa năm 2024; sản lượng đạt trên 660 nghìn tấn."),
        ('p', "Cơ cấu giống tiếp tục chuyển dịch theo hướng tăng tỷ lệ lúa chất lượng cao. Các giống lúa thơm, lúa đặc sản như Bắc Thơm số 7, Đài Thơm 8, RVT, nếp cái hoa vàng chiếm khoảng 68% diện tích. Diện tích áp dụng cơ giới hóa đồng bộ từ khâu làm đất đến thu hoạch đạt trên 85%."),
        ('table', [
            ["Chỉ tiêu", "Vụ Mùa 2024", "Vụ Mùa 2025", "So sánh (%)"],
            ["Diện tích lúa (ha)", "109.215", "108.640", "99,5"],
            ["Năng suất (tạ/ha)", "60,2", "60,8", "101,0"],
            ["Sản lượng (tấn)", "657.474", "660.531", "100,5"],
            ["Diện tích cây màu (ha)", "14.380", "15.026", "104,5"],
        ]),
        ('p', "Công tác bảo vệ thực vật được triển khai kịp thời. Ngành chuyên môn đã ban hành 12 thông báo tình hình sinh vật gây hại, hướng dẫn nông dân phòng trừ rầy nâu, bệnh bạc lá, sâu cuốn lá nhỏ; không để dịch hại lây lan trên diện rộng. Tổng diện tích nhiễm sâu bệnh giảm 18% so với cùng kỳ."),
        ('p', "Các mô hình liên kết sản xuất, bao tiêu sản phẩm tiếp tục được nhân rộng. Toàn tỉnh có 46 cánh đồng liên kết với diện tích trên 5.200 ha, doanh nghiệp cung ứng giống, vật tư và thu mua lúa với giá cao hơn thị trường từ 300 đến 500 đồng/kg."),
        ('p', "Chăn nuôi duy trì ổn định, dịch bệnh được kiểm soát. Tổng đàn lợn ước đạt 1,12 triệu con, đàn gia cầm đạt 21,6 triệu con. Các địa phương đã tiêm phòng vắc xin cúm gia cầm, lở mồm long móng, dịch tả lợn châu Phi đạt tỷ lệ trên 85% tổng đàn thuộc diện tiêm."),
        ('p', "Nuôi trồng thủy sản phát triển theo hướng thâm canh, ứng dụng công nghệ. Diện tích nuôi trồng đạt 13.900 ha, trong đó có 420 ha nuôi cá trong ao nổi, nuôi cá lồng trên sông; sản lượng thủy sản 9 tháng ước đạt 98.500 tấn."),
        ('h', "II. Tồn tại, hạn chế"),
        ('p', "Bên cạnh những kết quả đạt được, sản xuất vụ Mùa vẫn còn một số hạn chế. Một số diện tích ruộng trũng bị bỏ hoang hoặc cấy muộn do thiếu lao động; việc tích tụ, tập trung ruộng đất còn chậm; liên kết giữa nông dân và doanh nghiệp ở một số nơi chưa bền vững."),
        ('p', "Hệ thống thủy lợi nội đồng tại một số xã đã xuống cấp, chưa đáp ứng yêu cầu tiêu úng khi có mưa lớn. Giá vật tư đầu vào như phân bón, thuốc bảo vệ thực vật vẫn ở mức cao, ảnh hưởng đến hiệu quả sản xuất của nông hộ."),
        ('p', "Sau khi sắp xếp đơn vị hành chính, đội ngũ cán bộ làm công tác nông nghiệp ở cấp xã có nhiều thay đổi, một số công chức mới tiếp nhận nhiệm vụ còn lúng túng trong việc tổng hợp, báo cáo số liệu."),
        ('h', "III. Kế hoạch sản xuất vụ Đông 2025 – 2026"),
        ('p', "Vụ Đông năm nay, tỉnh Hưng Yên phấn đấu gieo trồng 24.500 ha cây vụ Đông, giá trị sản xuất bình quân đạt trên 95 triệu đồng/ha. Trong đó tập trung vào các nhóm cây có giá trị kinh tế cao như ngô ngọt, khoai tây, bí xanh, cà chua, rau các loại và cây dược liệu."),
        ('p', "Đối với cây ưa ấm như ngô, bí, khoai lang, các địa phương cần hoàn thành gieo trồng trước ngày 5/10; đối với cây ưa lạnh như khoai tây, bắp cải, su hào, súp lơ gieo trồng từ ngày 15/10 đến 25/11 để tránh ảnh hưởng của rét đậm, rét hại."),
        ('p', "Sở Nông nghiệp và Môi trường đề nghị các xã, phường chủ động xây dựng kế hoạch cụ thể, khoanh vùng sản xuất tập trung gắn với liên kết tiêu thụ; khuyến khích áp dụng quy trình VietGAP, hữu cơ và sử dụng chế phẩm sinh học xử lý rơm rạ, hạn chế đốt rơm rạ gây ô nhiễm môi trường."),
        ('p', "Các đơn vị thuộc Sở tăng cường kiểm tra chất lượng giống, phân bón, thuốc bảo vệ thực vật lưu thông trên thị trường; kiên quyết xử lý các trường hợp kinh doanh vật tư nông nghiệp giả, kém chất lượng."),
        ('p', "Công ty TNHH Một thành viên Khai thác công trình thủy lợi tỉnh chủ động điều tiết nước, bảo đảm đủ nước tưới cho cây vụ Đông và chuẩn bị nguồn nước cho vụ Xuân năm 2026."),
        ('p', "Phát biểu chỉ đạo hội nghị, đại diện lãnh đạo UBND tỉnh ghi nhận những nỗ lực của ngành nông nghiệp và nông dân trong tỉnh đã vượt qua khó khăn, giành thắng lợi vụ Mùa. Đồng chí nhấn mạnh vụ Đông là vụ sản xuất quan trọng, góp phần tăng thu nhập cho nông dân và hoàn thành mục tiêu tăng trưởng ngành nông nghiệp năm 2025."),
        ('p', "Đồng chí yêu cầu các xã, phường không để đất trống sau thu hoạch lúa Mùa, phấn đấu mở rộng diện tích cây vụ Đông trên đất hai lúa; đồng thời đẩy mạnh chuyển đổi số trong nông nghiệp, giới thiệu nông sản của địa phương trên các sàn thương mại điện tử."),
        ('p', "Tại hội nghị, các đại biểu đã thảo luận, chia sẻ kinh nghiệm trong chỉ đạo sản xuất, nhất là kinh nghiệm của các xã Phụ Dực, Quỳnh Phụ, Tiên Lữ trong xây dựng vùng sản xuất hàng hóa tập trung và liên kết với doanh nghiệp tiêu thụ sản phẩm."),
        ('p', "Dịp này, Sở Nông nghiệp và Môi trường đã tặng Giấy khen cho 15 tập thể và 22 cá nhân có thành tích xuất sắc trong chỉ đạo, tổ chức sản xuất vụ Mùa năm 2025."),
    ],
)

ARTICLES['c04'] = dict(
    title="Ban Quản lý các khu công nghiệp Bắc Ninh đối thoại với doanh nghiệp về thủ tục môi trường",
    published_at="2025-07-22T14:05:10+07:00",
    date_shown="Ngày đăng: 22/07/2025 14:05:10",
    author="Thu Hằng, Văn phòng Ban Quản lý",
    byline_lines=["Thu Hằng", "Văn phòng Ban Quản lý"],
    lead="Chiều 21/7, Ban Quản lý các khu công nghiệp tỉnh Bắc Ninh tổ chức hội nghị đối thoại với gần 200 doanh nghiệp đang hoạt động trong các khu công nghiệp về thủ tục hành chính trong lĩnh vực môi trường.",
    blocks=[
        ('p', "Tại hội nghị, đại diện Phòng Quản lý môi trường đã thông tin những điểm mới của Luật Bảo vệ môi trường và các nghị định hướng dẫn, trong đó có quy định về giấy phép môi trường, quan trắc nước thải tự động, liên tục và trách nhiệm tái chế sản phẩm, bao bì của nhà sản xuất, nhập khẩu."),
        ('p', "Các doanh nghiệp đã nêu 27 ý kiến, kiến nghị, tập trung vào thời gian thẩm định hồ sơ cấp giấy phép môi trường, việc kết nối dữ liệu quan trắc với hệ thống của tỉnh sau khi hợp nhất Bắc Giang và Bắc Ninh, cũng như việc phân loại chất thải rắn công nghiệp thông thường."),
        ('p', "Lãnh đạo Ban Quản lý và các phòng chuyên môn đã trực tiếp giải đáp các kiến nghị thuộc thẩm quyền; đối với những nội dung vượt thẩm quyền, Ban sẽ tổng hợp, báo cáo UBND tỉnh và các bộ, ngành Trung ương xem xét, giải quyết."),
        ('p', "Kết luận hội nghị, Trưởng Ban Quản lý đề nghị các doanh nghiệp chủ động rà soát hồ sơ pháp lý về môi trường, thực hiện nghiêm chế độ báo cáo; cam kết rút ngắn ít nhất 20% thời gian giải quyết thủ tục so với quy định và công khai tiến độ xử lý hồ sơ trên Cổng dịch vụ công."),
    ],
)

ARTICLES['c05'] = dict(
    title="Tuổi trẻ Đà Nẵng ra quân Chiến dịch Thanh niên tình nguyện hè tại các xã miền núi",
    published_at="2025-06-27T08:15:00+07:00",
    date_shown="27/06/2025",
    author="Hoài Thương",
    byline_raw="Đăng bởi: Hoài Thương",
    lead=None,
    blocks=[
        ('p', "Sáng 26/6, tại xã Hùng Sơn, Thành đoàn Đà Nẵng tổ chức Lễ ra quân Chiến dịch Thanh niên tình nguyện hè năm 2025 với chủ đề “Tuổi trẻ Đà Nẵng xung kích, tình nguyện vì cộng đồng”."),
        ('p', "Chiến dịch năm nay có sự tham gia của hơn 3.500 đoàn viên, sinh viên đến từ các trường đại học, cao đẳng và cơ sở Đoàn trên địa bàn thành phố. Các đội hình sẽ hoạt động tại 18 xã miền núi phía Tây thành phố trong thời gian từ ngày 26/6 đến 31/7."),
        ('img', "Đoàn viên, thanh niên tham gia lễ ra quân tại xã Hùng Sơn."),
        ('p', "Trong khuôn khổ chiến dịch, các đội hình tình nguyện sẽ tập trung thực hiện các phần việc:"),
        ('ul', [
            "Sửa chữa 6 nhà văn hóa thôn và xây dựng 4 công trình thắp sáng đường quê;",
            "Tổ chức lớp học kỹ năng, ôn tập hè cho hơn 1.200 học sinh dân tộc thiểu số;",
            "Hướng dẫn người dân cài đặt, sử dụng ứng dụng VNeID và thanh toán không dùng tiền mặt;",
            "Khám bệnh, cấp thuốc miễn phí cho 2.000 lượt người cao tuổi và trẻ em.",
        ]),
        ('p', "Dịp này, Thành đoàn đã trao 50 suất học bổng, mỗi suất trị giá 1 triệu đồng cho học sinh có hoàn cảnh khó khăn vượt khó học tốt và trao tặng 2 tủ sách cho Trường Phổ thông dân tộc bán trú Tiểu học và THCS xã Hùng Sơn."),
    ],
)

ARTICLES['c06'] = dict(
    title="Hướng dẫn thực hiện thủ tục chứng thực sau khi sắp xếp đơn vị hành chính cấp xã",
    published_at="2025-07-19T00:00:00+07:00",
    date_shown="19.07.2025",
    author=None,
    lead=None,
    blocks=[
        ('p', "Thực hiện mô hình chính quyền địa phương hai cấp, từ ngày 01/7/2025, thẩm quyền chứng thực trước đây của Phòng Tư pháp cấp huyện được chuyển giao cho UBND cấp xã. Để người dân, tổ chức thuận tiện khi có nhu cầu, Sở Tư pháp tỉnh Khánh Hòa hướng dẫn một số nội dung như sau."),
        ('h', "1. Thẩm quyền chứng thực của UBND cấp xã"),
        ('p', "UBND các xã, phường, đặc khu có thẩm quyền và trách nhiệm:"),
        ('ol', [
            "Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan, tổ chức có thẩm quyền của Việt Nam cấp hoặc chứng nhận;",
            "Chứng thực chữ ký trong giấy tờ, văn bản, kể cả chữ ký của người dịch;",
            "Chứng thực hợp đồng, giao dịch liên quan đến tài sản là động sản, quyền sử dụng đất, nhà ở;",
            "Chứng thực văn bản thỏa thuận phân chia di sản, văn bản khai nhận di sản.",
        ]),
        ('h', "2. Nơi nộp hồ sơ"),
        ('p', "Người yêu cầu chứng thực có thể nộp hồ sơ tại Trung tâm Phục vụ hành chính công của bất kỳ xã, phường nào trên địa bàn tỉnh, không phụ thuộc vào nơi cư trú, đối với chứng thực bản sao từ bản chính và chứng thực chữ ký. Riêng chứng thực hợp đồng, giao dịch liên quan đến bất động sản thực hiện tại UBND cấp xã nơi có bất động sản."),
        ('h', "3. Lưu ý khi thực hiện"),
        ('p', "Sở Tư pháp lưu ý, cán bộ tiếp nhận không được yêu cầu người dân nộp thêm giấy tờ ngoài quy định. Trường hợp giấy tờ được cấp trước ngày sắp xếp có ghi địa danh cũ vẫn có giá trị sử dụng, không phải làm thủ tục điều chỉnh."),
        ('quote', [
            "“Bản sao được chứng thực từ bản chính theo quy định có giá trị sử dụng thay cho bản chính đã dùng để đối chiếu chứng thực trong các giao dịch, trừ trường hợp pháp luật có quy định khác.”",
            "(Khoản 2 Điều 3 Nghị định số 23/2015/NĐ-CP)",
        ]),
        ('p', "Trong quá trình thực hiện, nếu có vướng mắc, các địa phương phản ánh về Sở Tư pháp qua Phòng Hành chính tư pháp, số điện thoại 0258.3822.415 để được hướng dẫn."),
    ],
)

ARTICLES['c07'] = dict(
    title="Xã Tân Long ra mắt Tổ công nghệ số cộng đồng tại 12 ấp",
    published_at="2025-09-05T07:30:12+07:00",
    date_shown="Ngày đăng: 05 Tháng 9 2025",
    author="Thanh Hà – Trung tâm Văn hóa, Thông tin và Thể thao xã",
    lead=None,
    blocks=[
        ('p', "Ngày 4/9, UBND xã Tân Long tổ chức ra mắt 12 Tổ công nghệ số cộng đồng tại 12 ấp với tổng số 86 thành viên là trưởng ấp, đoàn viên thanh niên, công an viên và hội viên các đoàn thể."),
        ('p', "Tổ công nghệ số cộng đồng có nhiệm vụ:"),
        ('ol', [
            "Hướng dẫn người dân cài đặt và sử dụng các ứng dụng số thiết yếu như VNeID, Cổng Dịch vụ công quốc gia, ứng dụng ngân hàng;",
            "Hỗ trợ người dân nộp hồ sơ, thanh toán phí, lệ phí trực tuyến;",
            "Tuyên truyền kỹ năng phòng, chống lừa đảo trên không gian mạng;",
            "Thu thập, phản ánh khó khăn, vướng mắc của người dân khi sử dụng dịch vụ số.",
        ]),
        ('p', "Phát biểu tại buổi lễ, Chủ tịch UBND xã đề nghị các thành viên phát huy vai trò “cầu nối” giữa chính quyền và Nhân dân, đi từng ngõ, gõ từng nhà để hướng dẫn, phấn đấu đến cuối năm 2025 có ít nhất 80% hồ sơ thủ tục hành chính của xã được nộp trực tuyến."),
        ('p', "Dịp này, Viễn thông Đồng Tháp đã tặng 12 bộ thiết bị phát wifi cho các tổ để phục vụ hoạt động hướng dẫn người dân tại nhà văn hóa ấp."),
    ],
)

ARTICLES['c08'] = dict(
    title="Đồn Biên phòng Cửa khẩu Quốc tế La Lay tặng quà học sinh nghèo vượt khó",
    published_at="2025-09-12T10:45:00+07:00",
    date_shown="Thứ sáu - 12/09/2025 10:45",
    author="Hồ Văn Bình",
    lead="Nhân dịp khai giảng năm học mới 2025 – 2026, Đồn Biên phòng Cửa khẩu Quốc tế La Lay, Bộ Chỉ huy Bộ đội Biên phòng tỉnh Quảng Trị phối hợp với các nhà hảo tâm trao 120 suất quà cho học sinh có hoàn cảnh khó khăn trên địa bàn xã Tà Rụt và xã A Dơi.",
    blocks=[
        ('p', "Mỗi suất quà gồm cặp sách, áo đồng phục, vở viết, dụng cụ học tập và 300.000 đồng tiền mặt, tổng trị giá gần 80 triệu đồng. Đây là hoạt động thường niên của đơn vị trong chương trình “Nâng bước em tới trường” nhằm động viên các em người dân tộc Vân Kiều, Pa Kô yên tâm đến lớp."),
        ('img', "Cán bộ Đồn Biên phòng Cửa khẩu Quốc tế La Lay trao quà cho học sinh."),
        ('p', "Hiện đơn vị đang trực tiếp nhận đỡ đầu 14 học sinh theo chương trình “Con nuôi Đồn Biên phòng”, hỗ trợ mỗi em 500.000 đồng/tháng cho đến khi học hết lớp 12."),
        ('p', "Thiếu tá Lê Văn Tâm, Chính trị viên Đồn cho biết, thời gian tới đơn vị sẽ tiếp tục phối hợp với nhà trường và chính quyền địa phương vận động học sinh bỏ học trở lại lớp, không để em nào phải nghỉ học vì hoàn cảnh khó khăn."),
    ],
)

ARTICLES['c09'] = dict(
    title="Khai mạc Tuần lễ Văn hóa cồng chiêng gắn với du lịch tại phường Quy Nhơn",
    published_at="2025-09-20T00:00:00+07:00",
    date_shown="20-09-2025",
    author="Đình Văn",
    byline_raw="Bài, ảnh: Đình Văn",
    lead="Tối 19/9, tại Quảng trường Nguyễn Tất Thành, Sở Văn hóa, Thể thao và Du lịch tỉnh Gia Lai khai mạc Tuần lễ Văn hóa cồng chiêng gắn với phát triển du lịch năm 2025.",
    blocks=[
        ('p', "Tham gia Tuần lễ có 16 đội cồng chiêng đến từ các xã vùng đồng bào dân tộc Jrai, Bahnar, Chăm H’roi với hơn 500 nghệ nhân, diễn viên quần chúng. Đây là lần đầu tiên các đội cồng chiêng của khu vực phía Tây và phía Đông tỉnh cùng biểu diễn tại một sự kiện sau khi hợp nhất tỉnh."),
        ('img', "Các nghệ nhân biểu diễn cồng chiêng trong đêm khai mạc."),
        ('p', "Trong 7 ngày diễn ra Tuần lễ, du khách được thưởng thức các chương trình diễn tấu cồng chiêng, múa xoang, trình diễn trang phục truyền thống, tham quan không gian trưng bày nghề dệt thổ cẩm, đan lát và ẩm thực của đồng bào các dân tộc."),
        ('p', "Phát biểu khai mạc, Giám đốc Sở Văn hóa, Thể thao và Du lịch nhấn mạnh, Không gian văn hóa cồng chiêng Tây Nguyên là di sản văn hóa phi vật thể đại diện của nhân loại. Việc đưa cồng chiêng về với vùng biển nhằm quảng bá hình ảnh một Gia Lai “từ đại ngàn đến biển xanh”, tạo sản phẩm du lịch đặc trưng của tỉnh."),
        ('p', "Dự kiến Tuần lễ sẽ thu hút khoảng 50.000 lượt khách tham quan. Lễ bế mạc sẽ diễn ra vào tối 25/9 với chương trình giao lưu giữa các đội cồng chiêng và nghệ sĩ trống Tây Sơn."),
    ],
    related_teaser=dict(
        title="Gia Lai xây dựng sản phẩm du lịch cộng đồng gắn với bảo tồn văn hóa truyền thống",
        date="15-09-2025",
        summary="Năm 2025, tỉnh Gia Lai lựa chọn 9 làng đồng bào dân tộc thiểu số để hỗ trợ xây dựng mô hình du lịch cộng đồng, trong đó tập trung phục dựng lễ hội truyền thống, khôi phục nghề dệt thổ cẩm, nấu rượu cần và đào tạo kỹ năng đón khách cho người dân. Sở Văn hóa, Thể thao và Du lịch phối hợp với các doanh nghiệp lữ hành khảo sát, kết nối tour tuyến từ Pleiku, Kon Tum đến các làng, đồng thời hướng dẫn bà con giữ gìn nhà rông, nhà sàn và cảnh quan tự nhiên. Theo kế hoạch, đến năm 2030 mỗi làng du lịch cộng đồng sẽ có ít nhất một sản phẩm OCOP và đội cồng chiêng phục vụ du khách thường xuyên, góp phần nâng cao thu nhập và giảm nghèo bền vững cho đồng bào.",
    ),
)

ARTICLES['c10'] = dict(
    title="Giá xăng dầu bán lẻ trên địa bàn thành phố Cần Thơ từ 15 giờ ngày 09/10/2025",
    published_at="2025-10-09T15:10:00+07:00",
    date_shown="15:10, 09/10/2025",
    author="CTV Hồng Nhung",
    lead=None,
    blocks=[
        ('p', "Căn cứ Công văn của Liên Bộ Công Thương – Tài chính về điều hành kinh doanh xăng dầu, Sở Công Thương thành phố Cần Thơ thông báo giá bán lẻ xăng dầu tối đa áp dụng trên địa bàn thành phố từ 15 giờ 00 ngày 09/10/2025 như sau:"),
        ('table', [
            ["STT", "Mặt hàng", "Vùng 1 (đồng/lít)", "Vùng 2 (đồng/lít)"],
            ["1", "Xăng E5 RON 92-II", "20.390", "20.790"],
            ["2", "Xăng RON 95-III", "20.960", "21.370"],
            ["3", "Dầu DO 0,05S-II", "19.120", "19.500"],
            ["4", "Dầu hỏa 2-K", "18.940", "19.310"],
        ]),
        ('p', "Vùng 1 áp dụng tại các phường Ninh Kiều, Cái Khế, Tân An, An Bình, Cái Răng, Bình Thủy, Long Tuyền, Ô Môn, Thới Long và các phường thuộc khu vực Sóc Trăng, Vị Thanh cũ; vùng 2 áp dụng tại các xã còn lại."),
        ('p', "Sở Công Thương đề nghị các thương nhân đầu mối, thương nhân phân phối và cửa hàng bán lẻ xăng dầu niêm yết giá đúng quy định, bảo đảm bán hàng liên tục, không để xảy ra tình trạng ngừng bán, hạn chế bán. Người dân phát hiện vi phạm có thể phản ánh qua đường dây nóng 0292.3820.561."),
    ],
)

ARTICLES['c11'] = dict(
    title="Xã Phục Hòa tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở xóm Nà Lủng",
    published_at="2025-11-12T00:00:00+07:00",
    date_shown="Ngày 12 tháng 11 năm 2025",
    author="Nông Văn Tùng - Công chức Văn hóa - Xã hội xã",
    lead=None,
    blocks=[
        ('p', "Nhân kỷ niệm 95 năm Ngày thành lập Mặt trận Dân tộc thống nhất Việt Nam (18/11/1930 – 18/11/2025), ngày 11/11, Ban Thường trực Ủy ban MTTQ Việt Nam xã Phục Hòa phối hợp với Ban Công tác Mặt trận xóm Nà Lủng tổ chức Ngày hội Đại đoàn kết toàn dân tộc."),
        ('img', "Lãnh đạo xã trao quà cho các hộ gia đình có hoàn cảnh khó khăn."),
        ('p', "Năm 2025, Nhân dân xóm Nà Lủng đã hiến trên 1.200 m² đất, đóng góp hơn 300 ngày công để làm 1,5 km đường bê tông nông thôn; 100% hộ gia đình ký cam kết không vi phạm pháp luật, không có người mắc tệ nạn xã hội. Toàn xóm có 96/108 hộ đạt danh hiệu “Gia đình văn hóa”."),
        ('p', "Tại Ngày hội, lãnh đạo xã đã trao 15 suất quà cho các hộ nghèo, hộ cận nghèo và tặng Giấy khen cho 5 hộ gia đình tiêu biểu trong phát triển kinh tế. Sau phần lễ là các hoạt động văn nghệ, hát then, đàn tính, thi gói bánh khảo và các trò chơi dân gian thu hút đông đảo bà con tham gia."),
    ],
)

ARTICLES['c12'] = dict(
    title="Phường Cửa Nam ra quân chỉnh trang vỉa hè các tuyến phố Quán Sứ, Hàng Bông, Lý Thường Kiệt",
    published_at="2025-10-02T16:45:00+07:00",
    date_shown="02/10/2025",
    author="Nhóm PV",
    lead="Từ ngày 1/10 đến hết tháng 12/2025, UBND phường Cửa Nam triển khai đợt cao điểm lập lại trật tự đô thị, chỉnh trang vỉa hè trên 14 tuyến phố, bảo đảm mỹ quan và an toàn giao thông cho người đi bộ.",
    blocks=[
        ('p', "Theo kế hoạch, lực lượng chức năng của phường sẽ tập trung xử lý các hành vi lấn chiếm vỉa hè, lòng đường để kinh doanh, trông giữ xe trái phép; tháo dỡ biển quảng cáo, mái che, mái vẩy sai quy định và các trường hợp đổ vật liệu xây dựng, phế thải ra đường."),
        ('p', "Phường phân chia vỉa hè trên các tuyến phố thành ba khu vực:"),
        ('ul', [
            "Phần dành cho người đi bộ rộng tối thiểu 1,5 m, tuyệt đối không được lấn chiếm;",
            "Phần được sử dụng tạm thời để trông giữ xe theo giấy phép, có kẻ vạch sơn phân định;",
            "Khu vực đặt hạ tầng kỹ thuật như tủ điện, bồn cây, biển báo giao thông.",
        ]),
        ('img', "Lực lượng chức năng phường Cửa Nam ra quân tại phố Quán Sứ."),
        ('p', "Ngay trong buổi sáng ra quân, các tổ công tác đã nhắc nhở 46 hộ kinh doanh, lập biên bản 9 trường hợp vi phạm, thu giữ nhiều bàn ghế, biển quảng cáo lấn chiếm vỉa hè."),
        ('p', "Chủ tịch UBND phường Cửa Nam cho biết, song song với xử lý vi phạm, phường sẽ vận động các hộ dân ký cam kết giữ gìn trật tự, vệ sinh trước cửa nhà; kết quả thực hiện được công khai hằng tuần tại các tổ dân phố."),
    ],
)

ARTICLES['c13'] = dict(
    title="TP.HCM tăng cường giám sát sốt xuất huyết tại các phường có số ca mắc cao",
    published_at="2025-09-18T14:40:15+07:00",
    date_shown="18/9/2025 2:40:15 CH",
    author=None,
    source="Nguồn: Trung tâm Kiểm soát bệnh tật Thành phố",
    lead=None,
    blocks=[
        ('p', "Sở Y tế TP.HCM vừa có văn bản yêu cầu các Trạm Y tế phường, xã, đặc khu tăng cường giám sát, phát hiện sớm ca bệnh sốt xuất huyết, nhất là tại các phường có số ca mắc tăng liên tục trong 4 tuần gần đây."),
        ('p', "Tính từ đầu năm đến ngày 14/9/2025, toàn Thành phố ghi nhận 21.836 ca sốt xuất huyết, tăng 12% so với cùng kỳ năm 2024; trong đó có 1.950 ca nhập viện điều trị nội trú. Số ca mắc tập trung ở các phường Bình Tân, An Lạc, Tân Tạo, Thủ Dầu Một và Dĩ An."),
        ('p', "Sở Y tế đề nghị UBND các phường, xã chỉ đạo tổ chức chiến dịch diệt lăng quăng, bọ gậy định kỳ hằng tuần, huy động lực lượng tổ dân phố, đoàn thanh niên đến từng hộ gia đình hướng dẫn người dân úp, lật, đậy các vật dụng chứa nước."),
        ('p', "Người dân khi có biểu hiện sốt cao đột ngột, đau đầu, đau cơ, xuất huyết dưới da cần đến ngay cơ sở y tế để được khám và theo dõi, không tự ý điều trị tại nhà."),
    ],
)

ARTICLES['c14'] = dict(
    title="Thái Nguyên: Hơn 3.200 hộ dân vùng lũ được hỗ trợ giống cây trồng sau bão",
    published_at="2025-10-21T08:05:47+07:00",
    date_shown="Đăng lúc: 08:05:47 21/10/2025 (GMT+7)",
    author="Lương Hà",
    lead="Sở Nông nghiệp và Môi trường tỉnh Thái Nguyên vừa phối hợp với các xã khu vực Bắc Kạn cũ cấp phát 48 tấn ngô giống, 12 tấn lúa giống và hơn 60.000 cây giống lâm nghiệp hỗ trợ người dân khôi phục sản xuất sau bão số 10.",
    blocks=[
        ('p', "Các hộ được hỗ trợ chủ yếu ở các xã Chợ Đồn, Bạch Thông, Na Rì, Ba Bể, nơi có nhiều diện tích ruộng, nương bị vùi lấp, sạt lở trong đợt mưa lũ cuối tháng 9 vừa qua."),
        ('img', "Người dân xã Na Rì nhận ngô giống hỗ trợ."),
        ('p', "Cùng với cấp phát giống, cán bộ khuyến nông đã hướng dẫn bà con kỹ thuật cải tạo đất, gieo trồng vụ Đông và chăm sóc cây trồng trong điều kiện thời tiết bất lợi."),
    ],
)

ARTICLES['c15'] = dict(
    title="Đồng Nai công bố kết quả thi tuyển công chức năm 2025",
    published_at="2025-10-16T00:00:00+07:00",
    date_shown="Thứ năm, 16/10/2025",
    author="Lê Quang Vinh, Phòng Công chức, viên chức",
    lead="Sở Nội vụ tỉnh Đồng Nai vừa công bố kết quả kỳ thi tuyển công chức hành chính năm 2025, theo đó 312 thí sinh trúng tuyển vào các cơ quan chuyên môn cấp tỉnh và UBND các xã, phường.",
    blocks=[
        ('p', "Kỳ thi được tổ chức theo hình thức thi trên máy vi tính ở vòng 1 và thi viết ở vòng 2 tại Trường Chính trị tỉnh. Có 2.486 thí sinh đăng ký dự tuyển vào 347 chỉ tiêu, trong đó 2.231 thí sinh đủ điều kiện dự thi vòng 2."),
        ('img', "Thí sinh làm bài thi vòng 1 trên máy vi tính."),
        ('p', "Kết quả cụ thể theo nhóm vị trí việc làm:"),
        ('table', [
            ["Nhóm vị trí", "Chỉ tiêu", "Trúng tuyển"],
            ["Cơ quan chuyên môn cấp tỉnh", "94", "91"],
            ["UBND các phường", "121", "112"],
            ["UBND các xã", "132", "109"],
        ]),
        ('p', "Những vị trí không có người trúng tuyển chủ yếu thuộc lĩnh vực công nghệ thông tin, xây dựng và địa chính tại các xã khu vực Bình Phước cũ. Sở Nội vụ sẽ tham mưu UBND tỉnh tổ chức xét tuyển bổ sung trong quý I/2026."),
        ('p', "Thí sinh trúng tuyển phải hoàn thiện hồ sơ và nộp về Sở Nội vụ trước ngày 31/10/2025. Danh sách chi tiết được niêm yết tại trụ sở Sở Nội vụ và đăng tải trên Cổng Thông tin điện tử tỉnh."),
    ],
)

ARTICLES['c16'] = dict(
    title="Ninh Bình sơ kết 3 tháng thực hiện Quy chế dân chủ ở cơ sở theo mô hình chính quyền hai cấp",
    published_at="2025-10-08T10:12:00+07:00",
    date_shown="08/10/2025",
    author="Nguyễn Hữu Phước, Ban Tuyên giáo và Dân vận Tỉnh ủy",
    lead=None,
    blocks=[
        ('p', "Ngày 7/10, Ban Tuyên giáo và Dân vận Tỉnh ủy Ninh Bình tổ chức hội nghị sơ kết 3 tháng thực hiện Quy chế dân chủ ở cơ sở và phong trào thi đua “Dân vận khéo” sau khi vận hành mô hình chính quyền địa phương hai cấp."),
        ('p', "Báo cáo tại hội nghị cho biết, các đảng ủy xã, phường đã kịp thời kiện toàn Ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở, ban hành quy chế hoạt động và phân công nhiệm vụ cho từng thành viên. Việc công khai các nội dung Nhân dân được biết, được bàn, được quyết định được thực hiện nghiêm túc qua hệ thống loa truyền thanh, bảng tin và nhóm Zalo của các tổ dân phố, thôn, xóm."),
        ('p', "Trong 3 tháng, toàn tỉnh đã có 1.126 cuộc đối thoại giữa người đứng đầu cấp ủy, chính quyền với Nhân dân; trên 94% kiến nghị của người dân được giải quyết hoặc trả lời dứt điểm. Nhiều mô hình “Dân vận khéo” mới được đăng ký như “Phường thân thiện, công dân gương mẫu”, “Ngày thứ bảy cùng dân”, “Tổ hòa giải số”."),
        ('quote', [
            "Cán bộ phải sâu sát cơ sở, lắng nghe Nhân dân nhiều hơn, nói để dân hiểu, làm để dân tin; mọi quyết định liên quan đến đời sống người dân đều phải được công khai, minh bạch.",
        ]),
        ('p', "Phát biểu kết luận, đồng chí Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy đề nghị các địa phương tiếp tục đổi mới phương thức dân vận, chú trọng dân vận trên không gian mạng, kịp thời nắm bắt tâm tư, nguyện vọng của cán bộ, công chức và Nhân dân sau sắp xếp."),
    ],
)

ARTICLES['c17'] = dict(
    title="Phường Bến Thành tổ chức tiếp xúc cử tri trước Kỳ họp HĐND Thành phố",
    published_at="2025-11-28T08:05:00+07:00",
    date_shown="28/11/2025 08:05",
    author="Trần Minh Khoa",
    byline_raw="Tác giả: Trần Minh Khoa",
    lead="Chiều 27/11, Tổ đại biểu HĐND TP.HCM ứng cử tại đơn vị bầu cử số 1 tổ chức tiếp xúc cử tri phường Bến Thành trước Kỳ họp thường lệ cuối năm 2025 của HĐND Thành phố.",
    blocks=[
        ('p', "Tại buổi tiếp xúc, cử tri phấn khởi trước kết quả phát triển kinh tế - xã hội của Thành phố sau hợp nhất, đồng thời nêu nhiều ý kiến về tình trạng ngập cục bộ trên đường Nguyễn Thái Học, Cống Quỳnh khi có mưa lớn, việc bố trí bãi đỗ xe cho khách du lịch quanh chợ Bến Thành và tiến độ chỉnh trang các chung cư cũ."),
        ('p', "Cử tri Nguyễn Thị Mỹ Lệ, khu phố 5, đề nghị Thành phố sớm có chính sách hỗ trợ người dân tại các chung cư xây dựng trước năm 1975 được tạm cư trong thời gian cải tạo, bảo đảm ổn định cuộc sống và việc học của con em."),
        ('p', "Thay mặt Tổ đại biểu, đại biểu HĐND Thành phố tiếp thu đầy đủ các ý kiến, trực tiếp trả lời một số nội dung thuộc thẩm quyền và cam kết chuyển các kiến nghị còn lại đến các sở, ngành liên quan để xem xét, giải quyết, trả lời cử tri theo quy định."),
    ],
)

ARTICLES['c18'] = dict(
    title="Trung tâm Phục vụ hành chính công tỉnh An Giang triển khai ki-ốt tra cứu hồ sơ tự động",
    published_at="2025-11-03T00:00:00+07:00",
    date_shown="Ngày 03/11/2025",
    author="Bảo Ngọc",
    lead=None,
    blocks=[
        ('p', "Từ ngày 3/11/2025, Trung tâm Phục vụ hành chính công tỉnh An Giang đưa vào sử dụng 4 ki-ốt tra cứu thông tin tự động tại trụ sở ở phường Long Xuyên và phường Rạch Giá."),
        ('p', "Người dân chỉ cần quét mã QR trên giấy tiếp nhận hồ sơ hoặc nhập số căn cước để tra cứu tình trạng giải quyết hồ sơ, lệ phí phải nộp và thời gian trả kết quả. Ki-ốt cũng cho phép đánh giá mức độ hài lòng đối với cán bộ tiếp nhận."),
        ('p', "Dự kiến trong quý I/2026, Trung tâm sẽ lắp đặt thêm ki-ốt tại 20 xã, phường có lượng hồ sơ lớn."),
    ],
)

ARTICLES['c19'] = dict(
    title="Đảng ủy xã Hòa Bình tổ chức hội nghị học tập, quán triệt Nghị quyết Đại hội Đảng bộ xã lần thứ I",
    published_at="2025-08-29T09:20:00+07:00",
    date_shown="29/08/2025 - 09:20",
    author="Vũ Thị Thu Trang, Văn phòng Đảng ủy xã",
    byline_lines=["Vũ Thị Thu Trang", "Văn phòng Đảng ủy xã"],
    lead=None,
    blocks=[
        ('p', "Ngày 28/8, Đảng ủy xã Hòa Bình tổ chức hội nghị học tập, quán triệt, triển khai thực hiện Nghị quyết Đại hội đại biểu Đảng bộ xã lần thứ I, nhiệm kỳ 2025 – 2030 cho hơn 600 cán bộ, đảng viên trong toàn Đảng bộ."),
        ('p', "Tại hội nghị, đồng chí Bí thư Đảng ủy xã đã truyền đạt những nội dung cơ bản của Nghị quyết, trong đó nhấn mạnh 3 khâu đột phá của nhiệm kỳ: phát triển hạ tầng giao thông kết nối vùng; xây dựng vùng sản xuất nông nghiệp hàng hóa tập trung; đẩy mạnh chuyển đổi số trong hoạt động của cấp ủy và chính quyền."),
        ('p', "Nghị quyết đề ra 18 chỉ tiêu chủ yếu, phấn đấu đến năm 2030 thu nhập bình quân đầu người đạt 95 triệu đồng/năm, tỷ lệ hộ nghèo giảm còn dưới 1%, xã đạt chuẩn nông thôn mới nâng cao."),
        ('p', "Sau hội nghị, các chi bộ trực thuộc sẽ tổ chức cho đảng viên viết bài thu hoạch và xây dựng chương trình hành động cụ thể, hoàn thành trước ngày 30/9/2025."),
    ],
)

ARTICLES['c20'] = dict(
    title="Xã Ba Tơ tiếp nhận 200 suất quà hỗ trợ người dân bị ảnh hưởng mưa lũ",
    published_at="2025-11-17T00:00:00+07:00",
    date_shown="Thứ hai, 17/11/2025",
    author="A Tú",
    byline_raw="Tin, ảnh: A Tú",
    lead=None,
    blocks=[
        ('p', "Ngày 16/11, UBND xã Ba Tơ tiếp nhận 200 suất quà, mỗi suất gồm 20 kg gạo, mì tôm và nhu yếu phẩm trị giá 500.000 đồng do Hội Chữ thập đỏ tỉnh Quảng Ngãi trao tặng các hộ dân bị ảnh hưởng bởi mưa lũ."),
        ('img', "Đại diện Hội Chữ thập đỏ tỉnh trao quà cho người dân."),
    ],
)
