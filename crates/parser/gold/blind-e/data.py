# Article texts and metadata (original texts written for this set).
A = {}
def art(name, **kw): A[name] = kw

art("e01", platform="liferay-6.2", url="https://tanphu.dongnai.gov.vn/web/xa-tan-phu/tin-tuc/-/asset_publisher/Zx81/content/xa-tan-phu-ra-mat-trung-tam-phuc-vu-hanh-chinh-cong",
 charset="utf-8", site="Cổng thông tin điện tử xã Tân Phú", title="Xã Tân Phú ra mắt mô hình “Thứ bảy tiếp dân” tại Trung tâm phục vụ hành chính công",
 date_show="Thứ Sáu, 14/11/2026 - 09:30", published_at="2026-11-14T09:30:00+07:00",
 byline=("end", ["Lê Hoàng Phúc"]), author="Lê Hoàng Phúc",
 blocks=[("lead","Sáng 13/11, UBND xã Tân Phú tổ chức ra mắt mô hình “Thứ bảy tiếp dân”, theo đó Trung tâm phục vụ hành chính công xã mở cửa cả buổi sáng thứ bảy để tiếp nhận hồ sơ của người dân."),
  ("img","Lãnh đạo xã Tân Phú hướng dẫn người dân nộp hồ sơ trực tuyến tại Trung tâm."),
  ("p","Sau hơn bốn tháng vận hành chính quyền địa phương hai cấp, Trung tâm đã tiếp nhận trên 3.200 hồ sơ, trong đó hơn 70% được nộp trực tuyến. Tuy vậy, nhiều người lao động làm việc tại các khu công nghiệp không thể đến vào giờ hành chính."),
  ("p","Mô hình mới bố trí mỗi buổi sáng thứ bảy ba công chức trực các lĩnh vực hộ tịch, đất đai và chứng thực, cùng một đoàn viên thanh niên hỗ trợ cài đặt ứng dụng định danh điện tử."),
  ("p","Phát biểu tại buổi lễ, Chủ tịch UBND xã Trần Văn Khải yêu cầu công chức giữ thái độ tận tụy, giải quyết hồ sơ đúng hẹn, không để người dân phải đi lại nhiều lần.")])

art("e02", platform="liferay-7", url="https://sgddt.camau.gov.vn/tin-tuc/-/view-content/231547/ca-mau-tuyen-dung-giao-vien-nam-hoc-2026-2027",
 charset="utf-8", site="Sở Giáo dục và Đào tạo tỉnh Cà Mau", title="Cà Mau công bố chỉ tiêu tuyển dụng 412 giáo viên năm học 2026 - 2027",
 date_show="10/11/2026 - 16:05", published_at="2026-11-10T16:05:27+07:00", meta_time="2026-11-10T16:05:27+07:00",
 byline=("end", ["Phòng Tổ chức cán bộ"]), author="Phòng Tổ chức cán bộ",
 blocks=[("lead","Sở Giáo dục và Đào tạo vừa ban hành thông báo tuyển dụng viên chức giảng dạy năm học 2026 - 2027 với tổng số 412 chỉ tiêu ở cả ba cấp học."),
  ("p","Theo thông báo, thí sinh nộp phiếu đăng ký dự tuyển từ ngày 15/11 đến hết ngày 14/12/2026 tại Sở hoặc qua Cổng dịch vụ công của tỉnh. Việc tuyển dụng được thực hiện theo hình thức xét tuyển hai vòng."),
  ("p","Chỉ tiêu cụ thể theo từng cấp học như sau:"),
  ("table",[["Cấp học","Chỉ tiêu","Ghi chú"],["Mầm non","138","Ưu tiên xã đảo"],["Tiểu học","167",""],["Trung học cơ sở","74","Môn Tin học, Tiếng Anh"],["Trung học phổ thông","33",""]]),
  ("p","Người dự tuyển phải có bằng tốt nghiệp đại học sư phạm trở lên, trừ giáo viên mầm non có thể sử dụng bằng cao đẳng sư phạm theo quy định chuyển tiếp."),
  ("p","Thông tin chi tiết liên hệ Phòng Tổ chức cán bộ, điện thoại 0290 3831 270.")])

