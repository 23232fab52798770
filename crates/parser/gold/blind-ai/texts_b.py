# Article texts for blind-ai (i11-i20), written by hand. Invented names and figures.
A = {}
A["i11"] = dict(
title="An Giang phê duyệt quy hoạch đặc khu Phú Quốc giai đoạn mới",
text="""UBND tỉnh An Giang vừa ban hành quyết định phê duyệt điều chỉnh quy hoạch chung xây dựng đặc khu Phú Quốc đến năm 2045, tầm nhìn đến năm 2060, phục vụ mục tiêu phát triển Phú Quốc thành trung tâm dịch vụ, du lịch sinh thái biển đảo tầm cỡ quốc tế.
Theo quy hoạch, quy mô dân số đặc khu đến năm 2035 khoảng 430.000 người và đến năm 2045 khoảng 680.000 người, chưa kể khách du lịch quy đổi. Không gian đặc khu được tổ chức thành 5 phân khu chức năng gồm trung tâm Dương Đông, khu An Thới, khu Bắc đảo, khu Cửa Cạn và cụm đảo Nam An Thới.
Quy hoạch xác định giữ ổn định khoảng 36.000 ha rừng, bảo vệ nghiêm ngặt Vườn quốc gia Phú Quốc và các hệ sinh thái san hô, cỏ biển. Mật độ xây dựng tại khu vực ven biển được khống chế, bảo đảm không gian công cộng và lối tiếp cận biển cho người dân.
Về hạ tầng, đặc khu sẽ mở rộng Cảng hàng không quốc tế Phú Quốc đạt công suất 10 triệu hành khách mỗi năm, đầu tư tuyến đường ven biển phía Tây, hai nhà máy xử lý nước thải tập trung và hồ chứa nước Cửa Cạn nhằm giải quyết tình trạng thiếu nước sinh hoạt vào mùa khô.
Đại diện Sở Xây dựng tỉnh An Giang cho biết, sau khi quy hoạch được phê duyệt, đặc khu Phú Quốc có trách nhiệm công bố công khai trong vòng 15 ngày, tổ chức cắm mốc giới ngoài thực địa và rà soát các dự án đang triển khai để bảo đảm phù hợp với quy hoạch.""")

A["i12"] = dict(
title="Liên đoàn Lao động tỉnh Phú Thọ trao 320 suất quà cho công nhân có hoàn cảnh khó khăn",
text="""L:Ngày 14/11, Liên đoàn Lao động tỉnh Phú Thọ tổ chức chương trình “Mái ấm công đoàn – Sẻ chia yêu thương” tại phường Vĩnh Phúc, trao 320 suất quà cho đoàn viên, công nhân lao động có hoàn cảnh khó khăn.
Mỗi suất quà trị giá 1,5 triệu đồng, gồm tiền mặt và nhu yếu phẩm, do Liên đoàn Lao động tỉnh phối hợp với các doanh nghiệp, nhà hảo tâm trao tặng. Những người nhận quà chủ yếu là công nhân đang làm việc tại các khu công nghiệp Bá Thiện, Khai Quang, Phú Hà và Thụy Vân, có người thân ốm đau dài ngày hoặc bị ảnh hưởng do thiếu việc làm.
Cũng tại chương trình, Liên đoàn Lao động tỉnh trao quyết định hỗ trợ xây mới 4 “Mái ấm công đoàn” cho đoàn viên chưa có nhà ở ổn định, mỗi căn 60 triệu đồng.
Chị Hà Thị Nhung, công nhân một công ty may tại khu công nghiệp Thụy Vân, xúc động cho biết, chồng chị bị tai nạn lao động từ đầu năm, mọi chi tiêu trong gia đình dựa vào đồng lương của chị. Món quà của công đoàn giúp gia đình chị có thêm điều kiện lo cho hai con đi học.
Bà Đinh Thị Hòa, Chủ tịch Liên đoàn Lao động tỉnh cho biết, năm 2026, các cấp công đoàn trong tỉnh đã thăm hỏi, hỗ trợ hơn 9.400 lượt đoàn viên với tổng số tiền trên 11 tỷ đồng. Dịp Tết Nguyên đán sắp tới, Liên đoàn Lao động tỉnh sẽ tổ chức chương trình “Tết Sum vầy” và hỗ trợ vé xe cho công nhân về quê đón Tết.""")

