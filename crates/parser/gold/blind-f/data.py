# -*- coding: utf-8 -*-
"""Article texts and metadata for the blind-f gold set.

Every article text here is original and invented (names of people,
figures and events are made up); places follow the 34-province map in
force after 1 July 2025.

Block kinds used in "blocks":
  ("p", html)          paragraph (may hold <strong>/<em>/<a> inline tags)
  ("h", text)          heading inside the body
  ("img", caption)     image; the caption (may be "") belongs to the body
  ("ul"|"ol", [items]) list
  ("table", rows, n_header_rows)  table, cells read row by row
  ("quote", [paras])   block quotation

The gold body is built by gold_body(): lead first, then the blocks in
order; byline and source lines are kept apart (fields "byline", "source")
and are never part of the body.
"""
import html
import re

TODAY = "2026-11-22"  # the date every page header shows; never a publication date


def _strip(t):
    t = re.sub(r"<[^>]+>", "", t)
    t = html.unescape(t).replace("\xa0", " ")
    return re.sub(r"\s+", " ", t).strip()


def gold_body(a):
    out = []
    if a.get("lead"):
        out.append(_strip(a["lead"]))
    for b in a["blocks"]:
        k = b[0]
        if k in ("p", "h"):
            out.append(_strip(b[1]))
        elif k == "img":
            if b[1]:
                out.append(_strip(b[1]))
        elif k in ("ul", "ol"):
            out += [_strip(x) for x in b[1]]
        elif k == "table":
            for row in b[1]:
                out += [_strip(c) for c in row if _strip(c)]
        elif k == "quote":
            out += [_strip(x) for x in b[1]]
        else:
            raise ValueError(k)
    return "\n\n".join(x for x in out if x)