art("e03", platform="sharepoint-tandan", url="https://thaibinh.hungyen.gov.vn/portal/Pages/2026-11-18/Hoi-nghi-doi-thoai-voi-nong-dan-ve-chuyen-doi-cay-tr.aspx",
 charset="utf-8", site="Cổng thông tin điện tử phường Trần Hưng Đạo", title="Đối thoại với nông dân về chuyển đổi cơ cấu cây trồng vụ đông",
 date_show="Ngày đăng: 18/11/2026 15:42:10", published_at="2026-11-18T15:42:10+07:00",
 byline=("end2", ["Phạm Thu Hà", "Văn phòng HĐND và UBND phường"]), author="Phạm Thu Hà, Văn phòng HĐND và UBND phường",
 blocks=[("lead","Chiều 17/11, Đảng ủy, UBND phường Trần Hưng Đạo tổ chức hội nghị đối thoại với hơn 120 hộ nông dân về kế hoạch chuyển đổi cơ cấu cây trồng vụ đông năm 2026."),
  ("p","Tại hội nghị, nhiều hộ dân phản ánh giá giống ngô ngọt và khoai tây tăng cao, trong khi đầu ra cho rau màu còn bấp bênh. Một số ý kiến đề nghị phường hỗ trợ kết nối doanh nghiệp bao tiêu sản phẩm."),
  ("img","Quang cảnh hội nghị đối thoại."),
  ("h","Hỗ trợ 50% giá giống"),
  ("p","Trả lời các kiến nghị, lãnh đạo phường cho biết sẽ hỗ trợ 50% giá giống cho các hộ tham gia cánh đồng liên kết với diện tích từ 2.000 m² trở lên, đồng thời phối hợp với Hợp tác xã Đông Hòa ký hợp đồng tiêu thụ."),
  ("h","Không để ruộng bỏ hoang"),
  ("p","Đồng chí Bí thư Đảng ủy phường đề nghị các tổ dân phố rà soát, vận động những hộ không có nhu cầu sản xuất cho thuê, mượn đất, không để ruộng bỏ hoang trong vụ đông.")])

art("e04", platform="sharepoint-trang", url="https://bhxh.laichau.gov.vn/Trang/ChiTietTinTuc.aspx?nid=4172",
 charset="utf-8", site="Bảo hiểm xã hội tỉnh Lai Châu", title="Hơn 9.600 người dân Lai Châu được tặng thẻ bảo hiểm y tế trong năm 2026",
 date_show="11/11/2026 2:36:51 CH", published_at="2026-11-11T14:36:51+07:00",
 byline=("above", "Người đăng: ", ["Hoàng Thị Nga"]), author="Hoàng Thị Nga",
 blocks=[("lead","Tính đến ngày 31/10/2026, các cơ quan, doanh nghiệp và nhà hảo tâm đã phối hợp với Bảo hiểm xã hội tỉnh trao tặng 9.624 thẻ bảo hiểm y tế cho người có hoàn cảnh khó khăn."),
  ("p","Đối tượng được tặng thẻ chủ yếu là người thuộc hộ cận nghèo chưa được ngân sách hỗ trợ toàn bộ, học sinh ở các xã vùng cao và lao động tự do có thu nhập thấp."),
  ("p","Tổng kinh phí vận động đạt hơn 7,5 tỷ đồng, tăng gần 1,8 tỷ đồng so với năm trước. Nhiều đơn vị như Điện lực Lai Châu, Ngân hàng Chính sách xã hội tỉnh duy trì chương trình liên tục trong ba năm."),
  ("quote","Tấm thẻ bảo hiểm y tế giúp gia đình tôi yên tâm đưa con xuống bệnh viện tỉnh điều trị mà không phải lo vay mượn.","Chị Lò Thị Xoan, bản Nậm Cấu, xã Phong Thổ"),
  ("p","Bảo hiểm xã hội tỉnh cho biết sẽ tiếp tục phối hợp với Ủy ban Mặt trận Tổ quốc các cấp vận động trao tặng thêm 2.000 thẻ trong tháng cuối năm.")])

art("e05", platform="dnn-9", url="https://congan.quangtri.gov.vn/tin-tuc-su-kien/an-ninh-trat-tu/articleid/8831/canh-bao-thu-doan-gia-danh-can-bo-cong-an-goi-dien-cap-nhat-dinh-danh",
 charset="utf-8", site="Công an tỉnh Quảng Trị", title="Cảnh báo thủ đoạn giả danh cán bộ Công an gọi điện “cập nhật định danh mức 2”",
 date_show="Cập nhật: 08:15 | 19/11/2026", published_at="2026-11-19T08:15:00+07:00",
 byline=("end", ["Bài, ảnh: Thượng úy Đặng Minh Tuấn"]), author="Thượng úy Đặng Minh Tuấn",
 blocks=[("lead","Thời gian gần đây, trên địa bàn tỉnh xảy ra nhiều vụ đối tượng giả danh cán bộ Công an xã, phường gọi điện yêu cầu người dân cài đặt ứng dụng lạ để “cập nhật định danh điện tử mức 2”."),
  ("p","Các đối tượng thường sử dụng những thủ đoạn sau:"),
  ("ul",["Gọi điện xưng là cán bộ Công an, đọc đúng họ tên, số căn cước của bị hại để tạo lòng tin;",("Gửi đường dẫn tải ứng dụng giả mạo qua Zalo, tin nhắn, trong đó:",["Ứng dụng có giao diện giống VNeID;","Yêu cầu cấp quyền trợ năng, đọc tin nhắn;"]),"Chiếm quyền điều khiển điện thoại và chuyển tiền khỏi tài khoản ngân hàng."]),
  ("img","Cán bộ Công an phường Đông Hà hướng dẫn người dân nhận diện ứng dụng giả mạo."),
  ("p","Công an tỉnh khuyến cáo: Công an các cấp không hướng dẫn cài đặt ứng dụng qua điện thoại; người dân chỉ tải VNeID từ kho ứng dụng chính thức và đến trực tiếp trụ sở Công an khi cần hỗ trợ."),
  ("p","Khi phát hiện dấu hiệu lừa đảo, người dân báo ngay cho Công an nơi gần nhất hoặc qua số điện thoại đường dây nóng 069.2556.789.")])