A["i13"] = dict(
title="Hưng Yên công bố danh sách 46 sản phẩm OCOP đạt 4 sao năm 2026",
text="""UBND tỉnh Hưng Yên vừa ban hành quyết định công nhận 46 sản phẩm đạt tiêu chuẩn OCOP 4 sao đợt 2 năm 2026, nâng tổng số sản phẩm OCOP từ 3 sao trở lên của tỉnh lên 612 sản phẩm.
Các sản phẩm được công nhận đợt này thuộc 5 nhóm: thực phẩm, đồ uống, thảo dược, thủ công mỹ nghệ và dịch vụ du lịch cộng đồng. Trong đó có nhiều sản phẩm đặc trưng như nhãn lồng sấy khô, tương Bần, chả gà Tiểu Quan, gạo nếp cái hoa vàng và các sản phẩm cói mỹ nghệ của vùng Thái Bình cũ.
Theo Hội đồng đánh giá, phân hạng sản phẩm OCOP cấp tỉnh, chất lượng hồ sơ năm nay được nâng lên rõ rệt. Nhiều chủ thể đã đầu tư bao bì, nhãn mác, xây dựng câu chuyện sản phẩm và áp dụng tem truy xuất nguồn gốc điện tử.
Các chủ thể có sản phẩm được công nhận cần thực hiện các yêu cầu sau:
- Duy trì và nâng cao chất lượng sản phẩm theo tiêu chuẩn đã đăng ký;
- Sử dụng logo OCOP và số sao đúng quy định trên bao bì;
- Tham gia các hội chợ, sàn thương mại điện tử do tỉnh tổ chức;
- Báo cáo tình hình sản xuất, tiêu thụ định kỳ 6 tháng một lần.
Sở Công Thương sẽ phối hợp với các xã, phường hỗ trợ các chủ thể kết nối với hệ thống siêu thị, cửa hàng tiện lợi và đưa sản phẩm lên các sàn thương mại điện tử lớn. Tỉnh cũng đang lựa chọn 6 sản phẩm tiêu biểu để đề nghị Trung ương đánh giá, công nhận sản phẩm OCOP 5 sao trong năm 2027.""")

A["i14"] = dict(
title="Thông báo lịch tiếp công dân định kỳ của Chủ tịch UBND tỉnh Cà Mau tháng 12/2026",
text="""Thực hiện Luật Tiếp công dân và Quy chế tiếp công dân của UBND tỉnh, Ban Tiếp công dân tỉnh Cà Mau thông báo lịch tiếp công dân định kỳ của Chủ tịch UBND tỉnh trong tháng 12/2026 như sau:
- Thời gian: Từ 7 giờ 30 phút, ngày 15/12/2026 (thứ Ba).
- Địa điểm: Trụ sở Ban Tiếp công dân tỉnh, số 24 đường Trần Hưng Đạo, phường An Xuyên, tỉnh Cà Mau.
- Người chủ trì: Chủ tịch UBND tỉnh; trường hợp Chủ tịch bận công tác đột xuất sẽ ủy quyền cho Phó Chủ tịch UBND tỉnh phụ trách lĩnh vực.
Thành phần tham dự gồm đại diện lãnh đạo Thanh tra tỉnh, Sở Nông nghiệp và Môi trường, Sở Xây dựng, Sở Tư pháp, Văn phòng UBND tỉnh và Chủ tịch UBND các xã, phường có công dân được tiếp.
Công dân đến khiếu nại, tố cáo, kiến nghị, phản ánh cần mang theo giấy tờ tùy thân và các tài liệu liên quan đến nội dung trình bày. Trường hợp nhiều người cùng khiếu nại, tố cáo về một nội dung thì cử đại diện không quá 5 người để trình bày.
Để việc tiếp công dân đạt hiệu quả, công dân có nhu cầu được tiếp đăng ký trước tại Ban Tiếp công dân tỉnh hoặc qua số điện thoại 0290.3831.456 trong giờ hành chính, chậm nhất đến ngày 10/12/2026. Ban Tiếp công dân tỉnh sẽ phân loại, tổng hợp và báo cáo Chủ tịch UBND tỉnh trước buổi tiếp.
Ban Tiếp công dân tỉnh trân trọng thông báo để các cơ quan, đơn vị và công dân biết, thực hiện.""")