ARTICLES = [
    # ------------------------------------------------------------------ f01
    dict(
        name="f01",
        platform="liferay-6.2 (VNPT ePortal)",
        url="https://snnmt.tuyenquang.gov.vn/tin-tuc-su-kien/-/asset_publisher/Xk2Lq8RtYp0B/content/tuyen-quang-hon-2-100-ha-che-duoc-cap-ma-so-vung-trong-phuc-vu-xuat-khau",
        charset="utf-8", encoding="utf-8",
        title="Tuyên Quang: Hơn 2.100 ha chè được cấp mã số vùng trồng phục vụ xuất khẩu",
        published_at="2025-10-14T09:12:00+07:00",
        author="Hoàng Anh",
        byline=["Hoàng Anh"],
        lead="Đến nay, toàn tỉnh Tuyên Quang đã có 2.137 ha chè được cơ quan chuyên môn cấp mã số vùng trồng, tăng gần 600 ha so với cùng kỳ năm 2024. Đây là điều kiện quan trọng để sản phẩm chè của tỉnh đáp ứng yêu cầu truy xuất nguồn gốc khi xuất khẩu sang các thị trường khó tính.",
        blocks=[
            ("p", "Theo Chi cục Trồng trọt và Bảo vệ thực vật (Sở Nông nghiệp và Môi trường), diện tích chè được cấp mã số tập trung tại các xã Tân Trào, Yên Sơn, Hàm Yên, Vị Xuyên và Hoàng Su Phì. Trong đó, 1.240 ha chè Shan tuyết vùng cao đã được cấp mã số phục vụ xuất khẩu sang thị trường Liên minh châu Âu và Trung Đông."),
            ("img", "Cán bộ Chi cục Trồng trọt và Bảo vệ thực vật hướng dẫn người dân xã Hàm Yên ghi chép nhật ký sản xuất chè"),
            ("p", "Để được cấp mã số, mỗi vùng trồng phải có diện tích liền vùng từ 10 ha trở lên, có tổ chức hoặc cá nhân đại diện chịu trách nhiệm quản lý, ghi chép đầy đủ nhật ký canh tác và sử dụng thuốc bảo vệ thực vật trong danh mục được phép. Cán bộ chuyên môn định kỳ kiểm tra, lấy mẫu đánh giá dư lượng hóa chất trước mỗi vụ thu hoạch."),
            ("p", "Ông Lù Văn Sình, Giám đốc Hợp tác xã chè Phìn Hồ, cho biết từ khi vùng chè của hợp tác xã được cấp mã số, giá chè búp tươi thu mua của các hộ thành viên tăng từ 12.000 lên 18.000 đồng/kg. “Trước đây bà con quen hái chè theo kiểu tận thu, nay phải ghi chép từng lần bón phân, phun thuốc. Ban đầu thấy phiền nhưng làm quen rồi thì ai cũng thấy lợi”, ông Sình chia sẻ."),
            ("p", "Bên cạnh kết quả đạt được, việc cấp và quản lý mã số vùng trồng vẫn còn một số khó khăn. Nhiều hộ sản xuất nhỏ lẻ, diện tích manh mún, chưa liên kết thành vùng đủ điều kiện; một số vùng đã được cấp mã số nhưng chưa duy trì việc ghi chép nhật ký, có nguy cơ bị thu hồi mã số khi kiểm tra định kỳ."),
            ("img", "Chè Shan tuyết vùng cao được thu hái theo quy trình an toàn"),
            ("p", "Năm 2026, Sở Nông nghiệp và Môi trường đặt mục tiêu cấp mới thêm ít nhất 500 ha mã số vùng trồng chè, đồng thời mở rộng sang cây cam, bưởi và dược liệu. Sở đề nghị Ủy ban nhân dân các xã, phường tăng cường tuyên truyền, vận động người dân liên kết sản xuất theo chuỗi, gắn với các doanh nghiệp thu mua, chế biến."),
            ("p", "Cùng với đó, ngành nông nghiệp sẽ phối hợp với các đơn vị viễn thông số hóa toàn bộ dữ liệu mã số vùng trồng trên nền tảng bản đồ số, giúp cơ quan quản lý và doanh nghiệp tra cứu, truy xuất nhanh chóng thông tin về từng vùng sản xuất."),
        ],
    ),
    # ------------------------------------------------------------------ f02
    dict(
        name="f02",
        platform="liferay-7 (VNPT ePortal)",
        url="https://btgdv.laocai.dcs.vn/-/lao-cai-tong-ket-phong-trao-thi-dua-dan-van-kheo-giai-doan-2021-2026",
        charset="utf-8", encoding="utf-8",
        title="Lào Cai: Tổng kết phong trào thi đua “Dân vận khéo” giai đoạn 2021 - 2026",
        published_at="2026-11-18T08:04:27+07:00",
        author="Đỗ Thu Trang",
        byline=["Đỗ Thu Trang"],
        lead="Chiều 17/11, Ban Chỉ đạo phong trào thi đua “Dân vận khéo” tỉnh Lào Cai tổ chức hội nghị tổng kết phong trào giai đoạn 2021 - 2026, biểu dương các tập thể, cá nhân điển hình và triển khai nhiệm vụ giai đoạn tiếp theo.",
        blocks=[
            ("p", "Dự hội nghị có đồng chí Giàng Thị Dung, Phó Bí thư Thường trực Tỉnh ủy; đồng chí Hoàng Quốc Bảo, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy; lãnh đạo các sở, ngành, Mặt trận Tổ quốc và các tổ chức chính trị - xã hội tỉnh; đại diện Đảng ủy các xã, phường trong tỉnh."),
            ("p", "Báo cáo tổng kết nêu rõ, sau 5 năm triển khai, phong trào thi đua “Dân vận khéo” đã lan tỏa sâu rộng trong hệ thống chính trị và các tầng lớp Nhân dân. Toàn tỉnh đã xây dựng, công nhận 4.826 mô hình, điển hình “Dân vận khéo”, trong đó có 612 mô hình cấp tỉnh; nhiều mô hình được nhân rộng như “Nhà văn hóa thôn sạch, đẹp”, “Ngày thứ Bảy cùng dân”, “Mỗi hội viên một cây ăn quả giảm nghèo”."),
            ("p", "Trên lĩnh vực kinh tế, các mô hình tập trung vận động Nhân dân chuyển đổi cơ cấu cây trồng, vật nuôi, hiến đất làm đường giao thông nông thôn. Giai đoạn 2021 - 2026, Nhân dân trong tỉnh đã hiến hơn 1,2 triệu m² đất, đóng góp trên 86.000 ngày công để xây dựng đường giao thông, nhà văn hóa thôn, bản."),
            ("p", "Trong lĩnh vực văn hóa - xã hội, nhiều mô hình góp phần giữ gìn bản sắc văn hóa các dân tộc, xóa bỏ hủ tục, tảo hôn, hôn nhân cận huyết thống. Công tác dân vận của lực lượng vũ trang gắn với giữ gìn an ninh trật tự ở vùng biên giới có nhiều cách làm sáng tạo, như mô hình “Đồn Biên phòng nâng bước em tới trường”, “Con nuôi đồn Biên phòng”."),
            ("p", "Hội nghị cũng chỉ ra một số hạn chế: ở một số nơi, việc xây dựng mô hình còn mang tính hình thức, chưa gắn với nhiệm vụ chính trị của địa phương; việc sơ kết, nhân rộng điển hình chưa kịp thời; sau sắp xếp đơn vị hành chính, một số mô hình ở cấp xã chưa được rà soát, kiện toàn."),
            ("p", "Phát biểu chỉ đạo, đồng chí Giàng Thị Dung đề nghị các cấp ủy, chính quyền tiếp tục quán triệt sâu sắc quan điểm “Dân là gốc”, coi phong trào thi đua “Dân vận khéo” là giải pháp quan trọng để thực hiện thắng lợi Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ I, nhiệm kỳ 2025 - 2030. Các địa phương cần chú trọng xây dựng mô hình ở chính quyền cấp xã, gắn với cải cách hành chính và chuyển đổi số, phục vụ người dân ngày càng tốt hơn."),
            ("img", "Đồng chí Giàng Thị Dung trao Bằng khen của Ủy ban nhân dân tỉnh cho các tập thể có thành tích xuất sắc"),
            ("p", "Dịp này, Ban Chỉ đạo phong trào thi đua “Dân vận khéo” tỉnh đề nghị Ủy ban nhân dân tỉnh tặng Bằng khen cho 35 tập thể, 42 cá nhân; Ban Tuyên giáo và Dân vận Tỉnh ủy tặng Giấy khen cho 28 tập thể, 51 cá nhân có thành tích xuất sắc trong phong trào."),
        ],
    ),
    # ------------------------------------------------------------------ f03
    dict(
        name="f03",
        platform="liferay-6.2 (VNPT ePortal, ward sub-site)",
        url="https://ninhbinh.gov.vn/web/phuong-hoa-lu/tin-tuc-su-kien/-/asset_publisher/Q8kBb2xYnRmT/content/phuong-hoa-lu-ra-mat-mo-hinh-to-dan-pho-xanh-khong-rac-thai-nhua",
        charset="utf-8", encoding="utf-8",
        title="Phường Hoa Lư ra mắt mô hình “Tổ dân phố xanh - không rác thải nhựa”",
        published_at="2026-04-09T00:00:00+07:00",
        author="Thu Hà",
        byline=["Thu Hà"],
        lead=None,
        blocks=[
            ("p", "Sáng 8/4, Ủy ban Mặt trận Tổ quốc Việt Nam phường Hoa Lư phối hợp với Hội Liên hiệp Phụ nữ phường tổ chức ra mắt mô hình “Tổ dân phố xanh - không rác thải nhựa” tại tổ dân phố Tân Thành."),
            ("p", "Mô hình có 146 hộ gia đình tham gia, với các nội dung chính: phân loại rác thải sinh hoạt tại nguồn; hạn chế sử dụng túi ni lông, sản phẩm nhựa dùng một lần; thu gom phế liệu để gây quỹ hỗ trợ hội viên có hoàn cảnh khó khăn; trồng và chăm sóc cây xanh trên các tuyến ngõ, xóm."),
            ("img", "Các hộ gia đình tổ dân phố Tân Thành ký cam kết tham gia mô hình"),
            ("p", "Phát biểu tại buổi ra mắt, bà Phạm Thị Ngọc Lan, Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam phường, đề nghị Ban điều hành tổ dân phố xây dựng quy chế hoạt động cụ thể, phân công hội viên phụ trách từng cụm dân cư, định kỳ hằng tháng đánh giá, biểu dương những hộ thực hiện tốt."),
            ("p", "Dịp này, Ban tổ chức trao tặng 146 bộ thùng phân loại rác và 300 túi vải cho các hộ gia đình tham gia mô hình. Dự kiến trong năm 2026, phường sẽ nhân rộng mô hình ra 12 tổ dân phố còn lại trên địa bàn."),
        ],
    ),
    # ------------------------------------------------------------------ f04
    dict(
        name="f04",
        platform="sharepoint-tandan",
        url="https://phutho.gov.vn/portal/Pages/2025-12-12/Be-mac-Ky-hop-thuong-le-cuoi-nam-2025-HDND-tinh-thong-qua-24-nghi-quyet.aspx",
        charset="utf-8", encoding="utf-8",
        title="Bế mạc Kỳ họp thường lệ cuối năm 2025, HĐND tỉnh thông qua 24 nghị quyết",
        published_at="2025-12-12T17:35:00+07:00",
        author="Bảo Ngọc - Quang Huy",
        byline=["Bảo Ngọc - Quang Huy"],
        lead="Chiều 12/12, sau 3 ngày làm việc khẩn trương, nghiêm túc, Kỳ họp thường lệ cuối năm 2025 của Hội đồng nhân dân tỉnh đã bế mạc. Kỳ họp đã thảo luận, thông qua 24 nghị quyết quan trọng, trong đó có nhiều cơ chế, chính sách đặc thù nhằm tạo động lực phát triển kinh tế - xã hội của tỉnh sau hợp nhất.",
        blocks=[
            ("p", "Đồng chí Trần Đức Khải, Phó Bí thư Tỉnh ủy, Chủ tịch Hội đồng nhân dân tỉnh chủ trì kỳ họp. Dự phiên bế mạc có đồng chí Bí thư Tỉnh ủy; các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy; lãnh đạo Ủy ban nhân dân tỉnh, Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh; các đại biểu Quốc hội đơn vị tỉnh; các vị đại biểu Hội đồng nhân dân tỉnh; lãnh đạo các sở, ban, ngành và Thường trực Đảng ủy, Hội đồng nhân dân, Ủy ban nhân dân các xã, phường."),
            ("img", "Toàn cảnh phiên bế mạc Kỳ họp"),
            ("h", "Thông qua nhiều cơ chế, chính sách quan trọng"),
            ("p", "Tại kỳ họp, các đại biểu đã nghe và thảo luận các báo cáo đánh giá tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội năm 2025, kế hoạch năm 2026; dự toán thu, chi ngân sách địa phương và phương án phân bổ ngân sách năm 2026; kế hoạch đầu tư công trung hạn giai đoạn 2026 - 2030. Năm 2025, tốc độ tăng trưởng tổng sản phẩm trên địa bàn (GRDP) của tỉnh ước đạt 8,6%, nằm trong nhóm các tỉnh có mức tăng trưởng khá của cả nước; thu ngân sách nhà nước trên địa bàn ước đạt 31.400 tỷ đồng, vượt 12% dự toán."),
            ("p", "Trên cơ sở các tờ trình của Ủy ban nhân dân tỉnh, báo cáo thẩm tra của các ban Hội đồng nhân dân tỉnh và ý kiến thảo luận của đại biểu, kỳ họp đã biểu quyết thông qua 24 nghị quyết. Trong đó có nhiều nghị quyết liên quan trực tiếp đến người dân, doanh nghiệp như: chính sách hỗ trợ phát triển nông nghiệp hàng hóa tập trung; quy định mức hỗ trợ đóng bảo hiểm y tế cho người cao tuổi từ đủ 70 đến dưới 80 tuổi; chính sách hỗ trợ học phí đối với trẻ em mầm non và học sinh trung học phổ thông; quy định mức chi bảo đảm hoạt động của Ban công tác Mặt trận ở khu dân cư."),
            ("p", "Một số nghị quyết tiêu biểu được kỳ họp thông qua gồm:"),
            ("table", [
                ["STT", "Tên nghị quyết", "Lĩnh vực"],
                ["1", "Nghị quyết về kế hoạch phát triển kinh tế - xã hội năm 2026", "Kinh tế - xã hội"],
                ["2", "Nghị quyết về dự toán thu ngân sách nhà nước trên địa bàn, thu, chi ngân sách địa phương năm 2026", "Tài chính - ngân sách"],
                ["3", "Nghị quyết quy định chính sách hỗ trợ phát triển nông nghiệp hàng hóa tập trung giai đoạn 2026 - 2030", "Nông nghiệp"],
                ["4", "Nghị quyết quy định mức hỗ trợ đóng bảo hiểm y tế cho người cao tuổi từ đủ 70 tuổi đến dưới 80 tuổi", "Y tế - xã hội"],
                ["5", "Nghị quyết về kế hoạch đầu tư công trung hạn giai đoạn 2026 - 2030", "Đầu tư công"],
            ], 1),
            ("p", "Kỳ họp cũng đã xem xét, thông qua các nghị quyết về công tác tổ chức, nhân sự thuộc thẩm quyền; bầu bổ sung chức danh Ủy viên Ủy ban nhân dân tỉnh nhiệm kỳ 2021 - 2026 đối với Giám đốc Sở Dân tộc và Tôn giáo, Giám đốc Sở Xây dựng."),
            ("h", "Chất vấn, trả lời chất vấn thẳng thắn, cầu thị"),
            ("p", "Phiên chất vấn và trả lời chất vấn tiếp tục là điểm nhấn của kỳ họp. Các đại biểu tập trung chất vấn những vấn đề cử tri quan tâm như: tiến độ giải phóng mặt bằng các dự án giao thông trọng điểm; tình trạng ô nhiễm môi trường tại một số cụm công nghiệp; việc bố trí, sử dụng trụ sở dôi dư sau sắp xếp đơn vị hành chính; chất lượng phục vụ của Trung tâm Phục vụ hành chính công cấp xã."),
            ("p", "Trả lời chất vấn, Giám đốc Sở Tài chính cho biết, sau sắp xếp, toàn tỉnh có 1.146 cơ sở nhà, đất dôi dư. Đến nay, tỉnh đã bố trí sử dụng cho các mục đích y tế, giáo dục, văn hóa, thể thao được 472 cơ sở; 318 cơ sở đang hoàn thiện phương án bán đấu giá, chuyển giao về địa phương quản lý; số còn lại đang được rà soát, dự kiến xử lý dứt điểm trong quý II năm 2026."),
            ("img", "Giám đốc Sở Tài chính trả lời chất vấn của đại biểu Hội đồng nhân dân tỉnh"),
            ("p", "Về công tác giải phóng mặt bằng, Giám đốc Sở Xây dựng thừa nhận tiến độ một số dự án còn chậm do vướng mắc trong xác định nguồn gốc đất, đơn giá bồi thường chưa sát với giá thị trường. Sở sẽ phối hợp chặt chẽ với Ủy ban nhân dân các xã, phường tổ chức đối thoại với người dân, giải quyết dứt điểm các trường hợp còn vướng mắc trước ngày 31/3/2026."),
            ("p", "Các ý kiến trả lời chất vấn đều thẳng thắn, nhận trách nhiệm và đưa ra giải pháp cụ thể. Chủ tọa kỳ họp đề nghị các cơ quan, đơn vị được chất vấn nghiêm túc thực hiện các cam kết; Thường trực Hội đồng nhân dân tỉnh sẽ tăng cường giám sát việc thực hiện sau chất vấn."),
            ("h", "Khẩn trương đưa nghị quyết vào cuộc sống"),
            ("p", "Phát biểu bế mạc kỳ họp, đồng chí Trần Đức Khải nhấn mạnh: năm 2026 là năm đầu tiên thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ I và Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIV của Đảng, có ý nghĩa đặc biệt quan trọng. Khối lượng công việc rất lớn, yêu cầu đặt ra rất cao, đòi hỏi cả hệ thống chính trị phải vào cuộc quyết liệt, đồng bộ ngay từ những ngày đầu năm."),
            ("quote", ["“Mỗi nghị quyết được thông qua hôm nay phải nhanh chóng đi vào cuộc sống, mang lại lợi ích thiết thực cho người dân và doanh nghiệp. Chúng ta không để tình trạng nghị quyết ban hành rồi nằm trên giấy”."]),
            ("p", "Chủ tịch Hội đồng nhân dân tỉnh đề nghị Ủy ban nhân dân tỉnh khẩn trương ban hành kế hoạch, phân công cụ thể trách nhiệm của từng sở, ngành, địa phương trong tổ chức thực hiện các nghị quyết; tập trung tháo gỡ khó khăn cho sản xuất, kinh doanh, đẩy mạnh giải ngân vốn đầu tư công, bảo đảm an sinh xã hội, chăm lo Tết Nguyên đán Bính Ngọ 2026 cho Nhân dân, nhất là hộ nghèo, gia đình chính sách, người lao động có hoàn cảnh khó khăn."),
            ("p", "Các vị đại biểu Hội đồng nhân dân tỉnh cần tăng cường tiếp xúc cử tri, kịp thời phản ánh tâm tư, nguyện vọng chính đáng của Nhân dân; đồng thời tích cực tuyên truyền, vận động Nhân dân thực hiện tốt các nghị quyết của Hội đồng nhân dân tỉnh. Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội tăng cường giám sát, phản biện xã hội, góp phần nâng cao hiệu quả thực hiện nghị quyết."),
            ("p", "Kỳ họp thường lệ cuối năm 2025 của Hội đồng nhân dân tỉnh đã hoàn thành toàn bộ nội dung, chương trình đề ra. Ngay sau phiên bế mạc, Hội đồng nhân dân tỉnh đã tổ chức phiên họp chuyên đề để xem xét một số nội dung cấp bách thuộc thẩm quyền."),
        ],
    ),
    # ------------------------------------------------------------------ f05
    dict(
        name="f05",
        platform="sharepoint-tandan (frozen district portal)",
        url="https://thanhmien.haiduong.gov.vn/portal/Pages/2025-05-22/Khoi-cong-xay-dung-nha-lop-hoc-3-tang-Truong-Mam-non-Doan-Tung.aspx",
        charset="utf-8", encoding="utf-8",
        title="Khởi công xây dựng nhà lớp học 3 tầng Trường Mầm non Đoàn Tùng",
        published_at="2025-05-22T18:00:00+07:00",
        author="Phạm Hương, Trung tâm Văn hóa - Thông tin và Thể thao huyện",
        byline=["Tin, ảnh: Phạm Hương", "Trung tâm Văn hóa - Thông tin và Thể thao huyện"],
        lead=None,
        blocks=[
            ("p", "Chiều 22/5, Ủy ban nhân dân huyện Thanh Miện tổ chức lễ khởi công xây dựng nhà lớp học 3 tầng, 12 phòng học và các hạng mục phụ trợ Trường Mầm non Đoàn Tùng. Dự lễ khởi công có lãnh đạo Huyện ủy, Ủy ban nhân dân huyện, lãnh đạo Phòng Giáo dục và Đào tạo, Đảng ủy, Ủy ban nhân dân xã Đoàn Tùng cùng đông đảo phụ huynh học sinh."),
            ("img", "Các đại biểu thực hiện nghi thức khởi công công trình"),
            ("p", "Công trình có tổng mức đầu tư hơn 14,8 tỷ đồng từ nguồn ngân sách huyện và ngân sách xã, do Ban Quản lý dự án đầu tư xây dựng huyện làm chủ đầu tư. Nhà lớp học được thiết kế 3 tầng với tổng diện tích sàn 1.860 m², gồm 12 phòng học, phòng giáo dục thể chất, phòng giáo dục nghệ thuật và khu vệ sinh khép kín; thời gian thi công dự kiến 270 ngày."),
            ("p", "Trường Mầm non Đoàn Tùng hiện có 14 nhóm, lớp với 392 trẻ, nhiều năm liền đạt danh hiệu tập thể lao động tiên tiến. Tuy nhiên, cơ sở vật chất của nhà trường đã xuống cấp, một số phòng học phải mượn tạm nhà văn hóa thôn, chưa đáp ứng yêu cầu xây dựng trường đạt chuẩn quốc gia mức độ 2."),
            ("p", "Phát biểu tại lễ khởi công, đồng chí Phó Chủ tịch Ủy ban nhân dân huyện đề nghị đơn vị thi công tập trung nhân lực, máy móc, thiết bị, đảm bảo chất lượng, tiến độ, an toàn lao động và vệ sinh môi trường; đơn vị tư vấn giám sát tăng cường kiểm tra, không để xảy ra sai sót. Ủy ban nhân dân xã Đoàn Tùng phối hợp tạo điều kiện thuận lợi cho nhà thầu trong quá trình thi công, phấn đấu đưa công trình vào sử dụng trong học kỳ II năm học 2025 - 2026."),
            ("img", "Phối cảnh nhà lớp học 3 tầng Trường Mầm non Đoàn Tùng"),
        ],
    ),
    # ------------------------------------------------------------------ f06
    dict(
        name="f06",
        platform="sharepoint-trang (/Trang/ChiTietTinTuc.aspx)",
        url="https://sotuphap.vinhlong.gov.vn/Trang/ChiTietTinTuc.aspx?nid=4821",
        charset="utf-8", encoding="utf-8",
        title="Kết quả giải quyết thủ tục hành chính lĩnh vực hộ tịch quý I năm 2026",
        published_at="2026-04-15T10:15:00+07:00",
        author="Văn Tuấn (Sở Tư pháp)",
        byline=["Văn Tuấn (Sở Tư pháp)"],
        lead="Quý I năm 2026, Ủy ban nhân dân các xã, phường trên địa bàn tỉnh đã tiếp nhận 48.216 hồ sơ thủ tục hành chính lĩnh vực hộ tịch, trong đó 91,4% hồ sơ được tiếp nhận trực tuyến qua Cổng Dịch vụ công quốc gia.",
        blocks=[
            ("p", "Theo báo cáo của Sở Tư pháp, trong tổng số hồ sơ tiếp nhận, đã giải quyết đúng hạn và trước hạn 47.902 hồ sơ, đạt tỷ lệ 99,35%; 261 hồ sơ đang giải quyết trong thời hạn; 53 hồ sơ trễ hạn, chủ yếu do hệ thống phần mềm đăng ký, quản lý hộ tịch gián đoạn trong thời gian chuyển đổi dữ liệu sau sắp xếp đơn vị hành chính."),
            ("p", "Kết quả cụ thể đối với một số thủ tục hành chính như sau:"),
            ("table", [
                ["Thủ tục", "Hồ sơ tiếp nhận", "Trực tuyến", "Đúng hạn"],
                ["Đăng ký khai sinh", "15.384", "14.662", "15.341"],
                ["Đăng ký kết hôn", "4.127", "3.518", "4.119"],
                ["Đăng ký khai tử", "5.906", "5.433", "5.897"],
                ["Cấp bản sao trích lục hộ tịch", "19.452", "18.601", "19.360"],
                ["Xác nhận tình trạng hôn nhân", "3.347", "1.855", "3.185"],
            ], 1),
            ("p", "Đáng chú ý, nhóm thủ tục liên thông đăng ký khai sinh - đăng ký thường trú - cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi được thực hiện hoàn toàn trực tuyến tại 100% xã, phường. Người dân không phải đến trụ sở Ủy ban nhân dân cấp xã mà vẫn nhận được kết quả qua tài khoản định danh điện tử hoặc dịch vụ bưu chính công ích."),
            ("p", "Trong quý II năm 2026, Sở Tư pháp tiếp tục hướng dẫn công chức tư pháp - hộ tịch cấp xã thực hiện số hóa sổ hộ tịch, phấn đấu hoàn thành cập nhật 100% dữ liệu hộ tịch lịch sử vào Cơ sở dữ liệu hộ tịch điện tử toàn quốc; đồng thời kiểm tra, chấn chỉnh tình trạng yêu cầu người dân nộp thêm giấy tờ ngoài quy định."),
        ],
    ),
    # ------------------------------------------------------------------ f07
    dict(
        name="f07",
        platform="dnn-easydnnnews",
        url="https://bvdk.quangtri.gov.vn/tin-tuc/ArtMID/1412/ArticleID/2871/Canh-bao-ngo-doc-do-an-nam-rung-5-nguoi-nhap-vien-trong-mot-tuan",
        charset="utf-8", encoding="utf-8",
        title="Cảnh báo ngộ độc do ăn nấm rừng: 5 người nhập viện trong một tuần",
        published_at="2025-09-15T08:45:00+07:00",
        author="Lê Thị Mỹ Duyên - Phòng Công tác xã hội",
        byline=["Lê Thị Mỹ Duyên - Phòng Công tác xã hội"],
        lead="Trong tuần qua, Khoa Hồi sức tích cực - Chống độc, Bệnh viện Đa khoa tỉnh đã tiếp nhận, điều trị 5 bệnh nhân bị ngộ độc do ăn nấm rừng tự hái, trong đó có 2 trường hợp suy gan cấp phải lọc máu liên tục.",
        blocks=[
            ("p", "Các bệnh nhân đều trú tại xã Hướng Hiệp và xã Đakrông, cùng ăn một loại nấm màu trắng hái trong rừng gần nhà. Khoảng 8 đến 10 giờ sau khi ăn, các bệnh nhân xuất hiện triệu chứng đau bụng, nôn, tiêu chảy nhiều lần và được gia đình đưa đến Trung tâm Y tế khu vực, sau đó chuyển lên tuyến tỉnh."),
            ("p", "Theo bác sĩ chuyên khoa II Hồ Văn Lĩnh, Trưởng khoa Hồi sức tích cực - Chống độc, đây là biểu hiện điển hình của ngộ độc nấm có độc tố amatoxin, loại độc tố gây tổn thương gan, thận nặng nề và có tỷ lệ tử vong cao. Đến nay, 3 bệnh nhân đã ổn định, 2 bệnh nhân còn lại vẫn đang được điều trị tích cực."),
            ("img", "Bác sĩ Khoa Hồi sức tích cực - Chống độc thăm khám cho bệnh nhân ngộ độc nấm"),
            ("p", "Để phòng tránh ngộ độc nấm, Bệnh viện Đa khoa tỉnh khuyến cáo người dân:"),
            ("ul", [
                "Tuyệt đối không hái, mua, sử dụng các loại nấm lạ, nấm mọc hoang dại không rõ nguồn gốc;",
                "Không chế biến nấm rừng cùng với rượu, bia vì có thể làm tăng độc tính;",
                "Khi có biểu hiện đau bụng, nôn, tiêu chảy sau khi ăn nấm, cần đến ngay cơ sở y tế gần nhất và mang theo mẫu nấm đã ăn;",
                "Không tự điều trị tại nhà bằng các phương pháp dân gian chưa được kiểm chứng.",
            ]),
            ("p", "“Ngộ độc nấm không có thuốc giải đặc hiệu, việc phát hiện sớm, điều trị kịp thời có ý nghĩa quyết định đến khả năng sống của người bệnh”, bác sĩ Lĩnh nhấn mạnh."),
        ],
    ),
    # ------------------------------------------------------------------ f08
    dict(
        name="f08",
        platform="dnn-custom (police portal)",
        url="https://congan.thainguyen.gov.vn/an-ninh-trat-tu/ctl/ChiTiet/mid/1532/ItemID/8821/Default.aspx",
        charset="utf-8", encoding="utf-8",
        title="Công an xã Phú Bình triệt phá ổ nhóm đánh bạc, thu giữ gần 120 triệu đồng",
        published_at="2025-10-06T20:35:00+07:00",
        author="Thiếu tá Nông Văn Toàn - Phòng Tham mưu",
        byline=["Thiếu tá Nông Văn Toàn - Phòng Tham mưu"],
        lead="Trong quá trình tuần tra, kiểm soát, nắm tình hình địa bàn, Công an xã Phú Bình đã phát hiện, bắt quả tang 11 đối tượng đang đánh bạc, thu giữ gần 120 triệu đồng cùng nhiều tang vật liên quan.",
        blocks=[
            ("p", "Khoảng 15 giờ ngày 5/10/2025, Công an xã Phú Bình phối hợp với Phòng Cảnh sát hình sự Công an tỉnh bất ngờ kiểm tra một căn nhà tại xóm Tân Sơn, phát hiện, bắt quả tang 11 đối tượng đang có hành vi đánh bạc dưới hình thức đánh “tá lả” và “xóc đĩa” được thua bằng tiền."),
            ("img", "Các đối tượng cùng tang vật tại cơ quan Công an"),
            ("p", "Tang vật thu giữ gồm 118,6 triệu đồng, 14 điện thoại di động, 6 xe mô tô, 2 bộ bát đĩa và nhiều bộ bài tú lơ khơ. Qua đấu tranh ban đầu, các đối tượng khai nhận tổ chức đánh bạc từ khoảng 12 giờ cùng ngày, mỗi ván được thua từ 200.000 đồng đến 2 triệu đồng."),
            ("p", "Trong số 11 đối tượng bị bắt giữ có 3 đối tượng đã có tiền án, tiền sự về tội đánh bạc và tội tổ chức đánh bạc. Đối tượng cầm đầu là Hoàng Văn T. (sinh năm 1979, trú tại xóm Tân Sơn) đã dùng nhà riêng làm địa điểm, bố trí người canh gác từ xa để đối phó với cơ quan chức năng."),
            ("p", "Hiện Công an xã Phú Bình đã bàn giao vụ việc, các đối tượng cùng tang vật cho Cơ quan Cảnh sát điều tra Công an tỉnh để tiếp tục điều tra, xử lý theo quy định của pháp luật."),
            ("p", "Thời gian tới, Công an tỉnh tiếp tục chỉ đạo Công an các xã, phường tăng cường nắm tình hình, đấu tranh quyết liệt với các loại tội phạm và vi phạm pháp luật về cờ bạc, nhất là hoạt động đánh bạc qua mạng, cá độ bóng đá; đồng thời đề nghị người dân tích cực tố giác tội phạm qua đường dây nóng của Công an xã, phường hoặc số điện thoại 0208.3855.113."),
        ],
    ),
    # ------------------------------------------------------------------ f09
    dict(
        name="f09",
        platform="wordpress (Newspaper/tagDiv theme, Yoast)",
        url="https://hoinongdan.dongthap.gov.vn/nong-dan-thu-lai-cao-tu-mo-hinh-trong-sau-rieng-xen-dua/",
        charset="utf-8", encoding="utf-8",
        title="Nông dân thu lãi cao từ mô hình trồng sầu riêng xen dừa",
        published_at="2026-02-10T07:15:32+07:00",
        author="Ngọc Trâm",
        byline=["Ngọc Trâm"],
        lead="Mô hình trồng sầu riêng xen canh trong vườn dừa đang giúp nhiều hội viên nông dân ở xã Ngũ Hiệp và xã Long Trung có thu nhập từ 600 đến 800 triệu đồng/ha/năm, cao gấp 3 - 4 lần so với trồng dừa thuần.",
        blocks=[
            ("p", "Gia đình ông Nguyễn Văn Sáu ở ấp Tân Thuận, xã Ngũ Hiệp là một trong những hộ đầu tiên áp dụng mô hình. Năm 2019, ông trồng xen 180 cây sầu riêng Ri6 trong 1,2 ha dừa xiêm đã cho trái ổn định. Đến nay, vườn sầu riêng đã cho thu hoạch năm thứ ba, năng suất bình quân 18 tấn/ha."),
            ("p", "“Cây dừa giữ ẩm, che bớt nắng gắt cho sầu riêng lúc còn nhỏ, còn sầu riêng cho thu nhập chính. Năm rồi, trừ chi phí, gia đình tôi lãi gần 900 triệu đồng”, ông Sáu chia sẻ."),
            ("img", "Ông Nguyễn Văn Sáu chăm sóc vườn sầu riêng xen dừa"),
            ("p", "Theo Hội Nông dân tỉnh, hiện toàn tỉnh có hơn 2.300 ha sầu riêng trồng xen trong vườn dừa, tập trung ở các xã phía Tây của tỉnh. Hội đã phối hợp với ngành nông nghiệp tổ chức 46 lớp tập huấn kỹ thuật cho hơn 1.800 lượt hội viên, hướng dẫn bà con xử lý ra hoa nghịch vụ, phòng trừ bệnh xì mủ và sử dụng phân bón hữu cơ."),
            ("p", "Tuy nhiên, Hội Nông dân tỉnh cũng khuyến cáo hội viên không chạy theo phong trào, ồ ạt chặt bỏ cây trồng khác để chuyển sang sầu riêng. Người trồng cần lựa chọn vùng đất cao, chủ động nước tưới, có hệ thống đê bao chống xâm nhập mặn và tham gia các tổ hợp tác để được hỗ trợ kỹ thuật, liên kết tiêu thụ."),
            ("p", "Thời gian tới, Hội Nông dân tỉnh sẽ phối hợp với các doanh nghiệp xuất khẩu xây dựng thêm 5 vùng sầu riêng được cấp mã số vùng trồng, đồng thời hỗ trợ vốn từ Quỹ Hỗ trợ nông dân cho các hội viên có nhu cầu mở rộng sản xuất."),
        ],
    ),
    # ------------------------------------------------------------------ f10
    dict(
        name="f10",
        platform="wordpress (school site, classic editor)",
        url="https://thptngoquyen.danang.edu.vn/2025/11/12/hoc-sinh-nha-truong-dat-9-giai-ky-thi-chon-hoc-sinh-gioi-lop-12-cap-thanh-pho/",
        charset="utf-8", encoding="utf-8",
        title="Học sinh nhà trường đạt 9 giải trong Kỳ thi chọn học sinh giỏi lớp 12 cấp thành phố",
        published_at="2025-11-12T14:05:00+07:00",
        author="Hoàng Yến, Quốc Toản",
        byline=["Tin: Hoàng Yến - Ảnh: Quốc Toản"],
        lead=None,
        blocks=[
            ("p", "Ngày 10/11/2025, Sở Giáo dục và Đào tạo thành phố Đà Nẵng công bố kết quả Kỳ thi chọn học sinh giỏi lớp 12 cấp thành phố năm học 2025 - 2026. Đội tuyển của nhà trường đạt 9 giải, gồm 1 giải Nhất, 2 giải Nhì, 3 giải Ba và 3 giải Khuyến khích ở các môn Toán, Ngữ văn, Hóa học, Sinh học và Tiếng Anh."),
            ("img", "Thầy Hiệu trưởng chúc mừng các em học sinh đạt giải"),
            ("p", "Nổi bật là em Trần Ngọc Bảo Châu, lớp 12A1, đạt giải Nhất môn Sinh học với số điểm 17,5/20 và được chọn vào đội tuyển của thành phố tham dự Kỳ thi chọn học sinh giỏi quốc gia năm 2026."),
            ("p", "Kết quả trên là sự ghi nhận cho nỗ lực của thầy và trò nhà trường trong suốt quá trình ôn luyện. Nhà trường sẽ khen thưởng kịp thời cho các em học sinh đạt giải và giáo viên trực tiếp bồi dưỡng, đồng thời tiếp tục đổi mới công tác phát hiện, bồi dưỡng học sinh có năng khiếu ngay từ lớp 10."),
        ],
    ),
]