art("e06", platform="wordpress-flatsome", url="https://cuuchienbinhbinhdinh.org.vn/2026/11/16/hoi-ccb-xa-hoai-nhon-trao-nha-nghia-tinh-dong-doi/",
 charset="UTF-8", site="Hội Cựu chiến binh tỉnh Gia Lai", title="Hội Cựu chiến binh xã Hoài Nhơn trao nhà “Nghĩa tình đồng đội”",
 date_show="16/11/2026", published_at="2026-11-16T10:20:44+07:00", time_dt="2026-11-16T10:20:44+07:00",
 byline=("viet", ["Nguyễn Văn Thành"]), author="Nguyễn Văn Thành",
 blocks=[("p","Ngày 15/11, Hội Cựu chiến binh xã Hoài Nhơn phối hợp với Ủy ban Mặt trận Tổ quốc xã tổ chức bàn giao nhà “Nghĩa tình đồng đội” cho gia đình hội viên Võ Văn Lâm ở thôn Tân Thạnh."),
  ("p","Ngôi nhà có diện tích 60 m², tổng kinh phí xây dựng 180 triệu đồng, trong đó Hội Cựu chiến binh tỉnh hỗ trợ 60 triệu đồng, hội viên và các nhà hảo tâm đóng góp 70 triệu đồng, phần còn lại do gia đình và anh em họ hàng góp công, góp vốn."),
  ("img","Đại diện Hội Cựu chiến binh xã trao quyết định bàn giao nhà cho gia đình ông Võ Văn Lâm."),
  ("quote","Đồng đội đã không để ai bị bỏ lại phía sau, hôm nay cũng vậy. Tôi sẽ giữ gìn ngôi nhà này như giữ kỷ vật của những năm tháng quân ngũ.","Ông Võ Văn Lâm"),
  ("p","Từ đầu nhiệm kỳ đến nay, Hội Cựu chiến binh xã đã vận động xây mới và sửa chữa 11 nhà cho hội viên khó khăn, giúp 23 hộ vay vốn phát triển sản xuất.")])

art("e07", platform="wordpress-newspaper", url="https://thuvien.ninhbinh.gov.vn/ngay-hoi-doc-sach-mua-dong-2026/",
 charset="UTF-8", site="Thư viện tỉnh Ninh Bình", title="Ngày hội đọc sách mùa đông thu hút hàng nghìn học sinh",
 date_show="20/11/2026", published_at="2026-11-20T07:45:00+07:00", meta_time="2026-11-20T07:45:00+07:00",
 byline=("end", ["Thu Trang"]), author="Thu Trang",
 blocks=[("lead","Từ ngày 18 đến 20/11, Thư viện tỉnh tổ chức Ngày hội đọc sách mùa đông với nhiều hoạt động trải nghiệm dành cho học sinh tiểu học và trung học cơ sở."),
  ("h","Không gian đọc mở giữa sân trường"),
  ("p","Xe thư viện lưu động mang theo hơn 4.000 cuốn sách, truyện tranh lịch sử và tài liệu khoa học phổ thông đến năm trường học trên địa bàn phường Hoa Lư và phường Tam Điệp."),
  ("img","Học sinh Trường Tiểu học Ninh Khánh đọc sách trên xe thư viện lưu động."),
  ("p","Các em được hướng dẫn tra cứu sách trên thư viện số, tham gia kể chuyện theo sách và vẽ tranh minh họa nhân vật yêu thích."),
  ("h","Lan tỏa văn hóa đọc trong gia đình"),
  ("p","Ban tổ chức trao 200 thẻ bạn đọc miễn phí cho phụ huynh, khuyến khích gia đình dành ít nhất 15 phút mỗi tối đọc sách cùng con."),
  ("p","Theo Giám đốc Thư viện tỉnh, năm 2026 đơn vị đã tổ chức 46 lượt phục vụ lưu động, cao nhất từ trước đến nay.")])

