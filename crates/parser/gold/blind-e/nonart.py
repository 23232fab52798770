# Non-article pages for blind-e.
from make import sidebar, footer, nav, topbar, pad_css, pad_js, viewstate, share
ITEMS = [("Xã Hòa Bình tổ chức Ngày hội Đại đoàn kết toàn dân tộc", "18/11/2026", "Sáng 17/11, Ban Công tác Mặt trận khu dân cư số 4 tổ chức Ngày hội với nhiều hoạt động văn hóa, thể thao."),
 ("Triển khai kế hoạch phòng, chống dịch bệnh mùa đông", "16/11/2026", "UBND xã yêu cầu trạm y tế tăng cường giám sát, phát hiện sớm các ca bệnh truyền nhiễm."),
 ("Ra quân thu gom rác thải nhựa ven kênh", "14/11/2026", "Hơn 200 đoàn viên, hội viên tham gia thu gom khoảng 3 tấn rác thải."),
 ("Hội nghị tiếp xúc cử tri sau kỳ họp", "12/11/2026", "Cử tri kiến nghị sửa chữa tuyến đường liên thôn và bổ sung đèn chiếu sáng."),
 ("Kiểm tra an toàn thực phẩm tại các bếp ăn tập thể", "10/11/2026", "Đoàn kiểm tra liên ngành đã kiểm tra 12 cơ sở, nhắc nhở 3 cơ sở."),
 ("Trao 50 suất học bổng cho học sinh nghèo", "07/11/2026", "Mỗi suất học bổng trị giá 1 triệu đồng do các doanh nghiệp tài trợ.")]
S = {"site": "Cổng thông tin điện tử xã Hòa Bình", "title": "Tin tức - Sự kiện"}
def li(i, t, d, s): return f'<div class="news-item"><a href="/tin/{i}"><img src="/thumb/{i}.jpg"></a><h3><a href="/tin/{i}">{t}</a></h3><span class="date">{d}</span><p class="sapo">{s}</p></div>'

n01 = f'''<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Tin tức - Sự kiện - Cổng thông tin điện tử xã Hòa Bình</title><style>{pad_css(60)}</style></head><body>
{topbar(S, "Thứ Bảy, 21/11/2026")}{nav()}<div class="breadcrumb"><a href="/">Trang chủ</a> › Tin tức - Sự kiện</div><div class="row"><div class="col-8"><h1 class="cate-title">Tin tức - Sự kiện</h1>
{"".join(li(i,*x) for i,x in enumerate(ITEMS))}<div class="paging"><a>1</a> <a href="?p=2">2</a> <a href="?p=3">3</a> <a href="?p=2">Trang sau »</a></div></div><div class="col-4">{sidebar()}</div></div>{footer(S["site"])}<script>{pad_js(40)}</script></body></html>'''

S2 = {"site": "Sở Giáo dục và Đào tạo tỉnh Lâm Đồng", "title": "Tìm kiếm"}
n02 = f'''<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><meta name="generator" content="NukeViet v4.5"><title>Tìm kiếm: tuyển sinh lớp 10 - {S2["site"]}</title><style>{pad_css(40)}</style></head><body>
{topbar(S2, "Thứ bảy, 21/11/2026")}{nav()}<div class="breadcrumbs"><a href="/">Trang nhất</a> › Tìm kiếm</div>
<div class="panel"><form action="/seek/"><input name="q" value="tuyển sinh lớp 10"><button>Tìm kiếm</button></form><p class="result-count">Có 47 kết quả phù hợp với từ khóa <strong>tuyển sinh lớp 10</strong></p>
{"".join(f'<div class="result"><h3><a href="/news/{i}">{t}</a></h3><p>...{s}...</p><em>{d}</em></div>' for i,(t,d,s) in enumerate(ITEMS[:5]))}
<ul class="pagination"><li class="active">1</li><li><a href="?page=2">2</a></li><li><a href="?page=3">3</a></li></ul></div>{sidebar()}{footer(S2["site"])}</body></html>'''

S3 = {"site": "Cổng thông tin điện tử tỉnh An Giang", "title": "Không tìm thấy"}
n03 = f'''<!DOCTYPE html><html dir="ltr" lang="vi-VN"><head><meta charset="utf-8"><title>Không tìm thấy trang - Cổng thông tin điện tử</title><style>{pad_css(40)}</style></head><body><form method="post" id="aspnetForm"><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{viewstate(4000)}">
<div class="tandan-header">{topbar(S3, "Thứ bảy, 21/11/2026")}</div>{nav("tandan-topnav")}<div class="tandan-content"><h1>Lỗi 404 - Không tìm thấy trang</h1><div class="ms-rtestate-field"><p>Trang bạn yêu cầu không tồn tại hoặc đã được di chuyển sang địa chỉ khác sau khi sắp xếp đơn vị hành chính.</p><p>Vui lòng quay lại <a href="/portal">Trang chủ</a> hoặc sử dụng chức năng tìm kiếm.</p></div></div>
<div class="tandan-right">{sidebar()}</div>{footer(S3["site"])}<script>{pad_js(60)}</script></form></body></html>'''

S4 = {"site": "Bảo hiểm xã hội tỉnh Tuyên Quang", "title": ""}
n04 = f'''<!DOCTYPE html><html lang="vi-VN"><head><meta content="text/html; charset=UTF-8" http-equiv="Content-Type"><title>Chi tiết tin &gt; {S4["site"]}</title><style>{pad_css(50)}</style></head>
<body id="Body"><form method="post" id="Form"><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{viewstate(3000)}"><div id="siteWrapper">{topbar(S4, "Thứ Bảy, 21/11/2026")}{nav("dnnMenu")}
<div class="breadcrumb"><a href="/">Trang chủ</a> › <a href="/tin-tuc">Tin tức</a></div><div class="row"><div id="dnn_ContentPane" class="col-md-9"><div class="DnnModule DnnModule-EasyDNNnews"><div class="edn_article edn_clearFix">
<h1 class="edn_articleTitle"></h1><div class="edn_metaDetails"><span class="edn_date"></span></div><div class="edn_articleContent"></div>
<div class="edn_noArticle">Bài viết không tồn tại hoặc chưa được xuất bản.</div></div>
<div class="edn_relatedArticles"><h4>Tin mới</h4><ul>{"".join(f'<li><a href="/tin/{i}">{t}</a> ({d})</li>' for i,(t,d,s) in enumerate(ITEMS))}</ul></div></div></div>
<div id="dnn_RightPane" class="col-md-3">{sidebar()}</div></div>{footer(S4["site"])}</div><script>{pad_js(40)}</script></form></body></html>'''

NON = {"n01": (("listing", "custom-php"), "https://xahoabinh.gov.vn/tin-tuc-su-kien", "utf-8", n01),
       "n02": (("search", "nukeviet"), "https://sgddt.lamdong.gov.vn/seek/?q=tuy%E1%BB%83n+sinh+l%E1%BB%9Bp+10", "utf-8", n02),
       "n03": (("not_found", "sharepoint-tandan"), "https://angiang.gov.vn/portal/Pages/2025-03-14/tin-cu.aspx", "utf-8", n03),
       "n04": (("empty", "dnn-9"), "https://bhxh.tuyenquang.gov.vn/tin-tuc/articleid/0", "utf-8", n04)}