A["i15"] = dict(
title="Mô hình nuôi cá lồng trên lòng hồ thủy điện mang lại thu nhập ổn định",
text="""Những năm gần đây, mô hình nuôi cá lồng trên lòng hồ thủy điện Sơn La đã giúp nhiều hộ dân tại các xã Mường Giôn, Chiềng Bằng, Liệp Tè có thu nhập ổn định, góp phần giảm nghèo bền vững.
Hiện nay, trên lòng hồ có 3.280 lồng cá của 1.046 hộ dân, 22 hợp tác xã và tổ hợp tác. Các đối tượng nuôi chính là cá rô phi đơn tính, cá trắm, cá lăng và cá tầm. Sản lượng cá thương phẩm năm 2026 ước đạt 6.400 tấn, doanh thu trên 320 tỷ đồng.
Gia đình anh Lò Văn Chiến ở bản Phiêng Bủng, xã Mường Giôn là một trong những hộ đầu tiên nuôi cá lồng. Từ 4 lồng ban đầu, đến nay gia đình anh đã phát triển lên 26 lồng, mỗi năm xuất bán khoảng 40 tấn cá, trừ chi phí còn lãi gần 500 triệu đồng.
Để mô hình phát triển bền vững, Trung tâm Khuyến nông tỉnh đã tổ chức 14 lớp tập huấn kỹ thuật nuôi, phòng trị bệnh cho cá và hướng dẫn người dân ghi chép nhật ký nuôi. Các hợp tác xã được hỗ trợ xây dựng nhãn hiệu tập thể “Cá lòng hồ Sơn La”, kết nối tiêu thụ với các nhà hàng, siêu thị tại Hà Nội và các tỉnh lân cận.
Tuy nhiên, người nuôi cá vẫn gặp khó khăn khi mực nước hồ thay đổi theo mùa, nguồn giống chất lượng cao còn phụ thuộc vào bên ngoài. Thời gian tới, tỉnh sẽ quy hoạch lại các vùng nuôi, khuyến khích doanh nghiệp đầu tư cơ sở sản xuất giống tại chỗ và áp dụng công nghệ lồng nuôi bằng vật liệu HDPE thay thế lồng gỗ truyền thống.""")

A["i16"] = dict(
title="Quảng Trị: Thu ngân sách nhà nước 10 tháng đạt 91% dự toán",
text="""Theo báo cáo của Sở Tài chính tỉnh Quảng Trị, tổng thu ngân sách nhà nước trên địa bàn 10 tháng năm 2026 ước đạt 12.846 tỷ đồng, bằng 91% dự toán Hội đồng nhân dân tỉnh giao và tăng 14% so với cùng kỳ năm trước.
Trong đó, thu nội địa ước đạt 10.912 tỷ đồng, bằng 89% dự toán; thu từ hoạt động xuất nhập khẩu ước đạt 1.934 tỷ đồng, vượt 4% dự toán. Nhiều khoản thu đạt khá như thu từ doanh nghiệp có vốn đầu tư nước ngoài, thuế thu nhập cá nhân và thu tiền sử dụng đất tại các phường Đồng Hới, Đông Hà.
Chi ngân sách địa phương 10 tháng ước đạt 17.205 tỷ đồng, bằng 73% dự toán, chủ yếu bảo đảm chi thường xuyên, chi cho bộ máy chính quyền hai cấp và các chính sách an sinh xã hội. Giải ngân vốn đầu tư công đạt 68% kế hoạch, cao hơn mức bình quân chung cả nước.
Phát biểu tại cuộc họp giao ban tháng 11, Giám đốc Sở Tài chính nhấn mạnh:
Q:“Hai tháng cuối năm, các cơ quan thuế, hải quan phải bám sát từng nguồn thu, đôn đốc thu hồi nợ đọng, không để thất thu; các chủ đầu tư phải giải ngân hết vốn được giao, dự án nào chậm thì kiên quyết điều chuyển”.
Sở Tài chính cũng đề nghị UBND các xã, phường, đặc khu Cồn Cỏ rà soát các khoản chi chưa thật cần thiết, tiết kiệm thêm 10% chi thường xuyên để bổ sung nguồn cải cách tiền lương và chi cho các nhiệm vụ cấp bách về phòng, chống thiên tai cuối năm.""")