art("e08", platform="joomla-4-helix", url="https://ttytnamdan.nghean.gov.vn/index.php/tin-tuc/hoat-dong-chuyen-mon/412-tiem-chung-soi-rubella-bo-sung",
 charset="utf-8", site="Trung tâm Y tế khu vực Nam Đàn", title="Tiêm bổ sung vắc xin sởi - rubella cho trẻ từ 1 đến 5 tuổi",
 date_show="12-11-2026", published_at="2026-11-12T08:00:00+07:00", time_dt="2026-11-12T08:00:00+07:00",
 byline=("above", "Tác giả: ", ["BS. Hồ Thị Lan Anh"]), author="BS. Hồ Thị Lan Anh",
 blocks=[("p","Từ ngày 10/11, Trung tâm Y tế khu vực Nam Đàn triển khai chiến dịch tiêm bổ sung vắc xin sởi - rubella cho trẻ từ 1 đến 5 tuổi chưa tiêm đủ mũi tại các trạm y tế trên địa bàn."),
  ("p","Theo kế hoạch, chiến dịch kéo dài đến hết ngày 30/11 với khoảng 2.150 trẻ thuộc diện tiêm. Trạm y tế các xã bố trí điểm tiêm cố định vào thứ ba và thứ năm hằng tuần."),
  ("p","Phụ huynh khi đưa trẻ đi tiêm cần lưu ý:"),
  ("ol",["Mang theo sổ tiêm chủng hoặc phiếu hẹn;","Thông báo cho nhân viên y tế nếu trẻ đang sốt hoặc mắc bệnh cấp tính;","Theo dõi trẻ 30 phút tại điểm tiêm và 24 giờ tại nhà."]),
  ("img","Nhân viên Trạm Y tế xã Vạn An khám sàng lọc trước tiêm."),
  ("p","Trung tâm đề nghị các trường mầm non phối hợp rà soát danh sách, thông báo đến từng phụ huynh để không bỏ sót trẻ.")])

art("e09", platform="nukeviet", url="https://phuongbinhminh.vinhlong.gov.vn/news/tin-tuc/phuong-binh-minh-trao-300-phan-qua-ho-tro-nguoi-dan-bi-anh-huong-trieu-cuong-1284.html",
 charset="utf-8", site="Cổng thông tin điện tử phường Bình Minh", title="Phường Bình Minh trao 300 phần quà hỗ trợ người dân bị ảnh hưởng triều cường",
 date_show="Thứ ba - 04/11/2026 10:15", published_at="2026-11-04T10:15:00+07:00",
 byline=("end", ["Tin, ảnh: Minh Khoa"]), author="Minh Khoa", source="Nguồn: Trung tâm Văn hóa - Thể thao và Truyền thông phường",
 blocks=[("lead","Ngày 3/11, Ủy ban Mặt trận Tổ quốc Việt Nam phường Bình Minh trao 300 phần quà cho các hộ dân có nhà bị ngập do triều cường dâng cao cuối tháng 10."),
  ("p","Mỗi phần quà trị giá 500.000 đồng gồm tiền mặt, gạo và nhu yếu phẩm, do các doanh nghiệp và mạnh thường quân trên địa bàn đóng góp."),
  ("p","Đợt triều cường từ ngày 27 đến 30/10 làm ngập sâu nhiều tuyến đường ven sông Hậu, ảnh hưởng đến sinh hoạt của hơn 700 hộ dân thuộc các khóm Đông Thuận, Thuận Tân."),
  ("p","Dịp này, phường cũng huy động lực lượng dân quân gia cố 1,2 km bờ bao tạm và khơi thông các cống thoát nước.")])

art("e10", platform="drupal-9", url="https://khobac.thainguyen.gov.vn/vi/tin-hoat-dong/kho-bac-nha-nuoc-khu-vuc-viii-day-nhanh-giai-ngan-von-dau-tu-cong",
 charset="utf-8", site="Kho bạc Nhà nước Khu vực VIII", title="Kho bạc Nhà nước Khu vực VIII đẩy nhanh giải ngân vốn đầu tư công những tháng cuối năm",
 date_show="07.11.2026", published_at="2026-11-07T00:00:00+07:00",
 byline=("end", ["Phòng Kiểm soát chi"]), author="Phòng Kiểm soát chi", theo="(Theo Thời báo Tài chính)",
 blocks=[("p","Đến ngày 31/10/2026, Kho bạc Nhà nước Khu vực VIII đã kiểm soát, thanh toán 9.418 tỷ đồng vốn đầu tư công, đạt 68,4% kế hoạch vốn được giao, cao hơn mức bình quân chung cả nước."),
  ("p","Để hoàn thành mục tiêu giải ngân trên 95% kế hoạch, đơn vị yêu cầu các phòng nghiệp vụ thực hiện kiểm soát chi theo nguyên tắc “thanh toán trước, kiểm soát sau” đối với từng lần thanh toán của hợp đồng nhiều lần."),
  ("p","Các chủ đầu tư được khuyến khích sử dụng dịch vụ công trực tuyến mức độ toàn trình; thời gian xử lý hồ sơ trung bình hiện chỉ còn 1,2 ngày làm việc."),
  ("p","Kho bạc cũng duy trì giao ban định kỳ với Sở Tài chính hai tỉnh trên địa bàn để tháo gỡ vướng mắc về thủ tục, nhất là với các dự án chuyển tiếp sau sắp xếp đơn vị hành chính.")])