ARTICLES += [
    # ------------------------------------------------------------------ f11
    dict(
        name="f11",
        platform="wordpress (Gutenberg blocks)",
        url="https://mattran.angiang.gov.vn/mat-tran-to-quoc-tinh-hoan-thanh-ho-tro-xay-dung-1-250-can-nha-dai-doan-ket-nam-2025/",
        charset="utf-8", encoding="utf-8",
        title="Mặt trận Tổ quốc tỉnh hoàn thành hỗ trợ xây dựng 1.250 căn nhà Đại đoàn kết năm 2025",
        published_at="2026-01-12T00:00:00+07:00",
        author="Kim Ngân",
        byline=["Kim Ngân"],
        lead=None,
        blocks=[
            ("p", "Ngày 11/1/2026, Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh tổ chức hội nghị tổng kết công tác vận động, hỗ trợ xây dựng nhà Đại đoàn kết năm 2025. Theo báo cáo, trong năm qua, Mặt trận các cấp đã vận động, hỗ trợ xây mới 1.250 căn nhà và sửa chữa 386 căn nhà cho hộ nghèo, hộ cận nghèo, vượt 25% kế hoạch."),
            ("h", "Huy động nhiều nguồn lực xã hội"),
            ("p", "Tổng kinh phí hỗ trợ xây dựng nhà ở đạt hơn 96,4 tỷ đồng, trong đó Quỹ “Vì người nghèo” các cấp hỗ trợ 52,1 tỷ đồng; các doanh nghiệp, nhà hảo tâm, tổ chức tôn giáo hỗ trợ 44,3 tỷ đồng. Ngoài ra, Nhân dân, đoàn viên, hội viên đã đóng góp hơn 9.800 ngày công giúp các hộ vận chuyển vật liệu, san lấp mặt bằng."),
            ("p", "Kết quả xây mới nhà Đại đoàn kết theo từng nguồn vận động như sau:"),
            ("table", [
                ["Nguồn hỗ trợ", "Số căn xây mới", "Kinh phí (tỷ đồng)"],
                ["Quỹ “Vì người nghèo” tỉnh", "410", "24,6"],
                ["Quỹ “Vì người nghèo” cấp xã", "362", "27,5"],
                ["Doanh nghiệp, nhà hảo tâm", "397", "34,8"],
                ["Tổ chức tôn giáo", "81", "9,5"],
            ], 1),
            ("img", "Bàn giao nhà Đại đoàn kết cho hộ nghèo ở xã Tri Tôn"),
            ("h", "Những mái ấm mang niềm vui đến người nghèo"),
            ("p", "Bà Néang Sa Rết, ngụ ấp Phước Lộc, xã Tri Tôn, xúc động cho biết gia đình bà có 5 người, sống trong căn nhà lá dột nát hơn 20 năm. Được Mặt trận hỗ trợ 60 triệu đồng, cùng với sự giúp đỡ của bà con lối xóm, cuối tháng 10 vừa qua, gia đình bà đã có căn nhà mới kiên cố, rộng 40 m²."),
            ("quote", ["Có nhà mới rồi, mùa mưa không còn lo dột, lo sập nữa. Tôi yên tâm đi làm thuê, nuôi các cháu ăn học."]),
            ("p", "Phát biểu tại hội nghị, Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh đề nghị Mặt trận các cấp năm 2026 tiếp tục tập trung thực hiện các nội dung sau:"),
            ("ul", [
                "Rà soát, lập danh sách hộ nghèo, hộ cận nghèo còn khó khăn về nhà ở, công khai tại khu dân cư;",
                "Tăng cường vận động doanh nghiệp, nhà hảo tâm, người Việt Nam ở nước ngoài ủng hộ Quỹ “Vì người nghèo”;",
                "Giám sát chặt chẽ việc sử dụng kinh phí hỗ trợ, bảo đảm đúng đối tượng, công khai, minh bạch;",
                "Kịp thời biểu dương, khen thưởng các tập thể, cá nhân có nhiều đóng góp.",
            ]),
            ("p", "Dịp này, Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh tặng Bằng khen cho 24 tập thể và 31 cá nhân có thành tích xuất sắc trong công tác vận động, hỗ trợ xây dựng nhà Đại đoàn kết năm 2025."),
        ],
    ),
    # ------------------------------------------------------------------ f12
    dict(
        name="f12",
        platform="joomla-3 (Protostar-derived template)",
        url="https://ttytkimthanh.haiphong.gov.vn/tin-tuc-su-kien/1245-chu-dong-phong-chong-benh-sot-xuat-huyet-trong-mua-mua.html",
        charset="utf-8", encoding="utf-8",
        title="Chủ động phòng, chống bệnh sốt xuất huyết trong mùa mưa",
        published_at="2025-09-08T08:30:00+07:00",
        author="BS. Trần Thu Hà - Khoa Kiểm soát bệnh tật",
        byline=["BS. Trần Thu Hà - Khoa Kiểm soát bệnh tật"],
        lead=None,
        blocks=[
            ("p", "Từ đầu năm 2025 đến nay, trên địa bàn khu vực đã ghi nhận 47 trường hợp mắc sốt xuất huyết, tăng 18 trường hợp so với cùng kỳ năm 2024. Các ca bệnh rải rác ở 6/8 xã, tập trung chủ yếu ở độ tuổi từ 15 đến 45."),
            ("p", "Để chủ động phòng bệnh, Trung tâm Y tế khu vực khuyến cáo người dân thực hiện tốt các biện pháp sau:"),
            ("ol", [
                "Đậy kín tất cả các dụng cụ chứa nước để muỗi không vào đẻ trứng;",
                "Hằng tuần thả cá vào dụng cụ chứa nước lớn, thau rửa dụng cụ chứa nước nhỏ;",
                "Thu gom, hủy bỏ các vật dụng phế thải có thể đọng nước như lốp xe, chai lọ, gáo dừa;",
                "Ngủ màn kể cả ban ngày, mặc quần áo dài tay để tránh muỗi đốt;",
                "Khi có dấu hiệu sốt cao đột ngột, cần đến ngay cơ sở y tế để được khám, tư vấn và điều trị, không tự ý điều trị tại nhà.",
            ]),
            ("p", "Trong tháng 9 và tháng 10, Trung tâm Y tế khu vực phối hợp với các trạm y tế xã tổ chức chiến dịch diệt lăng quăng, bọ gậy tại 100% thôn, khu dân cư; phun hóa chất diệt muỗi tại các ổ dịch ngay khi phát hiện ca bệnh."),
        ],
    ),
    # ------------------------------------------------------------------ f13
    dict(
        name="f13",
        platform="joomla-4 (Cassiopeia-derived, entity-encoded editor content)",
        url="https://hoinongdan.caobang.gov.vn/tin-hoat-dong/tap-huan-ky-nang-chuyen-doi-so-cho-can-bo-hoi-nong-dan-co-so",
        charset="utf-8", encoding="utf-8",
        title="Tập huấn kỹ năng chuyển đổi số cho cán bộ Hội Nông dân cơ sở",
        published_at="2026-05-19T09:00:00+07:00",
        author="Lục Văn Thành",
        byline=["Viết bởi: Lục Văn Thành"],
        lead=None,
        blocks=[
            ("p", "Trong 2 ngày 18 và 19/5/2026, Hội Nông dân tỉnh Cao Bằng phối hợp với Trung tâm Chuyển đổi số tỉnh tổ chức lớp tập huấn kỹ năng chuyển đổi số cho 120 cán bộ chủ chốt Hội Nông dân các xã, phường trong tỉnh."),
            ("p", "Tại lớp tập huấn, các học viên được giới thiệu tổng quan về chuyển đổi số trong nông nghiệp; hướng dẫn sử dụng các nền tảng thương mại điện tử, mạng xã hội để quảng bá, bán sản phẩm nông sản; cách xây dựng nội dung, chụp ảnh, quay video sản phẩm bằng điện thoại thông minh."),
            ("img", "Học viên thực hành đăng bán sản phẩm nông sản trên sàn thương mại điện tử"),
            ("p", "Nội dung chính của lớp tập huấn gồm:"),
            ("ul", [
                "Đăng ký và sử dụng tài khoản định danh điện tử VNeID, thanh toán không dùng tiền mặt;",
                "Đưa sản phẩm OCOP, nông sản đặc sản lên sàn thương mại điện tử;",
                "Nhận biết và phòng tránh các thủ đoạn lừa đảo trên không gian mạng;",
                "Ứng dụng nhật ký điện tử trong sản xuất nông nghiệp.",
            ]),
            ("p", "Học viên Đàm Thị Mai, Phó Chủ tịch Hội Nông dân xã Trùng Khánh, cho biết: “Qua lớp tập huấn, tôi đã biết cách lập gian hàng, đăng bán hạt dẻ và miến dong của bà con trong xã lên sàn thương mại điện tử. Về địa phương, tôi sẽ hướng dẫn lại cho các chi hội trưởng để cùng hỗ trợ hội viên”."),
            ("p", "Năm 2026, Hội Nông dân tỉnh phấn đấu 100% cán bộ hội cấp xã được tập huấn kỹ năng số cơ bản; mỗi xã, phường có ít nhất 1 tổ hợp tác hoặc hợp tác xã do hội viên nông dân làm chủ có sản phẩm được bán trên sàn thương mại điện tử."),
        ],
    ),
    # ------------------------------------------------------------------ f14
    dict(
        name="f14",
        platform="liferay-7 (VNPT ePortal, department)",
        url="https://sgddt.gialai.gov.vn/-/huong-dan-thuc-hien-nhiem-vu-nam-hoc-2026-2027-doi-voi-giao-duc-mam-non",
        charset="utf-8", encoding="utf-8",
        title="Hướng dẫn thực hiện nhiệm vụ năm học 2026 - 2027 đối với giáo dục mầm non",
        published_at="2026-08-21T14:40:00+07:00",
        author=None,
        byline=[],
        source="Nguồn: Phòng Giáo dục Mầm non - Tiểu học",
        lead="Sở Giáo dục và Đào tạo vừa ban hành văn bản hướng dẫn các cơ sở giáo dục mầm non trên địa bàn tỉnh thực hiện nhiệm vụ năm học 2026 - 2027, trong đó nhấn mạnh yêu cầu chuẩn bị các điều kiện thực hiện phổ cập giáo dục mầm non cho trẻ em từ 3 đến 5 tuổi.",
        blocks=[
            ("p", "Theo hướng dẫn, năm học 2026 - 2027, các cơ sở giáo dục mầm non tập trung rà soát, sắp xếp mạng lưới trường, lớp phù hợp với quy hoạch và điều kiện thực tế của các xã, phường sau sắp xếp đơn vị hành chính; bảo đảm mỗi xã, phường có ít nhất một trường mầm non công lập."),
            ("p", "Các nhà trường tiếp tục nâng cao chất lượng nuôi dưỡng, chăm sóc, giáo dục trẻ; thực hiện nghiêm các quy định về bảo đảm an toàn thực phẩm trong bếp ăn bán trú; tăng cường các biện pháp phòng ngừa bạo hành trẻ em, công khai camera giám sát tại các nhóm, lớp theo quy định."),
            ("img", "Giờ hoạt động góc của trẻ tại Trường Mầm non Hoa Sen, phường Quy Nhơn"),
            ("p", "Đối với vùng đồng bào dân tộc thiểu số, Sở yêu cầu các cơ sở giáo dục mầm non chú trọng tăng cường tiếng Việt cho trẻ trước khi vào lớp 1, huy động tối đa trẻ 5 tuổi ra lớp; phối hợp với chính quyền địa phương thực hiện chính sách hỗ trợ ăn trưa cho trẻ em mẫu giáo theo quy định."),
            ("p", "Về đội ngũ, Sở đề nghị Ủy ban nhân dân các xã, phường chủ động rà soát, tuyển dụng đủ giáo viên theo định mức; bố trí giáo viên hợp lý giữa các điểm trường; quan tâm bồi dưỡng chuyên môn, kỹ năng ứng dụng công nghệ thông tin cho giáo viên mầm non."),
            ("p", 'Xem toàn văn Hướng dẫn số 1865/SGDĐT-GDMNTH <a href="/documents/20126/1648211/1865-SGDDT-GDMNTH.pdf/5b1f0e2c-77a4-3c52-9d0a-3c1d1e7e2f41" target="_blank">tại đây</a>'),
        ],
    ),
    # ------------------------------------------------------------------ f15
    dict(
        name="f15",
        platform="nukeviet-4",
        url="https://tamdao.phutho.gov.vn/news/tin-tuc-su-kien/thon-tay-thien-to-chuc-ngay-hoi-dai-doan-ket-toan-dan-toc-nam-2025-1532.html",
        charset="utf-8", encoding="utf-8",
        title="Thôn Tây Thiên tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2025",
        published_at="2025-11-17T08:30:00+07:00",
        author="Nguyễn Thị Hạnh",
        byline=["Tác giả: Nguyễn Thị Hạnh"],
        source="Nguồn tin: Ban Công tác Mặt trận thôn Tây Thiên",
        lead="Ngày 16/11, Ban Công tác Mặt trận thôn Tây Thiên, xã Tam Đảo long trọng tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2025, kỷ niệm 95 năm Ngày truyền thống Mặt trận Tổ quốc Việt Nam (18/11/1930 - 18/11/2025).",
        blocks=[
            ("p", "Về dự ngày hội có đồng chí Phó Bí thư Thường trực Đảng ủy xã; lãnh đạo Ủy ban Mặt trận Tổ quốc Việt Nam xã cùng đông đảo Nhân dân trong thôn."),
            ("p", "Năm 2025, Nhân dân thôn Tây Thiên đã đoàn kết, chung sức thực hiện tốt các phong trào thi đua, cuộc vận động do Mặt trận phát động. Toàn thôn có 312/328 hộ đạt danh hiệu “Gia đình văn hóa”; Nhân dân đã hiến 1.450 m² đất, đóng góp 186 triệu đồng và hơn 900 ngày công để cứng hóa 1,2 km đường liên xóm. Thu nhập bình quân đầu người đạt 58 triệu đồng/năm; thôn không còn hộ nghèo."),
            ("img", "Lãnh đạo xã trao quà cho các hộ có hoàn cảnh khó khăn tại ngày hội"),
            ("p", "Tại ngày hội, Ban Công tác Mặt trận thôn đã tặng quà cho 12 hộ cận nghèo, hộ có hoàn cảnh khó khăn và khen thưởng 15 gia đình tiêu biểu. Sau phần lễ là các hoạt động văn nghệ, thể thao, thi gói bánh chưng, tạo không khí vui tươi, đoàn kết trong cộng đồng dân cư."),
        ],
    ),
    # ------------------------------------------------------------------ f16
    dict(
        name="f16",
        platform="drupal-10",
        url="https://sokhcn.hungyen.gov.vn/tin-tuc/nam-2026-ho-tro-18-doanh-nghiep-doi-moi-cong-nghe-nang-cao-nang-suat",
        charset="utf-8", encoding="utf-8",
        title="Năm 2026, hỗ trợ 18 doanh nghiệp đổi mới công nghệ, nâng cao năng suất",
        published_at="2026-02-27T10:20:41+07:00",
        author="Thanh Bình",
        byline=["Thanh Bình"],
        lead="Sở Khoa học và Công nghệ tỉnh Hưng Yên vừa phê duyệt danh sách 18 doanh nghiệp được hỗ trợ kinh phí thực hiện các dự án đổi mới công nghệ, nâng cao năng suất, chất lượng sản phẩm, hàng hóa năm 2026 với tổng kinh phí hỗ trợ gần 21 tỷ đồng.",
        blocks=[
            ("p", "Các dự án được hỗ trợ tập trung vào những lĩnh vực có thế mạnh của tỉnh như cơ khí chế tạo, chế biến nông sản, dệt may, sản xuất vật liệu xây dựng và điện tử. Mức hỗ trợ tối đa 30% tổng kinh phí đầu tư đổi mới công nghệ, nhưng không quá 2 tỷ đồng đối với mỗi dự án, theo Nghị quyết của Hội đồng nhân dân tỉnh về chính sách hỗ trợ phát triển khoa học, công nghệ và đổi mới sáng tạo."),
            ("h", "Doanh nghiệp chủ động đầu tư dây chuyền hiện đại"),
            ("p", "Công ty TNHH Cơ khí chính xác Phố Hiến là một trong những doanh nghiệp được hỗ trợ. Với dự án đầu tư 2 trung tâm gia công CNC 5 trục và hệ thống đo kiểm 3 chiều, doanh nghiệp dự kiến nâng công suất thêm 40%, giảm tỷ lệ sản phẩm lỗi xuống dưới 0,5%, đáp ứng yêu cầu linh kiện cho các nhà máy ô tô, xe máy trong khu vực."),
            ("img", "Dây chuyền gia công CNC tại Công ty TNHH Cơ khí chính xác Phố Hiến (Ảnh: Thanh Bình)"),
            ("p", "Tại xã Đông Hưng, Hợp tác xã chế biến nông sản Đông Hưng được hỗ trợ đầu tư dây chuyền sấy lạnh và đóng gói tự động. Sản phẩm long nhãn, chuối sấy của hợp tác xã đã đạt chứng nhận OCOP 4 sao và đang được hoàn thiện hồ sơ xuất khẩu sang thị trường Hàn Quốc."),
            ("h", "Tăng cường kiểm tra, đánh giá hiệu quả"),
            ("p", "Giám đốc Sở Khoa học và Công nghệ cho biết, để bảo đảm nguồn kinh phí hỗ trợ được sử dụng hiệu quả, Sở sẽ thành lập các tổ công tác theo dõi, kiểm tra tiến độ thực hiện dự án; việc giải ngân được thực hiện theo từng giai đoạn, căn cứ kết quả nghiệm thu thực tế."),
            ("p", "Năm 2025, tỉnh đã hỗ trợ 14 doanh nghiệp đổi mới công nghệ với tổng kinh phí 15,6 tỷ đồng. Sau một năm triển khai, năng suất lao động bình quân của các doanh nghiệp được hỗ trợ tăng 22%, nhiều sản phẩm đã tham gia chuỗi cung ứng của các tập đoàn đa quốc gia."),
            ("p", "Các doanh nghiệp có nhu cầu đăng ký hỗ trợ năm 2027 có thể liên hệ Phòng Quản lý công nghệ và Đổi mới sáng tạo, Sở Khoa học và Công nghệ để được hướng dẫn."),
        ],
    ),
    # ------------------------------------------------------------------ f17
    dict(
        name="f17",
        platform="aspnet-webforms (table layout, frozen district portal)",
        url="http://yenmo.ninhbinh.gov.vn/TinTuc/ChiTietTin.aspx?ID=2314&CatID=12",
        charset="windows-1258", encoding="cp1258",
        title="Yên Mô ra quân xây dựng đường giao thông nông thôn năm 2025",
        published_at="2025-05-12T00:00:00+07:00",
        author="Đinh Thị Huyền",
        byline=["Đinh Thị Huyền"],
        lead=None,
        blocks=[
            ("p", "Sáng 11/5, Ủy ban nhân dân huyện Yên Mô tổ chức lễ ra quân xây dựng đường giao thông nông thôn năm 2025 tại xã Yên Thắng. Năm nay, toàn huyện phấn đấu cứng hóa 46 km đường trục thôn, đường ngõ xóm và đường nội đồng với tổng kinh phí dự kiến khoảng 38 tỷ đồng."),
            ("p", "Theo kế hoạch, ngân sách tỉnh hỗ trợ xi măng, ngân sách huyện hỗ trợ 30% chi phí vật liệu khác đối với đường trục thôn và 20% đối với đường nội đồng; phần còn lại do ngân sách xã và Nhân dân đóng góp. Các xã chủ động lựa chọn tuyến đường ưu tiên, công khai phương án huy động, mức đóng góp để Nhân dân bàn bạc, thống nhất."),
            ("img", "Cán bộ và Nhân dân xã Yên Thắng đổ bê tông đường trục thôn"),
            ("p", "Phát biểu tại lễ ra quân, đồng chí Chủ tịch Ủy ban nhân dân huyện đề nghị các xã, thị trấn phát huy vai trò của Mặt trận Tổ quốc và các đoàn thể trong vận động Nhân dân hiến đất, tháo dỡ công trình vi phạm hành lang an toàn giao thông; giám sát chặt chẽ chất lượng công trình, bảo đảm các tuyến đường hoàn thành trước ngày 30/6/2025, trước khi thực hiện sắp xếp đơn vị hành chính cấp xã."),
            ("p", "Ngay sau lễ ra quân, hơn 300 cán bộ, đoàn viên, hội viên và Nhân dân xã Yên Thắng đã tham gia đổ bê tông 650 m đường trục thôn Quảng Thượng."),
        ],
    ),
    # ------------------------------------------------------------------ f18
    dict(
        name="f18",
        platform="nuxt-ssr (custom vendor CMS)",
        url="https://danguy.thudaumot.hochiminhcity.gov.vn/tin-tuc/dang-uy-phuong-thu-dau-mot-so-ket-9-thang-thuc-hien-nghi-quyet-dai-hoi-10482",
        charset="utf-8", encoding="utf-8",
        title="Đảng ủy phường Thủ Dầu Một sơ kết 9 tháng thực hiện Nghị quyết Đại hội",
        published_at="2026-10-06T10:42:00+07:00",
        author="Minh Khôi",
        byline=["Bài, ảnh: Minh Khôi"],
        lead="Chiều 5/10, Đảng ủy phường Thủ Dầu Một tổ chức hội nghị sơ kết công tác xây dựng Đảng, hệ thống chính trị và thực hiện nhiệm vụ phát triển kinh tế - xã hội 9 tháng đầu năm 2026, triển khai nhiệm vụ trọng tâm những tháng cuối năm.",
        blocks=[
            ("p", "Theo báo cáo, 9 tháng đầu năm, Đảng ủy phường đã lãnh đạo hoàn thành và vượt 14/18 chỉ tiêu chủ yếu theo Nghị quyết Đại hội Đảng bộ phường nhiệm kỳ 2025 - 2030 đề ra cho năm 2026. Thu ngân sách trên địa bàn đạt 1.286 tỷ đồng, bằng 82% dự toán; 100% hồ sơ thủ tục hành chính được tiếp nhận, giải quyết đúng hạn, trong đó 96% hồ sơ nộp trực tuyến."),
            ("p", "Công tác xây dựng Đảng được chú trọng; Đảng ủy phường đã kết nạp 68 đảng viên mới, đạt 113% kế hoạch năm; kiện toàn 7 chi bộ khu phố sau khi điều chỉnh địa giới, quy mô khu phố. Công tác kiểm tra, giám sát được thực hiện đúng kế hoạch, kịp thời chấn chỉnh những hạn chế ở một số chi bộ."),
            ("img", "Quang cảnh hội nghị sơ kết"),
            ("p", "Trên lĩnh vực văn hóa - xã hội, phường đã hoàn thành việc hỗ trợ sửa chữa, xây mới 45 căn nhà cho hộ nghèo, hộ cận nghèo và gia đình chính sách; tổ chức tốt các hoạt động kỷ niệm các ngày lễ lớn; chất lượng giáo dục ở các cấp học tiếp tục được nâng lên, tỷ lệ học sinh tốt nghiệp trung học phổ thông đạt 99,6%."),
            ("p", "Phát biểu chỉ đạo hội nghị, Bí thư Đảng ủy phường nhấn mạnh:"),
            ("quote", ["Ba tháng cuối năm còn rất nhiều việc phải làm. Mỗi chi bộ, mỗi cán bộ, đảng viên phải xác định rõ việc, rõ người, rõ trách nhiệm, rõ thời gian hoàn thành; việc gì đã hứa với dân thì phải làm đến nơi đến chốn."]),
            ("p", "Đảng ủy phường yêu cầu các chi bộ, cơ quan, đơn vị tập trung đẩy nhanh tiến độ các công trình chỉnh trang đô thị, giải quyết dứt điểm tình trạng ngập nước cục bộ trên các tuyến đường Yersin, Cách Mạng Tháng Tám trong mùa mưa; tăng cường công tác bảo đảm an ninh trật tự, phòng cháy, chữa cháy tại các khu nhà trọ, chung cư."),
            ("p", "Dịp này, Đảng ủy phường trao Huy hiệu Đảng đợt 2/9 cho 21 đảng viên và khen thưởng 9 tập thể, 15 cá nhân có thành tích xuất sắc trong thực hiện nhiệm vụ chính trị 9 tháng đầu năm 2026."),
        ],
    ),
    # ------------------------------------------------------------------ f19
    dict(
        name="f19",
        platform="amp (custom CMS, AMP view)",
        url="https://svhttdl.khanhhoa.gov.vn/amp/tin-tuc/khanh-hoa-don-hon-1-1-trieu-luot-khach-quoc-te-trong-9-thang-d8421.html",
        charset="utf-8", encoding="utf-8",
        title="Khánh Hòa đón hơn 1,1 triệu lượt khách quốc tế trong 9 tháng",
        published_at="2026-10-03T16:20:45+07:00",
        author=None,
        byline=[],
        source="(Theo Báo Khánh Hòa)",
        lead="Trong 9 tháng đầu năm 2026, ngành du lịch Khánh Hòa đón hơn 4,6 triệu lượt khách lưu trú, tăng 14% so với cùng kỳ năm trước; trong đó khách quốc tế ước đạt 1,12 triệu lượt, tổng thu từ khách du lịch ước đạt 41.500 tỷ đồng.",
        blocks=[
            ("p", "Theo Sở Văn hóa, Thể thao và Du lịch, thị trường khách quốc tế đến Khánh Hòa tiếp tục phục hồi mạnh mẽ và đa dạng hơn. Hàn Quốc vẫn là thị trường dẫn đầu với khoảng 410.000 lượt, tiếp theo là Trung Quốc, Nga, Ấn Độ và các nước Đông Nam Á. Đáng chú ý, lượng khách từ Ấn Độ tăng gần gấp đôi nhờ các đường bay thẳng mới mở đến sân bay quốc tế Cam Ranh."),
            ("p", "Bên cạnh các điểm đến quen thuộc ở Nha Trang, Cam Ranh, nhiều sản phẩm du lịch mới ở khu vực phía Nam của tỉnh như vịnh Vĩnh Hy, đồi cát Nam Cương, làng gốm Bàu Trúc đã thu hút đông đảo du khách. Các tour kết hợp biển và văn hóa Chăm được nhiều hãng lữ hành đưa vào chương trình khai thác thường xuyên."),
            ("img", "Du khách quốc tế tham quan làng gốm Bàu Trúc"),
            ("p", "Công suất sử dụng phòng bình quân của các cơ sở lưu trú từ 3 sao trở lên đạt 68%, riêng các tháng cao điểm hè đạt trên 85%. Nhiều khu nghỉ dưỡng ở Bãi Dài, Cam Ranh gần như kín phòng vào các dịp cuối tuần."),
            ("p", "Tuy vậy, ngành du lịch tỉnh vẫn đối mặt với không ít khó khăn như chất lượng nguồn nhân lực chưa đáp ứng yêu cầu, nhất là hướng dẫn viên thông thạo các ngoại ngữ hiếm; tình trạng chèo kéo, nâng giá dịch vụ vẫn còn xảy ra ở một số điểm du lịch."),
            ("p", "Những tháng cuối năm, Sở Văn hóa, Thể thao và Du lịch sẽ phối hợp với các địa phương tổ chức chuỗi sự kiện văn hóa, du lịch mùa thấp điểm; đẩy mạnh xúc tiến tại các thị trường mới như Úc, Trung Đông; đồng thời tăng cường thanh tra, kiểm tra, xử lý nghiêm các hành vi vi phạm trong kinh doanh du lịch."),
            ("p", "Mục tiêu cả năm 2026, Khánh Hòa phấn đấu đón 6 triệu lượt khách lưu trú, trong đó có 1,5 triệu lượt khách quốc tế."),
        ],
    ),
    # ------------------------------------------------------------------ f20
    dict(
        name="f20",
        platform="php-custom (table/font layout, frozen district Party site)",
        url="http://dvngason.thanhhoa.gov.vn/index.php?mod=tintuc&act=chitiet&id=1187",
        charset=None, encoding="utf-8",
        title="Nga Sơn: Sơ kết 5 năm thực hiện mô hình “Dân vận khéo” trong xây dựng nông thôn mới kiểu mẫu",
        published_at="2025-04-16T09:05:37+07:00",
        author="Lê Thị Thanh – Ban Dân vận Huyện ủy",
        byline=["Lê Thị Thanh – Ban Dân vận Huyện ủy"],
        lead=None,
        blocks=[
            ("p", "Sáng 15/4, Ban Dân vận Huyện ủy Nga Sơn tổ chức hội nghị sơ kết 5 năm thực hiện mô hình “Dân vận khéo” trong xây dựng nông thôn mới kiểu mẫu giai đoạn 2020 - 2025. Dự hội nghị có đại diện lãnh đạo Ban Dân vận Tỉnh ủy; Thường trực Huyện ủy; lãnh đạo Ủy ban Mặt trận Tổ quốc Việt Nam huyện, các đoàn thể chính trị - xã hội; Trưởng khối dân vận các xã, thị trấn."),
            ("p", "Sau 5 năm triển khai, mô hình đã được thực hiện sâu rộng tại 100% thôn, tiểu khu trên địa bàn huyện. Các cấp ủy đảng, chính quyền đã chú trọng phát huy vai trò chủ thể của Nhân dân, thực hiện tốt phương châm “Dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng” trong xây dựng nông thôn mới."),
            ("p", "Kết quả, Nhân dân toàn huyện đã hiến hơn 86.000 m² đất, tháo dỡ 3.200 m tường rào, công trình phụ để mở rộng đường giao thông; đóng góp trên 112 tỷ đồng và hàng chục nghìn ngày công xây dựng các công trình hạ tầng nông thôn. Đến nay, huyện có 12 xã đạt chuẩn nông thôn mới nâng cao, 5 xã đạt chuẩn nông thôn mới kiểu mẫu và 86 thôn đạt chuẩn thôn kiểu mẫu."),
            ("img", "Quang cảnh hội nghị"),
            ("p", "Nhiều mô hình “Dân vận khéo” có cách làm hay, hiệu quả được nhân rộng như: “Tuyến đường hoa, cây xanh kiểu mẫu” của Hội Liên hiệp Phụ nữ huyện; “Thắp sáng đường quê” của Huyện đoàn; “Chi hội nông dân phân loại rác thải tại nguồn” của Hội Nông dân xã Nga Thanh; “Khu dân cư không có tội phạm và tệ nạn xã hội” của Công an huyện."),
            ("p", "Bên cạnh kết quả đạt được, hội nghị cũng chỉ ra một số hạn chế như: một số nơi việc xây dựng mô hình chưa gắn với nhiệm vụ chính trị trọng tâm của địa phương; việc duy trì các tiêu chí sau khi đạt chuẩn chưa bền vững, nhất là tiêu chí về môi trường; sự phối hợp giữa các tổ chức trong khối dân vận có lúc chưa chặt chẽ."),
            ("p", "Hội nghị đã đề ra 5 nhóm nhiệm vụ, giải pháp trọng tâm trong thời gian tới:"),
            ("p", "Một là, tiếp tục quán triệt sâu sắc quan điểm của Đảng về công tác dân vận, nâng cao nhận thức và trách nhiệm của cả hệ thống chính trị trong xây dựng nông thôn mới kiểu mẫu."),
            ("p", "Hai là, phát huy vai trò của Mặt trận Tổ quốc và các đoàn thể trong tuyên truyền, vận động Nhân dân giữ gìn, nâng cao chất lượng các tiêu chí đã đạt được."),
            ("p", "Ba là, lựa chọn xây dựng mô hình phù hợp với điều kiện của từng địa phương sau sắp xếp đơn vị hành chính, tránh hình thức, chạy theo số lượng."),
            ("p", "Bốn là, tăng cường kiểm tra, giám sát, kịp thời tháo gỡ khó khăn, vướng mắc ở cơ sở; thực hiện tốt công khai, minh bạch trong huy động, sử dụng các nguồn đóng góp của Nhân dân."),
            ("p", "Năm là, kịp thời biểu dương, khen thưởng, nhân rộng các điển hình tiên tiến, tạo sức lan tỏa trong cộng đồng."),
            ("p", "Dịp này, Ban Thường vụ Huyện ủy tặng Giấy khen cho 15 tập thể và 20 cá nhân có thành tích xuất sắc trong thực hiện mô hình “Dân vận khéo” giai đoạn 2020 - 2025."),
        ],
    ),
]