A["i17"] = dict(
title="Cần Thơ: Khai mạc Tuần lễ Văn hóa – Du lịch sông nước miền Tây",
text="""L:Tối 21/11, tại bến Ninh Kiều, phường Ninh Kiều, UBND thành phố Cần Thơ khai mạc Tuần lễ Văn hóa – Du lịch sông nước miền Tây năm 2026 với chủ đề “Sông Hậu – Bản hòa ca phù sa”.
Tuần lễ diễn ra từ ngày 21 đến 27/11, gồm hơn 30 hoạt động như lễ hội đờn ca tài tử, hội thi ghe ngo, không gian ẩm thực bánh dân gian Nam Bộ, trưng bày sản phẩm OCOP và các tour trải nghiệm chợ nổi Cái Răng, cồn Sơn, làng du lịch Mỹ Khánh.
Năm nay, lần đầu tiên tuần lễ có sự tham gia của các địa phương Sóc Trăng, Hậu Giang cũ với các gian hàng giới thiệu văn hóa Khmer, lễ hội Oóc Om Bóc và nghề làm bánh pía truyền thống. Ban tổ chức dự kiến thu hút khoảng 150.000 lượt khách.
C:Màn trình diễn nghệ thuật tại lễ khai mạc trên bến Ninh Kiều. Ảnh: Đức Anh
Phát biểu khai mạc, Phó Chủ tịch UBND thành phố Trương Thị Ngọc Diệp cho biết, sau hợp nhất, Cần Thơ có lợi thế lớn về hệ thống sông ngòi, văn hóa đa dân tộc và vùng cây ăn trái. Thành phố sẽ tiếp tục đầu tư hạ tầng bến thủy, phát triển du lịch đường sông kết nối các tỉnh vùng đồng bằng sông Cửu Long.
Tại lễ khai mạc, thành phố cũng ra mắt ứng dụng du lịch thông minh, cho phép du khách tra cứu điểm đến, đặt tour, đặt phòng và nhận thuyết minh tự động bằng 4 ngôn ngữ Việt, Anh, Hàn, Trung.""")

A["i18"] = dict(
title="Giám đốc Sở Văn hóa, Thể thao và Du lịch Thanh Hóa: Bảo tồn di sản gắn với phát triển du lịch bền vững",
text="""L:Nhân dịp kỷ niệm Ngày Di sản văn hóa Việt Nam 23/11, phóng viên có cuộc trao đổi với ông Lê Đình Tùng, Giám đốc Sở Văn hóa, Thể thao và Du lịch tỉnh Thanh Hóa về công tác bảo tồn, phát huy giá trị di sản trên địa bàn tỉnh.
PV: Thưa ông, công tác bảo tồn di sản của tỉnh năm 2026 có những kết quả nổi bật nào?
Ông Lê Đình Tùng: Năm 2026, tỉnh đã hoàn thành tu bổ 12 di tích cấp quốc gia và cấp tỉnh, trong đó có các hạng mục quan trọng tại Khu di tích lịch sử Lam Kinh và Thành Nhà Hồ. Tỉnh cũng hoàn thiện hồ sơ đề nghị công nhận nghệ thuật trình diễn Pồn Pông của người Mường là di sản văn hóa phi vật thể quốc gia.
PV: Sau khi sắp xếp chính quyền hai cấp, việc quản lý di tích ở cơ sở có gì thay đổi?
Ông Lê Đình Tùng: Trước đây, nhiều di tích do cấp huyện quản lý, nay trách nhiệm chuyển về UBND các xã, phường. Sở đã tham mưu ban hành quy chế phân cấp quản lý mới, tổ chức tập huấn cho 166 công chức văn hóa – xã hội cấp xã và lập danh mục 1.535 di tích để giao quản lý cụ thể cho từng địa phương.
PV: Định hướng gắn bảo tồn với phát triển du lịch thời gian tới là gì, thưa ông?
Ông Lê Đình Tùng: Chúng tôi xác định di sản là tài nguyên đặc biệt, không thể tái tạo. Vì vậy, phát triển du lịch phải dựa trên việc bảo vệ tính nguyên gốc của di tích. Tỉnh sẽ xây dựng các tuyến du lịch di sản kết nối Thành Nhà Hồ, Lam Kinh, Hàm Rồng với các làng nghề truyền thống, đồng thời số hóa 3D các di tích tiêu biểu để giới thiệu tới du khách trong và ngoài nước.
C:Thành Nhà Hồ, Di sản văn hóa thế giới, thu hút ngày càng đông du khách.
PV: Xin cảm ơn ông!""")