art("e11", platform="laravel", url="https://dangbo.xaphuluong.thainguyen.gov.vn/tin-tuc/chi-bo-thon-na-mao-sinh-hoat-chuyen-de-thang-11",
 charset="utf-8", site="Đảng bộ xã Phú Lương", title="Chi bộ thôn Na Mao sinh hoạt chuyên đề về chuyển đổi số",
 date_show="Đăng lúc: 19:20:05 17/11/2026 (GMT+7)", published_at="2026-11-17T19:20:05+07:00",
 byline=None, author=None,
 blocks=[("p","Tối 16/11, Chi bộ thôn Na Mao tổ chức sinh hoạt chuyên đề “Đảng viên gương mẫu đi đầu trong chuyển đổi số” với sự tham gia của 34 đảng viên."),
  ("img","Đảng viên Chi bộ thôn Na Mao thực hành thanh toán không dùng tiền mặt.")])

LONG = [
 "Sáng 15/11, Ủy ban nhân dân tỉnh tổ chức hội nghị sơ kết công tác cải cách hành chính và chuyển đổi số 10 tháng năm 2026, triển khai nhiệm vụ trọng tâm những tháng cuối năm.",
 "Dự hội nghị có lãnh đạo các sở, ban, ngành; Chủ tịch UBND 72 xã, phường sau sắp xếp theo hình thức trực tiếp kết hợp trực tuyến.",
 "Báo cáo tại hội nghị cho biết, 10 tháng qua, toàn tỉnh đã tiếp nhận hơn 1,26 triệu hồ sơ thủ tục hành chính, trong đó 98,7% được giải quyết đúng và trước hạn.",
 "Tỷ lệ hồ sơ trực tuyến toàn trình đạt 61,3%, tăng 14 điểm phần trăm so với cùng kỳ năm trước.",
 "Cấp xã tiếp nhận 82% tổng số hồ sơ, cho thấy mô hình chính quyền địa phương hai cấp đã đưa dịch vụ công đến gần người dân hơn.",
 "Kho dữ liệu dùng chung của tỉnh đã kết nối với cơ sở dữ liệu quốc gia về dân cư, đất đai và bảo hiểm, giúp cắt giảm hơn 40 loại giấy tờ phải nộp.",
 "Tuy nhiên, một số xã vùng sâu còn thiếu công chức có trình độ công nghệ thông tin, đường truyền chưa ổn định vào mùa mưa.",
 "Một số thủ tục lĩnh vực đất đai còn để quá hạn do hồ sơ tồn đọng từ cấp huyện trước đây chưa được bàn giao đầy đủ.",
 "Tại hội nghị, đại diện nhiều địa phương đã chia sẻ cách làm hiệu quả.",
 "Xã Đông Sơn thành lập tổ công nghệ số cộng đồng ở tất cả 19 thôn, mỗi tổ có ít nhất một đoàn viên thanh niên.",
 "Phường Quảng Phú áp dụng số hóa kết quả giải quyết thủ tục ngay khi trả hồ sơ, không để dồn việc cuối tháng.",
 "Xã Ngọc Lặc thí điểm kiosk tra cứu hồ sơ tại nhà văn hóa thôn, người dân có thể in phiếu hẹn mà không cần đến trụ sở.",
 "Phát biểu kết luận, Chủ tịch UBND tỉnh ghi nhận những kết quả đạt được trong bối cảnh bộ máy vừa được sắp xếp lại.",
 "Đồng chí yêu cầu các sở, ngành khẩn trương rà soát, công bố lại danh mục thủ tục hành chính thuộc thẩm quyền cấp xã trước ngày 30/11.",
 "Các địa phương phải hoàn thành việc số hóa hồ sơ tồn đọng, bàn giao đầy đủ dữ liệu đất đai cho cấp xã.",
 "Sở Khoa học và Công nghệ phối hợp với các doanh nghiệp viễn thông nâng cấp đường truyền cho 15 xã thường xuyên mất kết nối.",
 "Sở Nội vụ tham mưu tổ chức tập huấn kỹ năng số cho công chức cấp xã, bảo đảm mỗi người được bồi dưỡng ít nhất một lần trong năm.",
 "Người đứng đầu phải trực tiếp chịu trách nhiệm nếu để xảy ra tình trạng hồ sơ quá hạn mà không có văn bản xin lỗi người dân.",
 "Hội nghị cũng thống nhất bộ chỉ số đánh giá mức độ hài lòng của người dân đối với từng xã, phường.",
 "Kết quả đánh giá sẽ được công khai hằng quý trên Cổng thông tin điện tử tỉnh.",
 "Các chỉ số gồm thời gian chờ, số lần đi lại, thái độ phục vụ và mức độ thuận tiện khi nộp hồ sơ trực tuyến.",
 "Ngoài ra, tỉnh sẽ khen thưởng 10 xã, phường có kết quả cải cách hành chính tốt nhất năm 2026.",
 "Trong tháng 12, Văn phòng UBND tỉnh chủ trì kiểm tra đột xuất việc tiếp nhận hồ sơ tại 20 trung tâm phục vụ hành chính công cấp xã.",
 "Đoàn kiểm tra sẽ tập trung vào việc niêm yết thủ tục, thu phí, lệ phí và việc yêu cầu bổ sung giấy tờ ngoài quy định.",
 "Đối với lĩnh vực đầu tư, tỉnh tiếp tục rút ngắn thời gian cấp quyết định chủ trương xuống còn 15 ngày làm việc.",
 "Sở Tài chính được giao xây dựng quy trình liên thông điện tử giữa đăng ký doanh nghiệp, thuế và bảo hiểm xã hội.",
 "Cũng tại hội nghị, UBND tỉnh đã khai trương Trợ lý ảo hỗ trợ giải đáp thủ tục hành chính trên ứng dụng công dân số của tỉnh.",
 "Trợ lý ảo được huấn luyện trên hơn 1.900 thủ tục và có thể trả lời câu hỏi bằng giọng nói.",
 "Sau một tháng chạy thử, hệ thống đã trả lời hơn 27.000 lượt câu hỏi với tỷ lệ chính xác khoảng 91%.",
 "Chủ tịch UBND tỉnh đề nghị các cơ quan báo chí tăng cường tuyên truyền để người dân biết và sử dụng các tiện ích mới."]