# Headlines used by the templates for "Tin cùng chuyên mục", "Các tin khác",
# "Tin liên quan", most-read boxes and listings. Dates are assigned by make.py.
HEADLINES = [
    "Hội nghị triển khai nhiệm vụ chuyển đổi số năm 2026",
    "Kiểm tra công tác phòng, chống thiên tai tại các xã ven biển",
    "Ra quân hưởng ứng Tháng hành động vì an toàn thực phẩm",
    "Tập huấn nghiệp vụ công tác văn thư, lưu trữ cho cán bộ cấp xã",
    "Trao 50 suất quà cho hộ nghèo, gia đình chính sách",
    "Đẩy mạnh tuyên truyền Luật Đất đai năm 2024",
    "Sơ kết 6 tháng vận hành mô hình chính quyền địa phương hai cấp",
    "Tọa đàm giải pháp nâng cao chất lượng dịch vụ công trực tuyến",
    "Phát động phong trào thi đua “Cả nước chung tay vì người nghèo”",
    "Tổ chức tiếp công dân định kỳ tháng 10",
    "Khánh thành cầu dân sinh tại thôn Nà Lừa",
    "Hội thi tuyên truyền viên giỏi về phòng, chống ma túy",
    "Kiểm tra tiến độ giải ngân vốn đầu tư công",
    "Ngày hội hiến máu tình nguyện “Giọt hồng yêu thương”",
    "Bàn giao nhà Đại đoàn kết cho hộ cận nghèo",
    "Triển khai cấp căn cước cho trẻ em dưới 6 tuổi",
    "Hội nghị đối thoại giữa người đứng đầu cấp ủy với Nhân dân",
    "Tăng cường quản lý nhà nước về khoáng sản",
    "Tổng kết công tác tuyển sinh năm học 2025 - 2026",
    "Diễn tập phương án chữa cháy và cứu nạn, cứu hộ tại chợ trung tâm",
    "Hướng dẫn người dân đăng ký tài khoản định danh điện tử mức độ 2",
    "Bồi dưỡng lý luận chính trị cho đảng viên mới",
    "Lễ phát động Tết trồng cây “Đời đời nhớ ơn Bác Hồ”",
    "Kiện toàn Ban Chỉ đạo thực hiện dân chủ ở cơ sở",
    "Hỗ trợ sinh kế cho đồng bào dân tộc thiểu số vùng khó khăn",
    "Khai mạc Giải bóng đá thanh niên cấp xã năm 2026",
    "Giám sát việc thực hiện chính sách bảo hiểm y tế học sinh",
    "Tuyên truyền phòng, chống lừa đảo trên không gian mạng",
    "Gặp mặt doanh nghiệp nhân Ngày Doanh nhân Việt Nam",
    "Kỷ niệm Ngày truyền thống công tác dân vận của Đảng",
    "Thăm, tặng quà người có công nhân Ngày Thương binh - Liệt sĩ",
    "Kiểm tra công tác chuẩn bị thi tốt nghiệp trung học phổ thông",
    "Phòng, chống bệnh dại trên đàn chó, mèo",
    "Đẩy nhanh tiến độ xóa nhà tạm, nhà dột nát",
    "Khai mạc Lễ hội trái cây năm 2026",
    "Hội nghị cán bộ, công chức, viên chức năm 2026",
    "Vận động Nhân dân hiến đất mở rộng đường liên thôn",
    "Triển khai tiêm vắc xin phòng sởi cho trẻ từ 1 đến 5 tuổi",
    "Ra mắt Tổ công nghệ số cộng đồng ở các thôn, tổ dân phố",
    "Hội thảo khoa học về bảo tồn di sản văn hóa phi vật thể",
    "Thông báo lịch tiếp công dân của Chủ tịch Ủy ban nhân dân",
    "Chung tay bảo vệ môi trường, chống rác thải nhựa",
    "Hội chợ nông sản an toàn kết nối cung cầu",
    "Đoàn công tác của Bộ Nông nghiệp và Môi trường làm việc tại tỉnh",
    "Kiểm tra công tác quản lý trật tự xây dựng đô thị",
    "Tuyên dương 120 học sinh, sinh viên tiêu biểu",
    "Công bố quyết định công nhận xã đạt chuẩn nông thôn mới nâng cao",
    "Trao Huy hiệu Đảng cho đảng viên lão thành",
    "Đại hội Chi bộ thôn nhiệm kỳ 2025 - 2027",
    "Xét xử lưu động vụ án cố ý gây thương tích",
    "Hội nghị sơ kết công tác Mặt trận 9 tháng đầu năm",
    "Phát triển du lịch cộng đồng gắn với giữ gìn bản sắc",
    "Nâng cao hiệu quả hoạt động của Trung tâm Phục vụ hành chính công cấp xã",
    "Tập huấn kỹ năng ứng phó sự cố tràn dầu",
    "Khởi công xây dựng trường mầm non đạt chuẩn quốc gia",
    "Hướng dẫn thủ tục đăng ký khai sinh trực tuyến liên thông",
    "Kết quả thu ngân sách nhà nước 10 tháng năm 2026",
    "Bảo đảm an ninh trật tự trong mùa lễ hội",
    "Hội thi “Bàn tay vàng” trong chế biến món ăn truyền thống",
    "Triển khai Tháng hành động vì bình đẳng giới",
]