A["i19"] = dict(
title="Bắc Ninh hoàn thành sớm mục tiêu xóa nhà tạm, nhà dột nát",
text="""L:Đến ngày 31/10/2026, tỉnh Bắc Ninh đã hoàn thành hỗ trợ xây mới, sửa chữa 2.317 căn nhà cho hộ nghèo, hộ cận nghèo và gia đình chính sách, về đích sớm hai tháng so với kế hoạch.
Trong tổng số nhà được hỗ trợ, có 1.482 căn xây mới và 835 căn sửa chữa, với tổng kinh phí hơn 128 tỷ đồng. Nguồn kinh phí được huy động từ ngân sách nhà nước, Quỹ Vì người nghèo các cấp, sự đóng góp của doanh nghiệp, nhà hảo tâm và ngày công lao động của lực lượng vũ trang, đoàn viên thanh niên.
Các xã miền núi như Sơn Động, Lục Ngạn, Tây Yên Tử, Biển Động là những địa phương có số nhà được hỗ trợ nhiều nhất. Nhiều ngôi nhà được hoàn thành chỉ sau 30 đến 45 ngày thi công nhờ cách làm “Nhà nước hỗ trợ, cộng đồng chung tay, gia đình đối ứng”.
Bà Hoàng Thị Sen, dân tộc Sán Chí ở thôn Khe Vàng, xã Tây Yên Tử, vừa dọn về ngôi nhà mới rộng 54 m2. Bà cho biết, trước đây cả gia đình 5 người sống trong căn nhà gỗ dột nát, mùa mưa phải lấy bạt che tạm. Nay có nhà kiên cố, bà yên tâm để các cháu học hành.
Ban Chỉ đạo xóa nhà tạm, nhà dột nát của tỉnh yêu cầu các địa phương tiếp tục rà soát, kịp thời hỗ trợ các hộ phát sinh mới do thiên tai, đồng thời quan tâm giúp các hộ sinh kế để ổn định cuộc sống lâu dài.""")

A["i20"] = dict(
title="Khánh Hòa tăng cường quản lý tàu cá chống khai thác IUU tại đặc khu Trường Sa",
text="""Sở Nông nghiệp và Môi trường tỉnh Khánh Hòa vừa có văn bản đề nghị các lực lượng chức năng tăng cường kiểm tra, giám sát tàu cá hoạt động tại vùng biển đặc khu Trường Sa và các vùng biển giáp ranh, nhằm thực hiện nghiêm các quy định về chống khai thác hải sản bất hợp pháp, không báo cáo và không theo quy định (IUU).
Theo thống kê, toàn tỉnh hiện có 2.684 tàu cá có chiều dài từ 15 m trở lên, 100% đã lắp đặt thiết bị giám sát hành trình. Trong 10 tháng năm 2026, cơ quan chức năng đã phát hiện 37 trường hợp tàu cá mất kết nối thiết bị giám sát quá 6 giờ trên biển và xử phạt vi phạm hành chính 19 trường hợp với số tiền gần 1,2 tỷ đồng.
Sở yêu cầu Chi cục Thủy sản và các ban quản lý cảng cá kiểm soát chặt chẽ tàu cá xuất, nhập bến, bảo đảm sản lượng thủy sản bốc dỡ qua cảng được ghi chép đầy đủ và truy xuất được nguồn gốc. UBND các xã, phường ven biển phải rà soát, lập danh sách tàu cá không đủ điều kiện hoạt động, giao cho chủ tàu cam kết không đưa tàu ra khơi.
Đồng thời, các địa phương tăng cường tuyên truyền đến ngư dân không vi phạm vùng biển nước ngoài, không sử dụng chất nổ, xung điện để khai thác thủy sản. Những trường hợp cố tình vi phạm sẽ bị xử lý nghiêm và công khai trên các phương tiện thông tin đại chúng.""")