art("e12", platform="dotnet-core-bs5", url="https://thanhhoa.gov.vn/tin-tuc/so-ket-cai-cach-hanh-chinh-va-chuyen-doi-so-10-thang-nam-2026-a18842.html",
 charset="utf-8", site="Cổng thông tin điện tử tỉnh Thanh Hóa", title="Sơ kết cải cách hành chính và chuyển đổi số 10 tháng năm 2026",
 date_show="2026-11-15 11:40", published_at="2026-11-15T11:40:00+07:00", jsonld="2026-11-15T11:40:00+07:00",
 byline=("end", ["Quốc Hưng"]), author="Quốc Hưng",
 blocks=[("lead",LONG[0])]+[("p",x) for x in LONG[1:8]]+[("h","Nhiều cách làm hay ở cơ sở")]+[("p",x) for x in LONG[8:12]]+[("h","Rà soát toàn bộ thủ tục thuộc thẩm quyền cấp xã")]+[("p",x) for x in LONG[12:26]]+[("img","Chủ tịch UBND tỉnh phát biểu kết luận hội nghị.")]+[("p",x) for x in LONG[26:]])

art("e13", platform="nuxt-ssr", url="https://sokhdt.hatinh.gov.vn/tin-tuc/ha-tinh-thu-hut-dau-tu-vao-khu-kinh-te-vung-ang-2026",
 charset="utf-8", site="Sở Tài chính tỉnh Hà Tĩnh", title="Hà Tĩnh cấp mới 14 dự án vào Khu kinh tế Vũng Áng trong 10 tháng",
 date_show="Ngày 17 tháng 11 năm 2026", published_at="2026-11-17T00:00:00+07:00",
 byline=("end", ["Ban Quản lý Khu kinh tế tỉnh"]), author="Ban Quản lý Khu kinh tế tỉnh",
 blocks=[("lead","Trong 10 tháng năm 2026, Ban Quản lý Khu kinh tế tỉnh đã cấp mới 14 dự án với tổng vốn đăng ký hơn 11.300 tỷ đồng, chủ yếu trong lĩnh vực logistics và công nghiệp phụ trợ."),
  ("p","Đáng chú ý có dự án kho bãi và dịch vụ hậu cần cảng tổng hợp với vốn 2.600 tỷ đồng, dự kiến khởi công trong quý I năm 2027."),
  ("p","Cùng với cấp mới, 9 dự án được điều chỉnh tăng vốn thêm 3.450 tỷ đồng. Tổng số dự án còn hiệu lực trong khu kinh tế hiện là 187 dự án."),
  ("table",[["Chỉ tiêu","10 tháng 2025","10 tháng 2026"],["Dự án cấp mới","9","14"],["Vốn đăng ký (tỷ đồng)","6.820","11.300"],["Dự án tăng vốn","6","9"]]),
  ("p","Ban Quản lý cho biết sẽ tập trung hoàn thiện hạ tầng khu tái định cư Kỳ Lợi và giải phóng mặt bằng cụm cảng Sơn Dương giai đoạn 2.")])

art("e14", platform="classic-html4-frameset", url="http://www.thachha.hatinh.gov.vn/tintuc/chitiet.asp?id=1937",
 charset="windows-1258", site="UBND huyện Thạch Hà", title="Huyện Thạch Hà hoàn thành thu hoạch lúa hè thu",
 date_show="05/09/2024", published_at="2024-09-05T00:00:00+07:00",
 byline=("end", ["Phòng Nông nghiệp và PTNT"]), author="Phòng Nông nghiệp và PTNT",
 blocks=[("p","Đến ngày 4/9, nông dân huyện Thạch Hà đã cơ bản hoàn thành thu hoạch 7.850 ha lúa hè thu, năng suất bình quân ước đạt 52 tạ/ha, tăng 2,5 tạ/ha so với cùng kỳ."),
  ("p","Nhờ lịch thời vụ được bố trí sớm, phần lớn diện tích thu hoạch trước các đợt mưa lớn đầu tháng 9. Các xã Thạch Long, Thạch Sơn, Thạch Kênh thu hoạch bằng máy gặt đập liên hợp trên 95% diện tích."),
  ("img","Nông dân xã Thạch Kênh thu hoạch lúa hè thu"),
  ("p","Hiện giá lúa tươi tại ruộng dao động từ 6.800 đến 7.200 đồng/kg. Phòng Nông nghiệp khuyến cáo bà con phơi khô, bảo quản lúa giống và xử lý rơm rạ, không đốt đồng gây ô nhiễm môi trường.")])