# Sapos for listing and search pages (title, sapo).
LISTING = [
    ("Chi cục Kiểm lâm ra quân phòng cháy, chữa cháy rừng mùa khô 2026",
     "Chi cục Kiểm lâm vừa tổ chức lễ ra quân phòng cháy, chữa cháy rừng mùa khô năm 2026 với sự tham gia của hơn 400 cán bộ, kiểm lâm viên và lực lượng bảo vệ rừng chuyên trách."),
    ("Hơn 1.300 ha lúa Đông Xuân được hỗ trợ giống chất lượng cao",
     "Từ nguồn kinh phí hỗ trợ sản xuất nông nghiệp, tỉnh cấp miễn phí giống lúa chất lượng cao cho các hộ nông dân tại 18 xã vùng thấp."),
    ("Kiểm tra công tác bảo đảm an toàn hồ chứa nước trước mùa mưa lũ",
     "Đoàn kiểm tra của Sở Nông nghiệp và Môi trường đã kiểm tra thực tế 12 hồ chứa nước xung yếu, yêu cầu chủ đầu tư khắc phục ngay các hư hỏng cống lấy nước."),
    ("Tập huấn kỹ thuật nuôi cá lồng trên lòng hồ thủy điện",
     "Gần 150 hộ nuôi cá lồng được hướng dẫn kỹ thuật chọn giống, quản lý thức ăn và phòng trị một số bệnh thường gặp trên cá nuôi lồng."),
    ("Đẩy mạnh tiêm phòng vắc xin cho đàn gia súc, gia cầm đợt 2",
     "Đợt tiêm phòng thứ hai năm 2026 tập trung vào các bệnh lở mồm long móng, tụ huyết trùng trâu bò và cúm gia cầm, phấn đấu đạt trên 85% tổng đàn."),
    ("Công nhận thêm 9 sản phẩm OCOP đạt 4 sao",
     "Hội đồng đánh giá, phân hạng sản phẩm cấp tỉnh đã công nhận thêm 9 sản phẩm đạt 4 sao, nâng tổng số sản phẩm OCOP của tỉnh lên 286 sản phẩm."),
    ("Hướng dẫn phòng trừ sâu cuốn lá nhỏ hại lúa mùa",
     "Chi cục Trồng trọt và Bảo vệ thực vật khuyến cáo nông dân thăm đồng thường xuyên, phun trừ khi mật độ sâu vượt ngưỡng và không phun thuốc định kỳ."),
    ("Giao ban công tác quản lý đất đai, môi trường quý III",
     "Hội nghị đánh giá kết quả cấp giấy chứng nhận quyền sử dụng đất lần đầu, công tác xử lý ô nhiễm môi trường tại các cụm công nghiệp và làng nghề."),
    ("Trồng mới 3.500 ha rừng sản xuất bằng cây giống chất lượng cao",
     "Năm 2026, toàn tỉnh trồng mới 3.500 ha rừng sản xuất, trong đó hơn 60% diện tích sử dụng giống keo lai nuôi cấy mô có năng suất cao."),
    ("Phổ biến chính sách hỗ trợ liên kết sản xuất, tiêu thụ sản phẩm nông nghiệp",
     "Hơn 200 đại biểu là lãnh đạo hợp tác xã, doanh nghiệp và nông dân được phổ biến các quy định mới về hỗ trợ liên kết trong sản xuất và tiêu thụ sản phẩm."),
]

SEARCH = [
    ("Hội Nông dân tỉnh ký kết chương trình phối hợp về chuyển đổi số",
     "Hội Nông dân tỉnh và Sở Khoa học và Công nghệ ký kết chương trình phối hợp hỗ trợ nông dân ứng dụng chuyển đổi số trong sản xuất, kinh doanh giai đoạn 2026 - 2030."),
    ("Nông dân xã Mỹ Thọ bán xoài qua sàn thương mại điện tử",
     "Nhờ được hướng dẫn lập gian hàng trực tuyến, nhiều hộ trồng xoài cát Hòa Lộc đã chủ động tìm được đầu ra ổn định với giá cao hơn thương lái từ 3.000 đến 5.000 đồng/kg."),
    ("Tập huấn kỹ năng số cho chi hội trưởng nông dân",
     "Lớp tập huấn giúp 85 chi hội trưởng nắm được cách sử dụng điện thoại thông minh để tuyên truyền, quản lý hội viên và hướng dẫn bà con thanh toán không dùng tiền mặt."),
    ("Ra mắt Tổ công nghệ số cộng đồng tại ấp Bình Hòa",
     "Tổ công nghệ số cộng đồng gồm 7 thành viên là cán bộ ấp, đoàn viên thanh niên và hội viên nông dân, có nhiệm vụ hỗ trợ người dân sử dụng dịch vụ công trực tuyến."),
    ("Ứng dụng nhật ký điện tử trong sản xuất lúa chất lượng cao",
     "Mô hình ghi chép nhật ký canh tác trên điện thoại giúp hợp tác xã quản lý quy trình sản xuất, đáp ứng yêu cầu truy xuất nguồn gốc của doanh nghiệp thu mua."),
    ("Hội nghị sơ kết 6 tháng đầu năm công tác Hội và phong trào nông dân",
     "6 tháng đầu năm, các cấp Hội đã tổ chức 412 buổi tuyên truyền, trong đó có nội dung về chuyển đổi số, phòng chống lừa đảo qua mạng cho hơn 18.000 lượt hội viên."),
    ("Nông dân trẻ khởi nghiệp với mô hình trồng nấm bào ngư",
     "Từ số vốn vay 100 triệu đồng của Quỹ Hỗ trợ nông dân, anh Võ Minh Tâm đã xây dựng trại nấm quy mô 5.000 bịch phôi, bán sản phẩm qua mạng xã hội."),
]