art("e15", platform="mobile", url="https://m.baclieu.camau.gov.vn/tin/hoi-thi-tuyen-truyen-phap-luat-ve-bien-dao-18912",
 charset="utf-8", site="Cổng TTĐT phường Bạc Liêu", title="Hội thi tuyên truyền pháp luật về biển, đảo cho ngư dân",
 date_show="14:30, 13/11/2026", published_at="2026-11-13T14:30:00+07:00",
 byline=("end", ["Nhóm PV"]), author="Nhóm PV",
 blocks=[("p","Chiều 12/11, phường Bạc Liêu tổ chức hội thi tuyên truyền pháp luật về biển, đảo với sự tham gia của 8 đội thi là tổ đoàn kết ngư dân trên địa bàn."),
  ("p","Các đội thi trải qua ba phần: chào hỏi, kiến thức và tiểu phẩm, xoay quanh Luật Biển Việt Nam, quy định chống khai thác hải sản bất hợp pháp và kỹ năng ứng phó sự cố trên biển."),
  ("img","Tiểu phẩm của đội thi Tổ đoàn kết tàu cá số 3."),
  ("p","Kết quả, Ban tổ chức trao giải nhất cho Tổ đoàn kết tàu cá số 3, giải nhì cho tổ số 7 và hai giải ba.")])

art("e16", platform="custom-two-column", url="https://soyte.quangngai.gov.vn/Default.aspx?tabid=84&ItemID=6315",
 charset="utf-8", site="Sở Y tế tỉnh Quảng Ngãi", title="Bệnh viện Đa khoa tỉnh thực hiện thành công ca ghép thận thứ 50",
 date_show="Thứ Năm, ngày 13/11/2026", published_at="2026-11-13T00:00:00+07:00",
 byline=("end", ["Thanh Nhàn", "Bệnh viện Đa khoa tỉnh"]), author="Thanh Nhàn, Bệnh viện Đa khoa tỉnh",
 blocks=[("lead","Ngày 12/11, Bệnh viện Đa khoa tỉnh cho biết đã thực hiện thành công ca ghép thận thứ 50 kể từ khi triển khai kỹ thuật này năm 2021."),
  ("p","Người bệnh là nam, 38 tuổi, trú xã Sơn Hà, bị suy thận mạn giai đoạn cuối, phải chạy thận nhân tạo ba lần mỗi tuần trong bốn năm. Người hiến thận là em gái ruột của bệnh nhân."),
  ("p","Ca phẫu thuật do ê-kíp của bệnh viện thực hiện độc lập, kéo dài khoảng bốn giờ. Sau ghép, thận bắt đầu hoạt động tốt, chức năng thận của người bệnh trở về bình thường sau năm ngày."),
  ("img","Ê-kíp phẫu thuật thăm khám người bệnh sau ghép."),
  ("p","Chi phí một ca ghép thận tại bệnh viện khoảng 300 triệu đồng, bảo hiểm y tế chi trả phần lớn, thấp hơn nhiều so với điều trị tại các bệnh viện tuyến trung ương."),
  ("p","Năm 2027, bệnh viện dự kiến triển khai kỹ thuật ghép thận từ người cho chết não.")])

art("e17", platform="liferay-6.2", url="https://yenlac.vinhphuc.gov.vn/web/guest/tin-tuc-su-kien/-/asset_publisher/uQ7h/content/yen-lac-tong-ket-mua-giai-bong-da-thieu-nien",
 charset="UTF-8", site="Trang thông tin điện tử huyện Yên Lạc", title="Yên Lạc bế mạc Giải bóng đá thiếu niên - nhi đồng hè 2024",
 date_show="29/07/2024", published_at="2024-07-29T00:00:00+07:00",
 byline=("end", ["Tin, ảnh: Đỗ Văn Quang"]), author="Đỗ Văn Quang", bom=True, entities="named",
 blocks=[("p","Tối 27/7, Trung tâm Văn hóa - Thông tin và Thể thao huyện tổ chức bế mạc Giải bóng đá thiếu niên - nhi đồng hè năm 2024."),
  ("p","Giải có 16 đội bóng đến từ các xã, thị trấn với hơn 240 cầu thủ tham gia. Sau gần ba tuần thi đấu sôi nổi, đội xã Tam Hồng giành chức vô địch, đội thị trấn Yên Lạc về nhì, đồng hạng ba là xã Đồng Cương và xã Liên Châu."),
  ("img","Ban tổ chức trao cúp vô địch cho đội bóng xã Tam Hồng."),
  ("p","Giải đấu là dịp để các em rèn luyện sức khỏe, tránh xa các tệ nạn và trò chơi trực tuyến có hại trong dịp hè.")])

art("e18", platform="sharepoint-tandan", url="https://snnmt.quangtri.gov.vn/portal/Pages/2026-11-06/Khuyen-cao-phong-chong-doi-ret-cho-dan-trau-bo.aspx",
 charset=None, site="Sở Nông nghiệp và Môi trường tỉnh Quảng Trị", title="Khuyến cáo phòng, chống đói rét cho đàn trâu, bò vụ đông xuân",
 date_show="06/11/2026", published_at="2026-11-06T00:00:00+07:00",
 byline=("end", ["Chi cục Chăn nuôi và Thú y"]), author="Chi cục Chăn nuôi và Thú y", entities="numeric",
 blocks=[("lead","Dự báo mùa đông năm nay có nhiều đợt không khí lạnh tăng cường, Sở Nông nghiệp và Môi trường khuyến cáo người chăn nuôi chủ động các biện pháp phòng, chống đói rét cho gia súc."),
  ("p","Các hộ chăn nuôi cần gia cố chuồng trại, che chắn kín hướng gió bắc, lót ổ bằng rơm khô; không thả trâu, bò ra đồng khi nhiệt độ dưới 12°C."),
  ("p","Người dân cần dự trữ thức ăn thô xanh, rơm ủ urê, cỏ khô; bổ sung thức ăn tinh và muối khoáng để tăng sức đề kháng cho vật nuôi."),
  ("p","Các địa phương chủ động rà soát, tiêm phòng bổ sung vắc xin lở mồm long móng và tụ huyết trùng trước ngày 15/12.")])

art("e19", platform="nukeviet", url="https://svhttdl.dienbien.gov.vn/vi/news/van-hoa/le-hoi-hoa-ban-va-tuan-van-hoa-du-lich-mua-dong-2026-3307.html",
 charset="utf-8", site="Sở Văn hóa, Thể thao và Du lịch tỉnh Điện Biên", title="Tuần Văn hóa - Du lịch mùa đông Điện Biên 2026 có 25 hoạt động",
 date_show="Thứ hai - 10/11/2026 08:02", published_at="2026-11-10T08:02:00+07:00",
 byline=("end", ["Ngọc Diệp"]), author="Ngọc Diệp",
 blocks=[("lead","Tuần Văn hóa - Du lịch mùa đông Điện Biên năm 2026 sẽ diễn ra từ ngày 12 đến 18/12 tại phường Điện Biên Phủ và một số xã có điểm du lịch cộng đồng."),
  ("p","Chương trình gồm 25 hoạt động, chia thành ba nhóm chính:"),
  ("ul",["Không gian văn hóa các dân tộc Thái, Mông, Khơ Mú với trình diễn dệt thổ cẩm và ẩm thực;","Giải chạy đường mòn “Vượt đèo Pha Đin” với ba cự ly 10 km, 21 km và 42 km;","Chuỗi chương trình nghệ thuật đường phố mỗi tối tại quảng trường trung tâm."]),
  ("p","Ban tổ chức kỳ vọng thu hút khoảng 60.000 lượt khách, góp phần kéo dài mùa du lịch vốn tập trung vào dịp lễ hội hoa ban tháng 3."),
  ("p","Các cơ sở lưu trú đã cam kết giữ ổn định giá phòng, niêm yết công khai giá dịch vụ trong thời gian diễn ra sự kiện.")])

art("e20", platform="liferay-7", url="https://xamuongnhe.dienbien.gov.vn/tin-tuc-su-kien/-/view-content/9921/xa-muong-nhe-khai-giang-lop-xoa-mu-chu",
 charset="utf-8", site="Trang thông tin điện tử xã Mường Nhé", title="Xã Mường Nhé khai giảng lớp xóa mù chữ cho 35 học viên",
 date_show="05/11/2026 07:30", published_at="2026-11-05T07:30:00+07:00",
 byline=("end", ["Tin, ảnh: Giàng A Dơ", "Trường PTDTBT Tiểu học Mường Nhé"]), author="Giàng A Dơ, Trường PTDTBT Tiểu học Mường Nhé",
 blocks=[("p","Ngày 4/11, Trường Phổ thông dân tộc bán trú Tiểu học Mường Nhé phối hợp với UBND xã khai giảng lớp xóa mù chữ mức độ 1 cho 35 học viên là người dân tộc Mông và Hà Nhì."),
  ("p","Lớp học được tổ chức vào các buổi tối trong tuần tại điểm trường bản Nậm Pố, kéo dài 9 tháng. Học viên được cấp miễn phí sách vở, đồ dùng học tập."),
  ("p","Giáo viên phụ trách lớp là những thầy cô biết tiếng dân tộc, có kinh nghiệm dạy học ở bản, giúp học viên dễ tiếp thu."),
  ("img","Học viên lớp xóa mù chữ trong buổi học đầu tiên.")])
