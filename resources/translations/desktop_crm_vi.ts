<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/contacts/editor.py" line="+634"/>
        <source>New account</source>
        <translation>Công ty mới</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit account</source>
        <translation>Sửa công ty</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>10 digits, e.g. 0100101072</source>
        <translation>10 chữ số, ví dụ 0100101072</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add phone</source>
        <translation>Thêm số điện thoại</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. 028 3823 4567</source>
        <translation>ví dụ 028 3823 4567</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add e-mail</source>
        <translation>Thêm e-mail</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>info@company.vn</source>
        <translation>info@congty.vn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Separate tags with commas</source>
        <translation>Các nhãn cách nhau bằng dấu phẩy</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(nobody)</source>
        <translation>(không ai)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Name:</source>
        <translation>&amp;Tên:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tax code:</source>
        <translation>&amp;Mã số thuế:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Industry:</source>
        <translation>&amp;Ngành nghề:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Website:</source>
        <translation>&amp;Trang web:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phones:</source>
        <translation>Số điện &amp;thoại:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;E-mails:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ta&amp;gs:</source>
        <translation>&amp;Nhãn:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Owner:</source>
        <translation>Người &amp;phụ trách:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Street:</source>
        <translation>Số nhà, đường&amp;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pro&amp;vince:</source>
        <translation>Tỉnh/&amp;thành:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;otes:</source>
        <translation>&amp;Ghi chú:</translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message>
        <location filename="../../desktop_crm/ui/contacts/list_page.py" line="+766"/>
        <source>Accounts</source>
        <translation>Công ty</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln account(s)</source>
        <translation>
            <numerusform>%Ln công ty</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New account… (Ctrl+N)</source>
        <translation>Công ty mới… (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filter by name, tax code, phone, e-mail… (Ctrl+F)</source>
        <translation>Lọc theo tên, mã số thuế, điện thoại, e-mail… (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>ApplyPlanDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/apply_plan.py" line="+55"/>
        <source>Apply care plan</source>
        <translation>Áp dụng kế hoạch chăm sóc</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Create the follow-up tasks of a care plan for %n customer(s).</source>
        <translation>
            <numerusform>Tạo các việc chăm sóc theo kế hoạch cho %n khách hàng.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Each customer&apos;s own segments</source>
        <translation>Phân khúc riêng của từng khách hàng</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Plan of:</source>
        <translation>&amp;Kế hoạch của:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Apply</source>
        <translation>Á&amp;p dụng</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Each customer gets the plans of its care group and of its RFM segment, as last computed.</source>
        <translation>Mỗi khách hàng nhận kế hoạch của nhóm chăm sóc và của phân khúc RFM của mình, theo lần tính gần nhất.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This segment has no care plan (see Settings).</source>
        <translation>Phân khúc này chưa có kế hoạch chăm sóc (xem Cài đặt).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{kind} every {days} days: {subject}</source>
        <translation>{kind} mỗi {days} ngày: {subject}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Tasks: {created} created, {skipped} already planned.</source>
        <translation>Việc: đã tạo {created}, {skipped} việc đã có trong kỳ.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n customer(s) without a plan for their segment.</source>
        <translation>
            <numerusform>%n khách hàng không có kế hoạch cho phân khúc của mình.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CarePage</name>
    <message>
        <location filename="../../desktop_crm/ui/pages/care.py" line="+150"/>
        <source>Care</source>
        <translation>Chăm sóc khách hàng</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Questions, complaints, warranty claims and requests</source>
        <translation>Câu hỏi, khiếu nại, bảo hành và các yêu cầu khác</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search by subject or customer</source>
        <translation>Tìm theo tiêu đề hoặc khách hàng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All statuses</source>
        <translation>Mọi trạng thái</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not yet resolved</source>
        <translation>Chưa giải quyết</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All priorities</source>
        <translation>Mọi mức ưu tiên</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All owners</source>
        <translation>Mọi người phụ trách</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue only</source>
        <translation>Chỉ việc quá hạn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New case…</source>
        <translation>&amp;Yêu cầu mới…</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%Ln open care case(s)</source>
        <translation>
            <numerusform>%Ln yêu cầu chăm sóc đang mở</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%Ln case(s) shown</source>
        <translation>
            <numerusform>Đang hiển thị %Ln yêu cầu</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CareSettingsBox</name>
    <message>
        <location filename="../../desktop_crm/ui/settings_care.py" line="+83"/>
        <source>Care after a sale</source>
        <translation>Chăm sóc sau bán hàng</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When a deal is won, these follow-ups become tasks for the deal&apos;s owner, due at 9:00 on the given day after the sale.</source>
        <translation>Khi một cơ hội thành công, các bước chăm sóc này trở thành công việc của người phụ trách, đến hạn lúc 9:00 vào ngày đã định sau khi bán.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+32"/>
        <source>Days after the sale</source>
        <translation>Số ngày sau khi bán</translation>
    </message>
    <message>
        <location line="-32"/>
        <location line="+38"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location line="-38"/>
        <location line="+41"/>
        <source>What to do</source>
        <translation>Việc cần làm</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Add step</source>
        <translation>Thêm bước</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove step</source>
        <translation>Xóa bước</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save care plan</source>
        <translation>Lưu kế hoạch chăm sóc</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>Saved.</source>
        <translation>Đã lưu.</translation>
    </message>
</context>
<context>
    <name>CareTargetsBox</name>
    <message>
        <location filename="../../desktop_crm/ui/settings_care_targets.py" line="+82"/>
        <source>Care case targets</source>
        <translation>Thời hạn xử lý yêu cầu chăm sóc</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hours to the first response and to the resolution, by priority. A new case is due its resolution hours after it was opened; later it shows as overdue.</source>
        <translation>Số giờ đến lần phản hồi đầu tiên và đến khi giải quyết xong, theo mức ưu tiên. Yêu cầu mới phải xong trong số giờ giải quyết kể từ lúc mở; quá thời hạn đó sẽ hiện là quá hạn.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>First response (hours)</source>
        <translation>Phản hồi đầu tiên (giờ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution (hours)</source>
        <translation>Giải quyết (giờ)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{priority}: first response (hours)</source>
        <translation>{priority}: phản hồi đầu tiên (giờ)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{priority}: resolution (hours)</source>
        <translation>{priority}: giải quyết (giờ)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save targets</source>
        <translation>Lưu thời hạn</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Saved.</source>
        <translation>Đã lưu.</translation>
    </message>
</context>
<context>
    <name>CaseDetailPanel</name>
    <message>
        <location filename="../../desktop_crm/ui/care/detail.py" line="+165"/>
        <source>Choose a case in the list to work on it.</source>
        <translation>Chọn một yêu cầu trong danh sách để xử lý.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status:</source>
        <translation>Trạng thái:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category:</source>
        <translation>Loại:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel:</source>
        <translation>Kênh:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority:</source>
        <translation>Mức ưu tiên:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner:</source>
        <translation>Người phụ trách:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened:</source>
        <translation>Mở lúc:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due:</source>
        <translation>Hạn:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First response:</source>
        <translation>Phản hồi đầu tiên:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved:</source>
        <translation>Giải quyết lúc:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Satisfaction:</source>
        <translation>Mức hài lòng:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description:</source>
        <translation>Mô tả:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Conversation</source>
        <translation>Trao đổi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write what was said or done…</source>
        <translation>Ghi lại nội dung đã trao đổi hoặc đã làm…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add message</source>
        <translation>Thêm tin nhắn</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reopen</source>
        <translation>Mở lại</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start work</source>
        <translation>Bắt đầu xử lý</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wait for the customer</source>
        <translation>Chờ khách hàng</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resolve…</source>
        <translation>Giải quyết xong…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>expected by {time}</source>
        <translation>cần trước {time}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>{time} · status: {before} → {after}</source>
        <translation>{time} · trạng thái: {before} → {after}</translation>
    </message>
</context>
<context>
    <name>CatalogueWindow</name>
    <message>
        <location filename="../../desktop_crm/ui/catalogue/window.py" line="+101"/>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No</source>
        <translation>Không</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Code</source>
        <translation>Mã hàng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Tên hàng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>Đơn vị tính</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit price</source>
        <translation>Đơn giá</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Tiền tệ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAT %</source>
        <translation>Thuế GTGT %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>Đang bán</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>Product catalogue</source>
        <translation>Danh mục hàng hóa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by code or name</source>
        <translation>Lọc theo mã hoặc tên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show i&amp;nactive products</source>
        <translation>Hiện cả hàng ngừng &amp;bán</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add…</source>
        <translation>&amp;Thêm…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Sửa…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import Excel…</source>
        <translation>N&amp;hập từ Excel…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport Excel…</source>
        <translation>&amp;Xuất ra Excel…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message numerus="yes">
        <location line="+47"/>
        <source>%Ln product(s) shown</source>
        <translation>
            <numerusform>Đang hiện %Ln mặt hàng</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Reactivate</source>
        <translation>Bán &amp;lại</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Deactivate</source>
        <translation>&amp;Ngừng bán</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Import the catalogue</source>
        <translation>Nhập danh mục hàng hóa</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+67"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Bảng tính Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>Importing {name}…</source>
        <translation>Đang nhập {name}…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rows read</source>
        <translation>Số dòng đã đọc</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Catalogue imported: {created} new, {updated} changed, {unchanged} unchanged, {rejected} refused.</source>
        <translation>Đã nhập danh mục: {created} mới, {updated} thay đổi, {unchanged} không đổi, {rejected} bị từ chối.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Row {row}: {message}</source>
        <translation>Dòng {row}: {message}</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>… and %n more.</source>
        <translation>
            <numerusform>… và %n dòng khác.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These rows were not imported:</source>
        <translation>Các dòng sau không được nhập:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export the catalogue</source>
        <translation>Xuất danh mục hàng hóa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>catalogue</source>
        <translation>danh-muc-hang-hoa</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Writing {name}…</source>
        <translation>Đang ghi {name}…</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%n product(s) written to:</source>
        <translation>
            <numerusform>Đã ghi %n mặt hàng vào:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompanyForm</name>
    <message>
        <location filename="../../desktop_crm/ui/pages/company_form.py" line="+134"/>
        <source>Company name</source>
        <translation>Tên công ty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tax code</source>
        <translation>Mã số thuế</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Street address</source>
        <translation>Số nhà, đường</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ward / commune</source>
        <translation>Phường / xã</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>District</source>
        <translation>Quận / huyện</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Province / city</source>
        <translation>Tỉnh / thành phố</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country code</source>
        <translation>Mã quốc gia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bank account</source>
        <translation>Số tài khoản</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bank</source>
        <translation>Ngân hàng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default currency</source>
        <translation>Tiền tệ mặc định</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. Công ty TNHH Thương mại Đông Á</source>
        <translation>VD: Công ty TNHH Thương mại Đông Á</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>10 digits, or 13 for a branch: 0101234567-001</source>
        <translation>10 chữ số, hoặc 13 chữ số với chi nhánh: 0101234567-001</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 028 3822 1234</source>
        <translation>VD: 028 3822 1234</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. info@congty.vn</source>
        <translation>VD: info@congty.vn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. www.congty.vn</source>
        <translation>VD: www.congty.vn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 12 Lê Lợi</source>
        <translation>VD: 12 Lê Lợi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Phường Bến Nghé</source>
        <translation>VD: Phường Bến Nghé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Quận 1</source>
        <translation>VD: Quận 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. TP. Hồ Chí Minh</source>
        <translation>VD: TP. Hồ Chí Minh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VN</source>
        <translation>VN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 0071001234567</source>
        <translation>VD: 0071001234567</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Vietcombank, CN TP. HCM</source>
        <translation>VD: Vietcombank, CN TP. HCM</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose logo…</source>
        <translation>Chọn logo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove logo</source>
        <translation>Bỏ logo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A PNG or JPEG picture of at most 2 MB</source>
        <translation>Ảnh PNG hoặc JPEG, tối đa 2 MB</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Enter the company&apos;s name.</source>
        <translation>Hãy nhập tên công ty.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A tax code has 10 digits, or 13 for a branch, written 0101234567-001.</source>
        <translation>Mã số thuế gồm 10 chữ số, hoặc 13 chữ số đối với chi nhánh, viết dạng 0101234567-001.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A phone number has 8 to 15 digits, e.g. 028 3822 1234 or +84 90 123 4567.</source>
        <translation>Số điện thoại gồm 8 đến 15 chữ số, ví dụ 028 3822 1234 hoặc +84 90 123 4567.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The e-mail address should look like info@congty.vn.</source>
        <translation>Địa chỉ email cần có dạng như info@congty.vn.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The website should look like www.congty.vn.</source>
        <translation>Địa chỉ website cần có dạng như www.congty.vn.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Write the country as its two-letter code, e.g. VN.</source>
        <translation>Hãy ghi quốc gia bằng mã hai chữ cái, ví dụ VN.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Choose the company logo</source>
        <translation>Chọn logo của công ty</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>Ảnh (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The file {name} is {size} MB; a logo may be at most 2 MB. Save a smaller picture (600 pixels wide is plenty) and choose it again.</source>
        <translation>Tệp {name} nặng {size} MB; logo chỉ được tối đa 2 MB. Hãy lưu ảnh nhỏ hơn (rộng 600 điểm ảnh là đủ) rồi chọn lại.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot read the file {name}: {reason}</source>
        <translation>Không đọc được tệp {name}: {reason}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file {name} is not a PNG or JPEG picture. Save the logo as PNG or JPEG and choose it again.</source>
        <translation>Tệp {name} không phải ảnh PNG hoặc JPEG. Hãy lưu logo dưới dạng PNG hoặc JPEG rồi chọn lại.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file {name} cannot be read as a picture; it may be damaged.</source>
        <translation>Không đọc được tệp {name} dưới dạng ảnh; có thể tệp đã bị hỏng.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No logo</source>
        <translation>Chưa có logo</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/contacts/editor.py" line="-395"/>
        <source>New contact</source>
        <translation>Liên hệ mới</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit contact</source>
        <translation>Sửa liên hệ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Family name first, e.g. Nguyễn Thị Ánh Dương</source>
        <translation>Họ trước tên sau, ví dụ Nguyễn Thị Ánh Dương</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type to find the company</source>
        <translation>Gõ để tìm công ty</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Add phone</source>
        <translation>Thêm số điện thoại</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. 0903 123 456</source>
        <translation>ví dụ 0903 123 456</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add e-mail</source>
        <translation>Thêm e-mail</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>name@company.vn</source>
        <translation>ten@congty.vn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Separate tags with commas</source>
        <translation>Các nhãn cách nhau bằng dấu phẩy</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(none)</source>
        <translation>(không có)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>day/month/year</source>
        <translation>ngày/tháng/năm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agrees to receive marketing messages</source>
        <translation>Đồng ý nhận tin tiếp thị</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(nobody)</source>
        <translation>(không ai)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Name:</source>
        <translation>&amp;Họ tên:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Company:</source>
        <translation>&amp;Công ty:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job &amp;title:</source>
        <translation>&amp;Chức vụ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phones:</source>
        <translation>Số điện &amp;thoại:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;E-mails:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ta&amp;gs:</source>
        <translation>&amp;Nhãn:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preferred c&amp;hannel:</source>
        <translation>&amp;Kênh ưa thích:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Birthday:</source>
        <translation>&amp;Ngày sinh:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Stage:</source>
        <translation>&amp;Giai đoạn:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Owner:</source>
        <translation>Người &amp;phụ trách:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pro&amp;vince:</source>
        <translation>Tỉnh/&amp;thành:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent:</source>
        <translation>Đồng ý:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;otes:</source>
        <translation>&amp;Ghi chú:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Possible duplicates — is it one of these people?</source>
        <translation>Có thể trùng — có phải là một trong những người này?</translation>
    </message>
    <message>
        <location line="+233"/>
        <source>same phone {value}</source>
        <translation>trùng số điện thoại {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same e-mail {value}</source>
        <translation>trùng e-mail {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>similar name at the same company</source>
        <translation>tên gần giống ở cùng công ty</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open existing</source>
        <translation>Mở liên hệ đã có</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <location filename="../../desktop_crm/ui/contacts/list_page.py" line="-26"/>
        <source>Contacts</source>
        <translation>Liên hệ</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln liên hệ</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New contact… (Ctrl+N)</source>
        <translation>Liên hệ mới… (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filter by name, phone, e-mail, company… (Ctrl+F)</source>
        <translation>Lọc theo tên, điện thoại, e-mail, công ty… (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>CustomerDetail</name>
    <message>
        <location filename="../../desktop_crm/ui/contacts/detail.py" line="+104"/>
        <source>← Back to the list</source>
        <translation>← Quay lại danh sách</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Sửa…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Log activity… (Ctrl+L)</source>
        <translation>&amp;Ghi hoạt động… (Ctrl+L)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New &amp;person here…</source>
        <translation>Thêm &amp;người ở đây…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New &amp;quote…</source>
        <translation>Tạo &amp;báo giá…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Details</source>
        <translation>Thông tin</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Name</source>
        <translation>Họ tên</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Job title</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Deal</source>
        <translation>Cơ hội</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage</source>
        <translation>Giai đoạn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected close</source>
        <translation>Dự kiến chốt</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Number</source>
        <translation>Số</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+6"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Total</source>
        <translation>Tổng cộng</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Issued</source>
        <translation>Ngày lập</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Subject</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Opened</source>
        <translation>Ngày mở</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resolved</source>
        <translation>Ngày xử lý xong</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Everything</source>
        <translation>Tất cả</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Timeline</source>
        <translation>Dòng thời gian</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show:</source>
        <translation>Hiện:</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Company:</source>
        <translation>Công ty:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job title:</source>
        <translation>Chức vụ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+24"/>
        <source>Phones:</source>
        <translation>Điện thoại:</translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+24"/>
        <source>E-mails:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Stage:</source>
        <translation>Giai đoạn:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preferred channel:</source>
        <translation>Kênh ưa thích:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Birthday:</source>
        <translation>Ngày sinh:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consent:</source>
        <translation>Đồng ý:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agrees to marketing messages since {date}</source>
        <translation>Đồng ý nhận tin tiếp thị từ {date}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No marketing messages</source>
        <translation>Không nhận tin tiếp thị</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+10"/>
        <source>Tags:</source>
        <translation>Nhãn:</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+10"/>
        <source>Notes:</source>
        <translation>Ghi chú:</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Tax code:</source>
        <translation>Mã số thuế:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Industry:</source>
        <translation>Ngành nghề:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website:</source>
        <translation>Trang web:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Address:</source>
        <translation>Địa chỉ:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Owner:</source>
        <translation>Người phụ trách:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Other people at the company ({count})</source>
        <translation>Người khác ở công ty ({count})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>People ({count})</source>
        <translation>Nhân sự ({count})</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Open deals ({count})</source>
        <translation>Cơ hội đang mở ({count})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Closed deals ({count})</source>
        <translation>Cơ hội đã đóng ({count})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quotes ({count})</source>
        <translation>Báo giá ({count})</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Care cases ({count})</source>
        <translation>Yêu cầu chăm sóc ({count})</translation>
    </message>
</context>
<context>
    <name>CustomerField</name>
    <message>
        <location filename="../../desktop_crm/ui/today/dialogs.py" line="+44"/>
        <source>Type a name, phone or company</source>
        <translation>Gõ tên, số điện thoại hoặc công ty</translation>
    </message>
</context>
<context>
    <name>CustomerPicker</name>
    <message>
        <location line="+80"/>
        <source>&amp;Customer:</source>
        <translation>&amp;Khách hàng:</translation>
    </message>
</context>
<context>
    <name>DealDetailPage</name>
    <message>
        <location filename="../../desktop_crm/ui/deal_detail/page.py" line="+238"/>
        <source>Deal</source>
        <translation>Giao dịch</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>← Back</source>
        <translation>← Quay lại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to where you were (Alt+Left)</source>
        <translation>Quay lại chỗ trước (Alt+Trái)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Log activity… (Ctrl+L)</source>
        <translation>&amp;Ghi hoạt động… (Ctrl+L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;quote…</source>
        <translation>Báo &amp;giá mới…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Probability:</source>
        <translation>&amp;Xác suất:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 60</source>
        <translation>vd. 60</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set</source>
        <translation>Đặt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the stage default</source>
        <translation>Dùng mặc định của giai đoạn</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+119"/>
        <source>Customer:</source>
        <translation>Khách hàng:</translation>
    </message>
    <message>
        <location line="-116"/>
        <source>Stage history</source>
        <translation>Lịch sử giai đoạn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activities</source>
        <translation>Hoạt động</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quotes</source>
        <translation>Báo giá</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Products</source>
        <translation>Sản phẩm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People</source>
        <translation>Người liên quan</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Type the probability as a number, e.g. 60.</source>
        <translation>Nhập xác suất bằng số, vd. 60.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>set by hand (stage default {percent})</source>
        <translation>đặt thủ công (mặc định của giai đoạn {percent})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the stage default</source>
        <translation>mặc định của giai đoạn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Weighted: {amount}</source>
        <translation>Giá trị theo xác suất: {amount}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Customer: none</source>
        <translation>Khách hàng: chưa có</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Pipeline:</source>
        <translation>Quy trình bán hàng:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected close:</source>
        <translation>Dự kiến chốt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed on:</source>
        <translation>Đóng ngày:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost because:</source>
        <translation>Lý do thất bại:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner:</source>
        <translation>Người phụ trách:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source:</source>
        <translation>Nguồn:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description:</source>
        <translation>Mô tả:</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>In “{stage}” since {date}: %n day(s)</source>
        <translation>
            <numerusform>Ở “{stage}” từ {date}: %n ngày</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+25"/>
        <source>When</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>From</source>
        <translation>Từ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>Đến</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By</source>
        <translation>Người chuyển</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days in the previous stage</source>
        <translation>Số ngày ở giai đoạn trước</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(created)</source>
        <translation>(tạo mới)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>Chủ đề</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Người phụ trách</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>due {time}</source>
        <translation>hạn {time}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Number</source>
        <translation>Số</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version</source>
        <translation>Phiên bản</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>Tổng cộng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued</source>
        <translation>Ngày lập</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Product</source>
        <translation>Sản phẩm</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quantity</source>
        <translation>Số lượng</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit price</source>
        <translation>Đơn giá</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Name</source>
        <translation>Họ tên</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Job title</source>
        <translation>Chức danh</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Contact of the deal</source>
        <translation>Người liên hệ của giao dịch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In the activities</source>
        <translation>Có trong các hoạt động</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>This deal has no customer: link one before logging an activity.</source>
        <translation>Giao dịch này chưa có khách hàng: hãy gắn khách hàng trước khi ghi hoạt động.</translation>
    </message>
</context>
<context>
    <name>DealEditorDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/editor.py" line="+63"/>
        <source>New deal</source>
        <translation>Giao dịch mới</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit deal</source>
        <translation>Sửa giao dịch</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Type a company or a person</source>
        <translation>Nhập tên công ty hoặc người</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Stage default</source>
        <translation>Mặc định của giai đoạn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected close:</source>
        <translation>Ngày dự kiến chốt:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(nobody)</source>
        <translation>(không ai)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Title:</source>
        <translation>Tiêu đề:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer:</source>
        <translation>Khách hàng:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount:</source>
        <translation>Số tiền:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Probability (%):</source>
        <translation>Xác suất (%):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Owner:</source>
        <translation>Người phụ trách:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source:</source>
        <translation>Nguồn:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description:</source>
        <translation>Mô tả:</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../desktop_crm/ui/import_wizard.py" line="+211"/>
        <source>Which file?</source>
        <translation>Tệp nào?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A CSV or text file, an Excel workbook (.xlsx) or vCard contacts (.vcf), for example an export of Google Contacts or Outlook.</source>
        <translation>Tệp CSV hoặc văn bản, bảng tính Excel (.xlsx) hoặc danh bạ vCard (.vcf), ví dụ tệp xuất từ Google Contacts hoặc Outlook.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Chọn…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Import contacts</source>
        <translation>Nhập liên hệ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts (*.csv *.txt *.tsv *.xlsx *.vcf);;All files (*)</source>
        <translation>Danh bạ (*.csv *.txt *.tsv *.xlsx *.vcf);;Mọi tệp (*)</translation>
    </message>
</context>
<context>
    <name>FindDuplicatesDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/find_dialog.py" line="+60"/>
        <source>Find duplicates</source>
        <translation>Tìm bản ghi trùng</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Contacts</source>
        <translation>Liên hệ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accounts</source>
        <translation>Công ty</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The least score (0–100) at which two records count as the same.</source>
        <translation>Điểm tối thiểu (0–100) để hai bản ghi được coi là một.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Find</source>
        <translation>&amp;Tìm</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Look in:</source>
        <translation>Tìm &amp;trong:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Threshold:</source>
        <translation>&amp;Ngưỡng:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;Merge…</source>
        <translation>&amp;Gộp…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Undo last merge</source>
        <translation>&amp;Hoàn tác lần gộp gần nhất</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Looking for duplicates…</source>
        <translation>Đang tìm bản ghi trùng…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Stopping…</source>
        <translation>Đang dừng…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reading the records</source>
        <translation>Đang đọc các bản ghi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comparing phones, e-mails and tax codes</source>
        <translation>Đang so sánh số điện thoại, e-mail và mã số thuế</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comparing names</source>
        <translation>Đang so sánh tên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forming groups</source>
        <translation>Đang lập nhóm</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{groups} group(s) of possible duplicates, {records} records.</source>
        <translation>{groups} nhóm có thể trùng nhau, {records} bản ghi.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No duplicates found.</source>
        <translation>Không tìm thấy bản ghi trùng.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The search was cancelled.</source>
        <translation>Đã hủy việc tìm kiếm.</translation>
    </message>
</context>
<context>
    <name>FormatPage</name>
    <message>
        <location filename="../../desktop_crm/ui/import_wizard.py" line="+29"/>
        <source>How the file is written</source>
        <translation>Cách tệp được ghi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Found by themselves; change them if the rows below look wrong (broken letters: another encoding; one long column: another delimiter).</source>
        <translation>Đã tự nhận ra; hãy đổi nếu các dòng bên dưới trông sai (chữ bị lỗi: chọn bảng mã khác; chỉ một cột dài: chọn dấu phân cách khác).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Detect</source>
        <translation>Tự nhận</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>File type:</source>
        <translation>Loại tệp:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Encoding:</source>
        <translation>&amp;Bảng mã:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Dấu phân cách:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Header row:</source>
        <translation>Dòng &amp;tiêu đề:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Text (CSV)</source>
        <translation>Văn bản (CSV)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbook</source>
        <translation>Bảng tính Excel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vCard contacts</source>
        <translation>Danh bạ vCard</translation>
    </message>
</context>
<context>
    <name>GroupsModel</name>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/groups_model.py" line="+114"/>
        <source>Score</source>
        <translation>Điểm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Records</source>
        <translation>Bản ghi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why</source>
        <translation>Lý do</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../desktop_crm/ui/import_wizard.py" line="-209"/>
        <source>Import contacts</source>
        <translation>Nhập liên hệ</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Tiếp &gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Quay lại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close</source>
        <translation>Đó&amp;ng</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Stopping…</source>
        <translation>Đang dừng…</translation>
    </message>
    <message>
        <location line="+710"/>
        <source>Undo the last import? The contacts it created are removed and the ones it updated get their earlier values back.</source>
        <translation>Hoàn tác lần nhập gần nhất? Các liên hệ được tạo sẽ bị xóa và các liên hệ được cập nhật sẽ trở lại giá trị trước đó.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Undo the import</source>
        <translation>Hoàn tác lần nhập</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep it</source>
        <translation>Giữ lại</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The import of {file} was undone: {removed} contacts removed, {restored} restored.</source>
        <translation>Đã hoàn tác lần nhập {file}: xóa {removed} liên hệ, khôi phục {restored} liên hệ.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Export contacts</source>
        <translation>Xuất liên hệ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
        <translation>Bảng tính Excel (*.xlsx);;Tệp CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contacts</source>
        <translation>lien-he</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Contacts</source>
        <translation>Liên hệ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{count} contacts written to:
{path}</source>
        <translation>Đã ghi {count} liên hệ vào:
{path}</translation>
    </message>
</context>
<context>
    <name>LeadScoringBox</name>
    <message>
        <location filename="../../desktop_crm/ui/settings_lead_scoring.py" line="+168"/>
        <source>Lead scoring</source>
        <translation>Chấm điểm khách hàng tiềm năng</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leads, prospects and open deals score the points of every rule they meet, from 0 to 100. Saving recomputes every score.</source>
        <translation>Khách hàng tiềm năng và cơ hội đang mở được cộng điểm của mỗi quy tắc thỏa mãn, từ 0 đến 100. Khi lưu, mọi điểm được tính lại.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save and recompute scores</source>
        <translation>Lưu và tính lại điểm</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Recomputing the scores…</source>
        <translation>Đang tính lại điểm…</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Saved; %n score(s) recomputed.</source>
        <translation>
            <numerusform>Đã lưu; đã tính lại %n điểm.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved; no lead to score.</source>
        <translation>Đã lưu; không có khách hàng tiềm năng nào để chấm điểm.</translation>
    </message>
</context>
<context>
    <name>LinesModel</name>
    <message>
        <location filename="../../desktop_crm/ui/quote_editor/lines_table.py" line="+245"/>
        <location line="+20"/>
        <source>The catalogue price is in {currency}.</source>
        <translation>Giá trong danh mục tính bằng {currency}.</translation>
    </message>
</context>
<context>
    <name>LogActivityDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/contacts/log_activity.py" line="+59"/>
        <source>Log activity — {name}</source>
        <translation>Ghi hoạt động — {name}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What was it about?</source>
        <translation>Về việc gì?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. Interested, call back next week</source>
        <translation>ví dụ Quan tâm, gọi lại tuần sau</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>e.g. Send the quote (leave empty for none)</source>
        <translation>ví dụ Gửi báo giá (để trống nếu không có)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Type:</source>
        <translation>&amp;Loại:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Subject:</source>
        <translation>&amp;Tiêu đề:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Outcome:</source>
        <translation>&amp;Kết quả:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Ghi chú:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ne&amp;xt step:</source>
        <translation>&amp;Bước tiếp theo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Due on:</source>
        <translation>&amp;Hạn:</translation>
    </message>
</context>
<context>
    <name>LostDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/dialogs.py" line="+112"/>
        <source>Deal lost</source>
        <translation>Mất giao dịch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why was “{title}” lost?</source>
        <translation>Vì sao mất “{title}”?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reason:</source>
        <translation>Lý do:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose a reason or type one.</source>
        <translation>Hãy chọn hoặc nhập một lý do.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="+230"/>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back up now</source>
        <translation>&amp;Sao lưu ngay</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open data folder</source>
        <translation>&amp;Mở thư mục dữ liệu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>T&amp;hoát</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New contact…</source>
        <translation>Liên hệ &amp;mới…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;account…</source>
        <translation>&amp;Công ty mới…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;deal…</source>
        <translation>&amp;Giao dịch mới…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Log activity…</source>
        <translation>&amp;Ghi hoạt động…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Go</source>
        <translation>Đ&amp;i tới</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Refresh figures</source>
        <translation>&amp;Cập nhật số liệu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Desktop CRM</source>
        <translation>&amp;Giới thiệu Desktop CRM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Log file location</source>
        <translation>&amp;Vị trí tệp nhật ký</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tools</source>
        <translation>&amp;Công cụ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find &amp;duplicates…</source>
        <translation>Tìm bản ghi &amp;trùng…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo last merge</source>
        <translation>&amp;Hoàn tác lần gộp gần nhất</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Product catalogue…</source>
        <translation>&amp;Danh mục hàng hóa…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Recompute segments</source>
        <translation>&amp;Tính lại phân khúc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport segments…</source>
        <translation>&amp;Xuất phân khúc…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import contacts…</source>
        <translation>&amp;Nhập liên hệ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo last i&amp;mport</source>
        <translation>Hoàn tác lần &amp;nhập gần nhất</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export contacts…</source>
        <translation>&amp;Xuất liên hệ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database: {path}</source>
        <translation>Cơ sở dữ liệu: {path}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offline · sync not set up</source>
        <translation>Ngoại tuyến · chưa thiết lập đồng bộ</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Backup written to {path}</source>
        <translation>Đã sao lưu vào {path}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The backup was written to:
{path}</source>
        <translation>Bản sao lưu đã được ghi vào:
{path}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The folder {path} could not be opened here. Open it with your file manager.</source>
        <translation>Không mở được thư mục {path} từ đây. Hãy mở thư mục này bằng trình quản lý tệp.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Desktop CRM {version}</source>
        <translation>Desktop CRM {version}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A customer relationship manager for field sales people that works without a connection.
Qt {qt}, Python {python}.</source>
        <translation>Phần mềm quản lý quan hệ khách hàng cho nhân viên kinh doanh thị trường, dùng được cả khi không có mạng.
Qt {qt}, Python {python}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The log file is:
{path}</source>
        <translation>Tệp nhật ký nằm tại:
{path}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send this file along when you report a problem.</source>
        <translation>Hãy gửi kèm tệp này khi báo lỗi.</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>Open a contact or an account to log an activity.</source>
        <translation>Hãy mở một liên hệ hoặc công ty để ghi hoạt động.</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../desktop_crm/ui/import_wizard.py" line="-543"/>
        <source>Which column is what</source>
        <translation>Cột nào là gì</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recognised columns are chosen already. Columns left on &quot;(do not import)&quot; are not read.</source>
        <translation>Các cột nhận ra được đã được chọn sẵn. Cột để ở &quot;(không nhập)&quot; sẽ không được đọc.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Column in the file</source>
        <translation>Cột trong tệp</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>First values</source>
        <translation>Giá trị đầu tiên</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import as</source>
        <translation>Nhập thành</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dates are written &amp;day first (31/12/2024)</source>
        <translation>Ngày ghi theo thứ tự &amp;ngày trước (31/12/2024)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Use</source>
        <translation>&amp;Dùng</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name for this mapping</source>
        <translation>Tên cho cách ghép cột này</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save mapping</source>
        <translation>&amp;Lưu cách ghép cột</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved mappings:</source>
        <translation>Cách ghép cột đã lưu:</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Give the mapping a name first.</source>
        <translation>Hãy đặt tên cho cách ghép cột trước.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/merge_dialog.py" line="+47"/>
        <source>deals</source>
        <translation>cơ hội</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>activities</source>
        <translation>hoạt động</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>quotes</source>
        <translation>báo giá</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>care cases</source>
        <translation>yêu cầu chăm sóc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contacts</source>
        <translation>liên hệ</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Merge contacts</source>
        <translation>Gộp liên hệ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Merge accounts</source>
        <translation>Gộp công ty</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose the record to keep and, in each row, the value it should have. Phones, e-mails and tags of all records are kept; deals, activities, quotes and care cases move to the kept record.</source>
        <translation>Chọn bản ghi cần giữ lại và, ở mỗi dòng, giá trị mà bản ghi đó sẽ có. Số điện thoại, e-mail và thẻ của mọi bản ghi đều được giữ; cơ hội, hoạt động, báo giá và yêu cầu chăm sóc được chuyển sang bản ghi giữ lại.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Loading…</source>
        <translation>Đang tải…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Merge</source>
        <translation>&amp;Gộp</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Undo merge</source>
        <translation>&amp;Hoàn tác gộp</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Phones</source>
        <translation>Số điện thoại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mails</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Thẻ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History</source>
        <translation>Lịch sử</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keep this record</source>
        <translation>Giữ bản ghi này</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Keep</source>
        <translation>Giữ</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Không</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Merge {count} record(s) into “{name}”? The others are removed; you can undo the merge afterwards.</source>
        <translation>Gộp {count} bản ghi vào “{name}”? Các bản ghi kia sẽ bị xóa; bạn có thể hoàn tác việc gộp sau đó.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Merge</source>
        <translation>Gộp</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+91"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>Merging…</source>
        <translation>Đang gộp…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Merged. Moved to the kept record: {moved}.</source>
        <translation>Đã gộp. Đã chuyển sang bản ghi giữ lại: {moved}.</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+57"/>
        <source>The merge was undone.</source>
        <translation>Đã hoàn tác việc gộp.</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>There is no merge to undo.</source>
        <translation>Không có lần gộp nào để hoàn tác.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Undo the merge of {count} record(s) into “{name}” of {when}?</source>
        <translation>Hoàn tác việc gộp {count} bản ghi vào “{name}” lúc {when}?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Undo merge</source>
        <translation>Hoàn tác gộp</translation>
    </message>
</context>
<context>
    <name>MoveToDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/dialogs.py" line="+14"/>
        <source>Move “{title}” to…</source>
        <translation>Chuyển “{title}” sang…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Choose a stage.</source>
        <translation>Hãy chọn một giai đoạn.</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/care/dialogs.py" line="+65"/>
        <source>New care case</source>
        <translation>Yêu cầu chăm sóc mới</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Type a company or a person</source>
        <translation>Gõ tên công ty hoặc người</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>(nobody)</source>
        <translation>(không ai)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Customer:</source>
        <translation>Khách hàng:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject:</source>
        <translation>Tiêu đề:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category:</source>
        <translation>Loại:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel:</source>
        <translation>Kênh:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority:</source>
        <translation>Mức ưu tiên:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner:</source>
        <translation>Người phụ trách:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description:</source>
        <translation>Mô tả:</translation>
    </message>
</context>
<context>
    <name>NewTaskDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/today/dialogs.py" line="+26"/>
        <source>New task</source>
        <translation>Việc cần làm mới</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Subject:</source>
        <translation>&amp;Nội dung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Customer:</source>
        <translation>&amp;Khách hàng:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Due:</source>
        <translation>&amp;Hạn:</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <location filename="../../desktop_crm/ui/pages/base.py" line="+92"/>
        <source>Loading…</source>
        <translation>Đang tải…</translation>
    </message>
</context>
<context>
    <name>PipelinePage</name>
    <message>
        <location filename="../../desktop_crm/ui/pages/pipeline.py" line="+33"/>
        <source>Pipeline</source>
        <translation>Phễu bán hàng</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{name}”: its stages and the chance of winning a deal at each</source>
        <translation>“{name}”: các giai đoạn và khả năng chốt được cơ hội ở mỗi giai đoạn</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%Ln open deal(s)</source>
        <translation>
            <numerusform>%Ln cơ hội đang mở</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No open deals yet.</source>
        <translation>Chưa có cơ hội nào đang mở.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>{amount} in %Ln deal(s)</source>
        <translation>
            <numerusform>{amount} trong %Ln cơ hội</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/board.py" line="+445"/>
        <source>All owners</source>
        <translation>Mọi người phụ trách</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Any close date</source>
        <translation>Mọi ngày chốt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closing this month</source>
        <translation>Chốt trong tháng này</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closing this quarter</source>
        <translation>Chốt trong quý này</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close date passed</source>
        <translation>Đã quá ngày chốt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closing between…</source>
        <translation>Chốt trong khoảng…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filter by title or customer</source>
        <translation>Lọc theo tiêu đề hoặc khách hàng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List</source>
        <translation>Danh sách</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the deals as a sortable list</source>
        <translation>Hiện giao dịch dạng danh sách có thể sắp xếp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move to…</source>
        <translation>Chuyển sang…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move the selected deal (Ctrl+M; Ctrl+Right and Ctrl+Left: next, previous)</source>
        <translation>Chuyển giao dịch đang chọn (Ctrl+M; Ctrl+Phải và Ctrl+Trái: giai đoạn sau, trước)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New deal</source>
        <translation>Giao dịch mới</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make a new deal (Ctrl+D)</source>
        <translation>Tạo giao dịch mới (Ctrl+D)</translation>
    </message>
    <message>
        <location line="+174"/>
        <source>Select a deal first.</source>
        <translation>Hãy chọn một giao dịch trước.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>“{title}” moved to {stage}.</source>
        <translation>Đã chuyển “{title}” sang {stage}.</translation>
    </message>
</context>
<context>
    <name>PipelineSettingsBox</name>
    <message>
        <location filename="../../desktop_crm/ui/settings_pipeline.py" line="+206"/>
        <source>Pipelines and stages</source>
        <translation>Quy trình và giai đoạn bán hàng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Pipeline:</source>
        <translation>&amp;Quy trình:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use for new deals</source>
        <translation>Dùng cho cơ hội mới</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of a new pipeline</source>
        <translation>Tên quy trình mới</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add pipeline</source>
        <translation>Thêm quy trình</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stage</source>
        <translation>Giai đoạn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Win probability %</source>
        <translation>Xác suất thành công %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rotting after (days)</source>
        <translation>Tồn đọng sau (ngày)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deals</source>
        <translation>Cơ hội</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name of a new stage</source>
        <translation>Tên giai đoạn mới</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add stage</source>
        <translation>Thêm giai đoạn</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>Move up</source>
        <translation>Chuyển lên</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+12"/>
        <source>Move down</source>
        <translation>Chuyển xuống</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Remove stage...</source>
        <translation>Xóa giai đoạn...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Double-click or press F2 to edit a cell. Ctrl+Up and Ctrl+Down move the stage; Delete removes it.</source>
        <translation>Nhấp đúp hoặc nhấn F2 để sửa một ô. Ctrl+Lên và Ctrl+Xuống để di chuyển giai đoạn; Delete để xóa.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Lost reasons:</source>
        <translation>&amp;Lý do thất bại:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new lost reason</source>
        <translation>Lý do thất bại mới</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add reason</source>
        <translation>Thêm lý do</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open</source>
        <translation>Đang mở</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Won</source>
        <translation>Thành công</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost</source>
        <translation>Thất bại</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>{name} (for new deals)</source>
        <translation>{name} (cho cơ hội mới)</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>No longer offered when a deal is lost.</source>
        <translation>Không còn được đề xuất khi một cơ hội thất bại.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Offer again</source>
        <translation>Dùng lại</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deactivate</source>
        <translation>Ngừng dùng</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>The stage &apos;{name}&apos; holds {count} deals. Where should they go before it is removed?</source>
        <translation>Giai đoạn &apos;{name}&apos; đang có {count} cơ hội. Chuyển chúng sang đâu trước khi xóa?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each move is kept in the deal&apos;s stage history. Only stages of the same kind are offered, so the deals keep their status.</source>
        <translation>Mỗi lần chuyển được lưu trong lịch sử giai đoạn của cơ hội. Chỉ các giai đoạn cùng loại được đề xuất, để các cơ hội giữ nguyên trạng thái.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Remove the stage &apos;{name}&apos;? It holds no deals.</source>
        <translation>Xóa giai đoạn &apos;{name}&apos;? Giai đoạn này không có cơ hội nào.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep</source>
        <translation>Giữ lại</translation>
    </message>
</context>
<context>
    <name>PolicyPage</name>
    <message>
        <location filename="../../desktop_crm/ui/import_wizard.py" line="+121"/>
        <source>People who are already there</source>
        <translation>Những người đã có sẵn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A row is a duplicate when its phone or e-mail is already known, or the same name works at the same company, in the database or higher up in the file.</source>
        <translation>Một dòng là trùng khi số điện thoại hoặc email đã có, hoặc cùng tên làm ở cùng công ty, trong cơ sở dữ liệu hoặc ở dòng phía trên trong tệp.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Skip them (keep what is there)</source>
        <translation>&amp;Bỏ qua (giữ nguyên dữ liệu đang có)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Update them with the file&apos;s values</source>
        <translation>&amp;Cập nhật bằng giá trị trong tệp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Create new contacts anyway</source>
        <translation>&amp;Vẫn tạo liên hệ mới</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Stop the import</source>
        <translation>&amp;Dừng nhập</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Import</source>
        <translation>&amp;Nhập</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Tiếp &gt;</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Importing…</source>
        <translation>Đang nhập…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Importing row {done} of {total}…</source>
        <translation>Đang nhập dòng {done} / {total}…</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location line="-192"/>
        <source>Preview</source>
        <translation>Xem trước</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rows with a problem are marked and not imported; you can save them to a file at the end, fix them and import that file.</source>
        <translation>Các dòng có lỗi được đánh dấu và không được nhập; cuối cùng bạn có thể lưu chúng ra tệp, sửa lại rồi nhập tệp đó.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Row</source>
        <translation>Dòng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>Công ty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phones</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mails</source>
        <translation>Email</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem</source>
        <translation>Lỗi</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show only rows with a &amp;problem</source>
        <translation>Chỉ hiện các dòng có &amp;lỗi</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reading the rows…</source>
        <translation>Đang đọc các dòng…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{total} data rows: {ok} ready, {problems} with a problem, {empty} empty.</source>
        <translation>{total} dòng dữ liệu: {ok} sẵn sàng, {problems} có lỗi, {empty} trống.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The first {shown} are listed.</source>
        <translation>Chỉ liệt kê {shown} dòng đầu.</translation>
    </message>
</context>
<context>
    <name>ProductDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/catalogue/form.py" line="+99"/>
        <source>Edit product</source>
        <translation>Sửa mặt hàng</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New product</source>
        <translation>Mặt hàng mới</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;Active (offered on new quotes)</source>
        <translation>Đang &amp;bán (có trong báo giá mới)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Code:</source>
        <translation>&amp;Mã hàng:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Tên hàng:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Description:</source>
        <translation>Mô t&amp;ả:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Unit:</source>
        <translation>&amp;Đơn vị tính:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit &amp;price:</source>
        <translation>Đơn &amp;giá:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;rrency:</source>
        <translation>Tiền t&amp;ệ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;VAT:</source>
        <translation>Th&amp;uế GTGT:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>QuoteEditorPage</name>
    <message>
        <location filename="../../desktop_crm/ui/quote_editor/page.py" line="+321"/>
        <source>Quote {number}</source>
        <translation>Báo giá {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New quote</source>
        <translation>Báo giá mới</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>← Back</source>
        <translation>← Quay lại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to where you were (Alt+Left)</source>
        <translation>Quay lại chỗ trước (Alt+Trái)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Customer:</source>
        <translation>Khách hàng:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;urrency:</source>
        <translation>Tiền &amp;tệ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lan&amp;guage of the quote:</source>
        <translation>&amp;Ngôn ngữ báo giá:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Issue date:</source>
        <translation>Ngày &amp;lập:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Valid until:</source>
        <translation>&amp;Hiệu lực đến:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Payment terms:</source>
        <translation>Điều kiện &amp;thanh toán:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;elivery terms:</source>
        <translation>Điều kiện &amp;giao hàng:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Notes:</source>
        <translation>Ghi &amp;chú:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quote &amp;discount %:</source>
        <translation>&amp;Chiết khấu báo giá %:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type a customer&apos;s name…</source>
        <translation>Gõ tên khách hàng…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Diễn giải</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>ĐVT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qty</source>
        <translation>SL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit price</source>
        <translation>Đơn giá</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disc %</source>
        <translation>CK %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAT %</source>
        <translation>Thuế GTGT %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Thành tiền</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAT</source>
        <translation>Tiền thuế</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Subtotal:</source>
        <translation>Cộng tiền hàng:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discount:</source>
        <translation>Chiết khấu:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total before VAT:</source>
        <translation>Tổng trước thuế:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAT:</source>
        <translation>Thuế GTGT:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grand total:</source>
        <translation>Tổng cộng thanh toán:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Versions</source>
        <translation>Các phiên bản</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the latest version</source>
        <translation>Mở phiên bản mới nhất</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save (Ctrl+S)</source>
        <translation>&amp;Lưu (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark as se&amp;nt</source>
        <translation>Đánh dấu đã &amp;gửi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Accept</source>
        <translation>&amp;Chấp nhận</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;ject</source>
        <translation>&amp;Từ chối</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Revise</source>
        <translation>Sửa đổi (&amp;phiên bản mới)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete draft</source>
        <translation>Xoá bản nháp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export PDF…</source>
        <translation>Xuất PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export Excel…</source>
        <translation>Xuất Excel…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open PDF</source>
        <translation>Mở PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>v{version} · {status} · {date} · {total}</source>
        <translation>v{version} · {status} · {date} · {total}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Version {version} was revised — read-only</source>
        <translation>Phiên bản {version} đã được sửa đổi — chỉ xem</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Draft</source>
        <translation>Nháp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent</source>
        <translation>Đã gửi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted</source>
        <translation>Đã chấp nhận</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>Bị từ chối</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expired</source>
        <translation>Hết hiệu lực</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>{rate} %: {amount}</source>
        <translation>{rate} %: {amount}</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The quote was not saved.</source>
        <translation>Báo giá chưa được lưu.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Mark the deal won?</source>
        <translation>Đánh dấu cơ hội là đã thắng?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark won</source>
        <translation>Đánh dấu thắng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep it open</source>
        <translation>Để tiếp tục mở</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Delete the draft quote {number}?</source>
        <translation>Xoá báo giá nháp {number}?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Xoá</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep it</source>
        <translation>Giữ lại</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>From version {old} to version {new}:</source>
        <translation>Từ phiên bản {old} sang phiên bản {new}:</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Export the quote as PDF</source>
        <translation>Xuất báo giá ra PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export the quote as Excel</source>
        <translation>Xuất báo giá ra Excel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Bảng tính Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The quote was written to {path}</source>
        <translation>Đã ghi báo giá vào {path}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The PDF {path} could not be opened here.</source>
        <translation>Không mở được tệp PDF {path} trên máy này.</translation>
    </message>
</context>
<context>
    <name>QuoteSettingsBox</name>
    <message>
        <location filename="../../desktop_crm/ui/settings_quotes.py" line="+130"/>
        <source>Quotes</source>
        <translation>Báo giá</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number &amp;pattern:</source>
        <translation>&amp;Mẫu số báo giá:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next number:</source>
        <translation>Số tiếp theo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Valid for:</source>
        <translation>Hiệu &amp;lực:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pa&amp;yment terms:</source>
        <translation>Điều kiện &amp;thanh toán:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delivery terms:</source>
        <translation>Điều kiện &amp;giao hàng:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;otes:</source>
        <translation>Ghi &amp;chú:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> days</source>
        <translation> ngày</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{year}, {yy}, {month}, {seq} (or {seq:04} for four digits) and {device}</source>
        <translation>{year}, {yy}, {month}, {seq} (hoặc {seq:04} cho bốn chữ số) và {device}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use {year}, {yy}, {month} and one {seq} (such as {seq:04}). A short code of this laptop is added at the end unless you place {device} yourself: each laptop numbers its quotes without a connection, and the code keeps two laptops from ever giving the same number.</source>
        <translation>Dùng {year}, {yy}, {month} và đúng một {seq} (ví dụ {seq:04}). Một mã ngắn của máy này được thêm vào cuối, trừ khi bạn tự đặt {device}: mỗi máy tự đánh số báo giá khi không có mạng, và mã này giúp hai máy không bao giờ cấp trùng một số.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save quote settings</source>
        <translation>Lưu cài đặt báo giá</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Saved.</source>
        <translation>Đã lưu.</translation>
    </message>
</context>
<context>
    <name>QuotesPage</name>
    <message>
        <location filename="../../desktop_crm/ui/pages/quotes.py" line="+374"/>
        <source>Quotes</source>
        <translation>Báo giá</translation>
    </message>
    <message>
        <location line="-310"/>
        <source>Draft</source>
        <translation>Nháp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent</source>
        <translation>Đã gửi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted</source>
        <translation>Được chấp nhận</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>Bị từ chối</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expired</source>
        <translation>Hết hạn</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Number</source>
        <translation>Số</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>Khách hàng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deal</source>
        <translation>Cơ hội</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issue date</source>
        <translation>Ngày lập</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid until</source>
        <translation>Hiệu lực đến</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>Tổng cộng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Người phụ trách</translation>
    </message>
    <message>
        <location line="+156"/>
        <source>Valid only until {date}: follow up now.</source>
        <translation>Chỉ còn hiệu lực đến {date}: hãy liên hệ lại ngay.</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>All statuses</source>
        <translation>Mọi trạng thái</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search by number or customer</source>
        <translation>Tìm theo số hoặc khách hàng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show earlier versions</source>
        <translation>Hiện cả các phiên bản trước</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New quote</source>
        <translation>&amp;Báo giá mới</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product &amp;catalogue…</source>
        <translation>&amp;Danh mục hàng hóa…</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%Ln quote(s)</source>
        <translation>
            <numerusform>%Ln báo giá</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln product(s) in the catalogue</source>
        <translation>
            <numerusform>%Ln sản phẩm trong danh mục</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%Ln quote(s) shown</source>
        <translation>
            <numerusform>Đang hiện %Ln báo giá</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordListPage</name>
    <message>
        <location filename="../../desktop_crm/ui/contacts/list_page.py" line="-481"/>
        <source>Has an open deal</source>
        <translation>Có cơ hội đang mở</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not contacted for</source>
        <translation>Chưa liên hệ trong</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>days</source>
        <translation>ngày</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved filters:</source>
        <translation>Bộ lọc đã lưu:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name this filter</source>
        <translation>Đặt tên bộ lọc</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save filter</source>
        <translation>Lưu bộ lọc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear filters</source>
        <translation>Bỏ lọc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export what is shown…</source>
        <translation>Xuất những gì đang hiện…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+435"/>
        <source>Apply care plan…</source>
        <translation>Áp dụng kế hoạch chăm sóc…</translation>
    </message>
    <message>
        <location line="-433"/>
        <source>Create the care plan&apos;s tasks for the selected rows</source>
        <translation>Tạo các việc của kế hoạch chăm sóc cho các dòng đã chọn</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Any owner</source>
        <translation>Mọi người phụ trách</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Any tag</source>
        <translation>Mọi nhãn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Any province</source>
        <translation>Mọi tỉnh/thành</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Any stage</source>
        <translation>Mọi giai đoạn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Any segment</source>
        <translation>Mọi phân khúc</translation>
    </message>
    <message>
        <location line="+163"/>
        <source>Export what is shown</source>
        <translation>Xuất những gì đang hiện</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
        <translation>Tệp Excel (*.xlsx);;Tệp CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Rows written</source>
        <translation>Số dòng đã ghi</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Exporting to {path}…</source>
        <translation>Đang xuất ra {path}…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{count} rows written to {path}</source>
        <translation>Đã ghi {count} dòng vào {path}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export cancelled; no file written.</source>
        <translation>Đã hủy xuất; không ghi tệp nào.</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>Choose a customer first.</source>
        <translation>Hãy chọn một khách hàng trước.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Activity logged.</source>
        <translation>Đã ghi hoạt động.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Choose one or more customers first.</source>
        <translation>Hãy chọn trước một hoặc nhiều khách hàng.</translation>
    </message>
</context>
<context>
    <name>ReminderNotifier</name>
    <message>
        <location filename="../../desktop_crm/ui/reminders.py" line="+240"/>
        <source>Fell due while the program was closed: {count}</source>
        <translation>Đến hạn khi chương trình đang đóng: {count}</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Due now: {count}</source>
        <translation>Đến hạn bây giờ: {count}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{subject} — {customer}, due {time}</source>
        <translation>{subject} — {customer}, hạn {time}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>and {count} more</source>
        <translation>và {count} việc khác</translation>
    </message>
</context>
<context>
    <name>ReminderPanel</name>
    <message>
        <location line="-193"/>
        <source>Reminders</source>
        <translation>Nhắc việc</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>ReminderRow</name>
    <message>
        <location line="-52"/>
        <source>Snooze 10 min</source>
        <translation>Hoãn 10 phút</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Snooze 1 hour</source>
        <translation>Hoãn 1 giờ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tomorrow</source>
        <translation>Ngày mai</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark done</source>
        <translation>Đánh dấu đã xong</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{subject} — {customer}, due {time}</source>
        <translation>{subject} — {customer}, hạn {time}</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../desktop_crm/ui/pages/reports.py" line="+17"/>
        <source>Reports</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This version has no reports yet. The figures on the other pages are counted from your own database when the window opens; Go &gt; Refresh figures counts them again.</source>
        <translation>Phiên bản này chưa có báo cáo. Số liệu ở các trang khác được đếm từ chính cơ sở dữ liệu của bạn khi mở cửa sổ; chọn Đi tới &gt; Cập nhật số liệu để đếm lại.</translation>
    </message>
</context>
<context>
    <name>ResolveDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/care/dialogs.py" line="+125"/>
        <source>Resolve the case</source>
        <translation>Giải quyết yêu cầu</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <location line="+1"/>
        <source>%n of 5</source>
        <translation>
            <numerusform>%n trên 5</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not asked</source>
        <translation>Chưa hỏi</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Customer satisfaction:</source>
        <translation>Mức hài lòng của khách:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment:</source>
        <translation>Nhận xét:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Resolve</source>
        <translation>Giải quyết xong</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How satisfied is the customer with the solution?</source>
        <translation>Khách hàng hài lòng với cách giải quyết đến mức nào?</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <location filename="../../desktop_crm/ui/import_wizard.py" line="+149"/>
        <source>Done</source>
        <translation>Xong</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Row</source>
        <translation>Dòng</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why it was not imported</source>
        <translation>Lý do không nhập</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Save rejected rows…</source>
        <translation>&amp;Lưu các dòng bị từ chối…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Undo this import</source>
        <translation>&amp;Hoàn tác lần nhập này</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{created} contacts created, {updated} updated.</source>
        <translation>Đã tạo {created} liên hệ, cập nhật {updated}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} duplicates left as they were.</source>
        <translation>{count} dòng trùng được giữ nguyên.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} rows not imported (listed below).</source>
        <translation>{count} dòng không được nhập (liệt kê bên dưới).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} empty rows skipped.</source>
        <translation>Bỏ qua {count} dòng trống.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{count} companies created.</source>
        <translation>Đã tạo {count} công ty.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>rejected</source>
        <translation>bi-tu-choi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save rejected rows</source>
        <translation>Lưu các dòng bị từ chối</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>Tệp CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The file {path} could not be written: {reason}</source>
        <translation>Không ghi được tệp {path}: {reason}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{count} rows saved to {path}.</source>
        <translation>Đã lưu {count} dòng vào {path}.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The import was undone: {removed} contacts removed, {restored} restored.</source>
        <translation>Đã hoàn tác lần nhập: xóa {removed} liên hệ, khôi phục {restored} liên hệ.</translation>
    </message>
</context>
<context>
    <name>SearchPopup</name>
    <message>
        <location filename="../../desktop_crm/ui/search_box.py" line="+117"/>
        <source>&amp;Search…</source>
        <translation>&amp;Tìm kiếm…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find contacts, companies, deals and quotes (Ctrl+K)</source>
        <translation>Tìm liên hệ, công ty, cơ hội và báo giá (Ctrl+K)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name, phone, e-mail, tax code or company — diacritics optional</source>
        <translation>Tên, số điện thoại, e-mail, mã số thuế hoặc công ty — gõ có dấu hay không dấu đều được</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The search index is being built; results will be complete soon.</source>
        <translation>Đang xây dựng chỉ mục tìm kiếm; kết quả sẽ sớm đầy đủ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type a name, a phone number, an e-mail, a tax code or a company.</source>
        <translation>Nhập tên, số điện thoại, e-mail, mã số thuế hoặc tên công ty.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing found for “{query}”.</source>
        <translation>Không tìm thấy kết quả nào cho “{query}”.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Contact</source>
        <translation>Liên hệ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>Công ty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deal</source>
        <translation>Cơ hội</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quote</source>
        <translation>Báo giá</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>version {n}</source>
        <translation>phiên bản {n}</translation>
    </message>
</context>
<context>
    <name>SegmentBox</name>
    <message>
        <location filename="../../desktop_crm/ui/segments.py" line="+129"/>
        <location line="+33"/>
        <source>Segment</source>
        <translation>Phân khúc</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not computed yet: Tools &gt; Recompute segments works it out.</source>
        <translation>Chưa tính: Công cụ &gt; Tính lại phân khúc sẽ tính.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Care group:</source>
        <translation>Nhóm chăm sóc:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why:</source>
        <translation>Lý do:</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+9"/>
        <source>RFM:</source>
        <translation>RFM:</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>R {r} · F {f} · M {m} — {segment}</source>
        <translation>R {r} · F {f} · M {m} — {segment}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No purchase yet</source>
        <translation>Chưa mua lần nào</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Value tier:</source>
        <translation>Hạng giá trị:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tier {tier}</source>
        <translation>Hạng {tier}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>None</source>
        <translation>Không có</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At risk: usually buys every {days} days</source>
        <translation>Có nguy cơ: thường mua mỗi {days} ngày</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No; usually buys every {days} days</source>
        <translation>Không; thường mua mỗi {days} ngày</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No</source>
        <translation>Không</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Churn risk:</source>
        <translation>Nguy cơ rời bỏ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lifetime value so far:</source>
        <translation>Giá trị vòng đời đến nay:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Projected value:</source>
        <translation>Giá trị dự kiến:</translation>
    </message>
</context>
<context>
    <name>SegmentPlansBox</name>
    <message>
        <location filename="../../desktop_crm/ui/settings_segment_plans.py" line="+94"/>
        <source>Care plans per segment</source>
        <translation>Kế hoạch chăm sóc theo phân khúc</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With &apos;Apply care plan…&apos; in the Contacts and Accounts lists these steps become tasks due today at 9:00, at most once per period of N days for each customer.</source>
        <translation>Với &apos;Áp dụng kế hoạch chăm sóc…&apos; trong danh sách Liên hệ và Công ty, các bước này trở thành việc đến hạn lúc 9:00 hôm nay, mỗi khách hàng nhiều nhất một lần trong mỗi chu kỳ N ngày.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+36"/>
        <source>Segment</source>
        <translation>Phân khúc</translation>
    </message>
    <message>
        <location line="-36"/>
        <location line="+42"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location line="-42"/>
        <location line="+48"/>
        <source>Every N days</source>
        <translation>Mỗi N ngày</translation>
    </message>
    <message>
        <location line="-48"/>
        <location line="+51"/>
        <source>What to do</source>
        <translation>Việc cần làm</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Add step</source>
        <translation>Thêm bước</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove step</source>
        <translation>Xóa bước</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save care plans</source>
        <translation>Lưu kế hoạch chăm sóc</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>Saved.</source>
        <translation>Đã lưu.</translation>
    </message>
</context>
<context>
    <name>SegmentSettingsBox</name>
    <message>
        <location filename="../../desktop_crm/ui/settings_segments.py" line="+128"/>
        <source>Customer segments</source>
        <translation>Phân khúc khách hàng</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How the program sorts customers into care groups, value tiers and churn risk. A purchase is a won deal or an accepted quote. Saving recomputes every customer&apos;s segment.</source>
        <translation>Cách chương trình xếp khách hàng vào nhóm chăm sóc, hạng giá trị và nguy cơ rời bỏ. Một lần mua là một cơ hội đã thắng hoặc một báo giá được chấp nhận. Khi lưu, phân khúc của mọi khách hàng được tính lại.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> days</source>
        <translation> ngày</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> purchases</source>
        <translation> lần mua</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Loyalty window:</source>
        <translation>Khoảng xét trung thành:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purchases within this many days count towards loyalty.</source>
        <translation>Các lần mua trong số ngày này được tính cho mức trung thành.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Loyal from:</source>
        <translation>Trung thành từ:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A customer with at least this many purchases in the window is loyal (when satisfied).</source>
        <translation>Khách hàng mua ít nhất số lần này trong khoảng thời gian trên là khách trung thành (khi hài lòng).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Satisfaction of the loyal:</source>
        <translation>Mức hài lòng của khách trung thành:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The mean CSAT (1-5) a loyal customer needs; without any score it does not count against them.</source>
        <translation>Điểm CSAT trung bình (1-5) mà khách trung thành cần đạt; nếu chưa có điểm nào thì không bị tính là thiếu.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New for:</source>
        <translation>Là khách mới trong:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A customer whose first purchase, or without a purchase whose record, is this recent is new.</source>
        <translation>Khách hàng có lần mua đầu tiên (hoặc, nếu chưa mua, được tạo) trong khoảng này là khách mới.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Engaged within:</source>
        <translation>Có tương tác trong:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An activity done this recently, an open deal or a sent quote makes a customer potential.</source>
        <translation>Một hoạt động đã làm trong khoảng này, một cơ hội đang mở hoặc một báo giá đã gửi khiến khách hàng thành khách tiềm năng.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tier A up to:</source>
        <translation>Hạng A đến:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The biggest customers that together bring this share of the revenue are tier A.</source>
        <translation>Những khách hàng lớn nhất cùng mang lại tỷ lệ doanh thu này là hạng A.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tier B up to:</source>
        <translation>Hạng B đến:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The next ones up to this share are tier B; the rest tier C.</source>
        <translation>Những khách tiếp theo đến tỷ lệ này là hạng B; còn lại là hạng C.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Churn risk after:</source>
        <translation>Nguy cơ rời bỏ sau:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A customer is at risk when the time since the last purchase is longer than this many times their usual interval between purchases.</source>
        <translation>Khách hàng có nguy cơ rời bỏ khi thời gian từ lần mua cuối dài hơn số lần này nhân với khoảng cách thường lệ giữa hai lần mua của họ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> × usual interval</source>
        <translation> × khoảng cách thường lệ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Churn risk needs:</source>
        <translation>Nguy cơ rời bỏ cần:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only customers with this many purchases have a usual interval.</source>
        <translation>Chỉ khách hàng có từ số lần mua này mới có khoảng cách mua thường lệ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Projection over:</source>
        <translation>Dự kiến trong:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Projected value = average purchase × purchases a year × these years, halved at churn risk.</source>
        <translation>Giá trị dự kiến = giá trị trung bình mỗi lần mua × số lần mua mỗi năm × số năm này, giảm một nửa khi có nguy cơ rời bỏ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> years</source>
        <translation> năm</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save and recompute</source>
        <translation>Lưu và tính lại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default rules</source>
        <translation>Quy tắc mặc định</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Saved; recomputing the segments.</source>
        <translation>Đã lưu; đang tính lại phân khúc.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../desktop_crm/ui/pages/settings.py" line="+187"/>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Company profile (printed on quotes)</source>
        <translation>Thông tin công ty (in trên báo giá)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save the company profile ({shortcut})</source>
        <translation>Lưu thông tin công ty ({shortcut})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language and user of this laptop</source>
        <translation>Ngôn ngữ và người dùng máy này</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;I am:</source>
        <translation>&amp;Tôi là:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(not chosen)</source>
        <translation>(chưa chọn)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The window changes language at once. What you typed yourself, such as the names of the pipeline&apos;s stages, stays as you wrote it.</source>
        <translation>Giao diện đổi ngôn ngữ ngay lập tức. Những gì bạn tự nhập, chẳng hạn tên các giai đoạn trong phễu bán hàng, vẫn giữ nguyên như bạn đã viết.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Data on this computer</source>
        <translation>Dữ liệu trên máy này</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data folder:</source>
        <translation>Thư mục dữ liệu:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database file:</source>
        <translation>Tệp cơ sở dữ liệu:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup folder:</source>
        <translation>Thư mục sao lưu:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log file:</source>
        <translation>Tệp nhật ký:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Automatic backups, newest first (one a day at start, the last seven are kept):</source>
        <translation>Bản sao lưu tự động, mới nhất ở trên (mỗi ngày một bản khi khởi động, giữ lại bảy bản gần nhất):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Back up now</source>
        <translation>Sao lưu ngay</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open data folder</source>
        <translation>Mở thư mục dữ liệu</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Saved.</source>
        <translation>Đã lưu.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>{name}  ({size} kB)</source>
        <translation>{name}  ({size} kB)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No automatic backup yet.</source>
        <translation>Chưa có bản sao lưu tự động nào.</translation>
    </message>
</context>
<context>
    <name>StageColumnWidget</name>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/pipeline/board.py" line="-434"/>
        <source>%n deal(s)</source>
        <translation>
            <numerusform>%n giao dịch</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{total} (weighted {weighted})</source>
        <translation>{total} (theo xác suất {weighted})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Deals closed in the chosen period</source>
        <translation>Giao dịch đã kết thúc trong khoảng thời gian đã chọn</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <location filename="../../desktop_crm/ui/contacts/models.py" line="+308"/>
        <source>due {date}</source>
        <translation>hạn {date}</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../../desktop_crm/ui/today/page.py" line="+89"/>
        <source>Today</source>
        <translation>Hôm nay</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Log a &amp;call…</source>
        <translation>Ghi &amp;cuộc gọi…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New tas&amp;k…</source>
        <translation>Việc cần là&amp;m mới…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New &amp;deal…</source>
        <translation>Giao &amp;dịch mới…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Mark done</source>
        <translation>Đánh &amp;dấu đã xong</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark the selected activity done (Ctrl+Enter)</source>
        <translation>Đánh dấu hoạt động đang chọn là đã xong (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>Việc</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customer</source>
        <translation>Khách hàng</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When</source>
        <translation>Thời gian</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%Ln task(s) due today or overdue</source>
        <translation>
            <numerusform>%Ln việc đến hạn hôm nay hoặc đã quá hạn</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing is due today.</source>
        <translation>Hôm nay không có việc nào đến hạn.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due today</source>
        <translation>Đến hạn hôm nay</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deals closing this month</source>
        <translation>Giao dịch dự kiến chốt tháng này</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rotting deals</source>
        <translation>Giao dịch bị bỏ quên</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{days} days in {stage}</source>
        <translation>{days} ngày ở {stage}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Birthdays this week</source>
        <translation>Sinh nhật tuần này</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Log a call</source>
        <translation>Ghi cuộc gọi</translation>
    </message>
</context>
<context>
    <name>WonDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/dialogs.py" line="-76"/>
        <source>Deal won</source>
        <translation>Giao dịch thành công</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{title}” was won.</source>
        <translation>“{title}” đã thành công.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Final amount ({currency}):</source>
        <translation>Số tiền cuối cùng ({currency}):</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter the final amount as a number.</source>
        <translation>Hãy nhập số tiền cuối cùng bằng số.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An amount in {currency} has at most {decimals} decimals.</source>
        <translation>Số tiền bằng {currency} có tối đa {decimals} chữ số thập phân.</translation>
    </message>
</context>
<context>
    <name>application</name>
    <message>
        <location filename="../../desktop_crm/ui/application.py" line="+138"/>
        <source>Today&apos;s automatic backup was written.</source>
        <translation>Đã tạo bản sao lưu tự động hôm nay.</translation>
    </message>
</context>
<context>
    <name>care</name>
    <message>
        <location filename="../../desktop_crm/ui/care/labels.py" line="+14"/>
        <source>Question</source>
        <translation>Câu hỏi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaint</source>
        <translation>Khiếu nại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warranty</source>
        <translation>Bảo hành</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request</source>
        <translation>Yêu cầu</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Visit</source>
        <translation>Gặp trực tiếp</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Urgent</source>
        <translation>Khẩn cấp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High</source>
        <translation>Cao</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normal</source>
        <translation>Bình thường</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low</source>
        <translation>Thấp</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New</source>
        <translation>Mới</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <translation>Đang xử lý</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting on customer</source>
        <translation>Chờ khách hàng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved</source>
        <translation>Đã giải quyết</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Đã đóng</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>From the customer</source>
        <translation>Khách gửi đến</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To the customer</source>
        <translation>Gửi cho khách</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>overdue by %n min</source>
        <translation>quá hạn %n phút</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>overdue by %n d</source>
        <translation>quá hạn %n ngày</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>overdue by %n h</source>
        <translation>quá hạn %n giờ</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/care/models.py" line="+45"/>
        <source>Subject</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>Khách hàng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>Kênh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority</source>
        <translation>Ưu tiên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Phụ trách</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Hạn</translation>
    </message>
</context>
<context>
    <name>contacts</name>
    <message>
        <location filename="../../desktop_crm/ui/contacts/labels.py" line="+21"/>
        <source>Name</source>
        <translation>Họ tên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>Công ty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job title</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+28"/>
        <location line="+14"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Province</source>
        <translation>Tỉnh/thành</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage</source>
        <translation>Giai đoạn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Người phụ trách</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Nhãn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last contact</source>
        <translation>Liên hệ gần nhất</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open deals</source>
        <translation>Cơ hội đang mở</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>Ngày tạo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tax code</source>
        <translation>Mã số thuế</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Industry</source>
        <translation>Ngành nghề</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People</source>
        <translation>Nhân sự</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lead</source>
        <translation>Tiềm năng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prospect</source>
        <translation>Triển vọng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>Khách hàng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Former customer</source>
        <translation>Khách hàng cũ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Phone call</source>
        <translation>Gọi điện</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+9"/>
        <source>Visit</source>
        <translation>Thăm gặp</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Call</source>
        <translation>Cuộc gọi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting</source>
        <translation>Cuộc họp</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chat</source>
        <translation>Nhắn tin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task</source>
        <translation>Công việc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deal stage</source>
        <translation>Giai đoạn cơ hội</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quote sent</source>
        <translation>Đã gửi báo giá</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quote accepted</source>
        <translation>Báo giá được chấp nhận</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quote rejected</source>
        <translation>Báo giá bị từ chối</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Care case opened</source>
        <translation>Mở yêu cầu chăm sóc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Care case resolved</source>
        <translation>Đã xử lý yêu cầu chăm sóc</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <source>Record created</source>
        <translation>Tạo hồ sơ</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Deal changes</source>
        <translation>Thay đổi cơ hội</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quotes</source>
        <translation>Báo giá</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Care cases</source>
        <translation>Yêu cầu chăm sóc</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open</source>
        <translation>Đang mở</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Won</source>
        <translation>Thắng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost</source>
        <translation>Thua</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft</source>
        <translation>Nháp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent</source>
        <translation>Đã gửi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted</source>
        <translation>Đã chấp nhận</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>Bị từ chối</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expired</source>
        <translation>Hết hạn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New</source>
        <translation>Mới</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <translation>Đang xử lý</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting on customer</source>
        <translation>Chờ khách hàng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved</source>
        <translation>Đã xử lý</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Đã đóng</translation>
    </message>
</context>
<context>
    <name>duplicates</name>
    <message>
        <location filename="../../desktop_crm/services/duplicates.py" line="+86"/>
        <source>same phone {value}</source>
        <translation>cùng số điện thoại {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same e-mail {value}</source>
        <translation>cùng e-mail {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same phone {value}, but different names</source>
        <translation>cùng số điện thoại {value}, nhưng tên khác nhau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same e-mail {value}, but different names</source>
        <translation>cùng e-mail {value}, nhưng tên khác nhau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same tax code {value}</source>
        <translation>cùng mã số thuế {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>similar name {score} at the same company</source>
        <translation>tên giống nhau {score} trong cùng công ty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>similar name {score}</source>
        <translation>tên giống nhau {score}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>similar name {score}, in different provinces</source>
        <translation>tên giống nhau {score}, ở tỉnh khác nhau</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/merge.py" line="+62"/>
        <location line="+1"/>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job title</source>
        <translation>Chức danh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>Công ty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lifecycle stage</source>
        <translation>Giai đoạn khách hàng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Người phụ trách</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preferred channel</source>
        <translation>Kênh liên lạc ưa thích</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birthday</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marketing consent</source>
        <translation>Đồng ý nhận tiếp thị</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tax code</source>
        <translation>Mã số thuế</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Industry</source>
        <translation>Ngành nghề</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website</source>
        <translation>Trang web</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../desktop_crm/errors.py" line="+35"/>
        <source>The database {path} was written by a newer version of Desktop CRM (schema {revision}). Install the newer version to open it; the file has not been changed.</source>
        <translation>Cơ sở dữ liệu {path} được tạo bởi một phiên bản Desktop CRM mới hơn (lược đồ {revision}). Hãy cài phiên bản mới hơn để mở; tệp vẫn được giữ nguyên.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{path} is not a usable Desktop CRM database: {reason}</source>
        <translation>{path} không phải là cơ sở dữ liệu Desktop CRM dùng được: {reason}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The database {path} is damaged ({detail}). Nothing was changed. Restore a backup from {backup_dir} with &apos;desktop-crm db restore FILE&apos;.</source>
        <translation>Cơ sở dữ liệu {path} bị hỏng ({detail}). Chưa có gì bị thay đổi. Hãy khôi phục một bản sao lưu trong {backup_dir} bằng lệnh &apos;desktop-crm db restore TỆP&apos;.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot use the file {path}: {reason}</source>
        <translation>Không dùng được tệp {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/demo/builder.py" line="+114"/>
        <source>The database already holds {contacts} contacts, so no demo data was added. Create the demo data in a new, empty database, or choose to add it to the existing data.</source>
        <translation>Cơ sở dữ liệu đã có {contacts} liên hệ nên chưa thêm dữ liệu mẫu. Hãy tạo dữ liệu mẫu trong một cơ sở dữ liệu mới, còn trống, hoặc chọn thêm vào dữ liệu hiện có.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Creating the demo data was cancelled; nothing was added.</source>
        <translation>Đã hủy việc tạo dữ liệu mẫu; không có gì được thêm vào.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/catalogue_io.py" line="+91"/>
        <source>The catalogue import was cancelled; nothing was changed.</source>
        <translation>Đã hủy nhập danh mục hàng hóa; không có gì bị thay đổi.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the catalogue is saved as an .xlsx file</source>
        <translation>danh mục hàng hóa được lưu thành tệp .xlsx</translation>
    </message>
    <message>
        <location line="+24"/>
        <location filename="../../desktop_crm/services/importing/readers.py" line="+93"/>
        <location filename="../../desktop_crm/store/backup.py" line="+24"/>
        <location filename="../../desktop_crm/store/database.py" line="+88"/>
        <source>the file does not exist</source>
        <translation>tệp không tồn tại</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>it is not an Excel workbook (.xlsx)</source>
        <translation>đây không phải là tệp Excel (.xlsx)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{path}: no header row with the columns {missing} was found in the first {rows} rows (headers in English or Vietnamese, e.g. Code / Mã hàng, Name / Tên hàng, Unit price / Đơn giá).</source>
        <translation>{path}: không tìm thấy dòng tiêu đề có các cột {missing} trong {rows} dòng đầu (tiêu đề bằng tiếng Anh hoặc tiếng Việt, ví dụ Code / Mã hàng, Name / Tên hàng, Unit price / Đơn giá).</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>&apos;{value}&apos; is neither yes nor no.</source>
        <translation>&apos;{value}&apos; không phải là có hay không.</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>The code {sku} is already on row {row}.</source>
        <translation>Mã {sku} đã có ở dòng {row}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/importing/readers.py" line="+9"/>
        <source>old Excel files (.xls) cannot be read; save it as .xlsx or CSV</source>
        <translation>không đọc được tệp Excel cũ (.xls); hãy lưu lại dạng .xlsx hoặc CSV</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the file holds no rows</source>
        <translation>tệp không có dòng nào</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>it is an Excel file: give it the .xlsx ending</source>
        <translation>đây là tệp Excel: hãy đặt đuôi .xlsx</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>it is not a readable Excel file</source>
        <translation>đây không phải tệp Excel đọc được</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/store/database.py" line="+31"/>
        <source>it is not a Desktop CRM database</source>
        <translation>đây không phải là cơ sở dữ liệu của Desktop CRM</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/store/migrate.py" line="+79"/>
        <source>it holds tables but no Desktop CRM schema version</source>
        <translation>tệp có bảng dữ liệu nhưng không có phiên bản lược đồ của Desktop CRM</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/contact_rules.py" line="+44"/>
        <source>&apos;{value}&apos; is not a valid phone number</source>
        <translation>{value} không phải là số điện thoại hợp lệ</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>&apos;{value}&apos; is not a valid e-mail address</source>
        <translation>{value} không phải là địa chỉ e-mail hợp lệ</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&apos;{value}&apos; is not a valid tax code (10 digits, optionally -001 for a branch, or a 12-digit personal number)</source>
        <translation>{value} không phải là mã số thuế hợp lệ (10 chữ số, có thể thêm -001 cho chi nhánh, hoặc mã cá nhân 12 chữ số)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/contacts.py" line="+106"/>
        <source>The {what} {id} does not exist or was deleted.</source>
        <translation>{what} {id} không tồn tại hoặc đã bị xóa.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>contact</source>
        <translation>Liên hệ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>account</source>
        <translation>Công ty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>user</source>
        <translation>Người dùng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>product</source>
        <translation>sản phẩm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>quote</source>
        <translation>báo giá</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deal</source>
        <translation>cơ hội bán hàng</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/activities.py" line="+80"/>
        <location filename="../../desktop_crm/services/care_cases.py" line="+290"/>
        <location filename="../../desktop_crm/services/contacts.py" line="+51"/>
        <location filename="../../desktop_crm/services/deals.py" line="+124"/>
        <location filename="../../desktop_crm/services/pipeline_admin.py" line="+248"/>
        <source>&apos;{value}&apos; is not a valid choice</source>
        <translation>{value} không phải là lựa chọn hợp lệ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give the next step a date.</source>
        <translation>Hãy đặt ngày cho bước tiếp theo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say what the next step is.</source>
        <translation>Hãy ghi bước tiếp theo là gì.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Choose the customer of the activity.</source>
        <translation>Hãy chọn khách hàng của hoạt động.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/contacts.py" line="+67"/>
        <location line="+98"/>
        <location filename="../../desktop_crm/services/importing/mapping.py" line="+312"/>
        <source>A name is required.</source>
        <translation>Cần nhập tên.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/editor.py" line="-165"/>
        <source>Choose the company from the list, or leave the field empty.</source>
        <translation>Hãy chọn công ty trong danh sách, hoặc để trống ô này.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&apos;{value}&apos; is not a date (day/month/year)</source>
        <translation>&apos;{value}&apos; không phải là ngày (ngày/tháng/năm)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/exports/table_export.py" line="+39"/>
        <source>only .csv and .xlsx files can be written</source>
        <translation>chỉ ghi được tệp .csv và .xlsx</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/duplicates.py" line="-24"/>
        <source>The search for duplicates was cancelled.</source>
        <translation>Đã hủy việc tìm bản ghi trùng.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/importing/engine.py" line="+66"/>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>Đã hủy lần nhập; không có gì bị thay đổi.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no import left to undo.</source>
        <translation>Không còn lần nhập nào để hoàn tác.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The import of {file} cannot be undone: {count} of its contacts or companies were changed after it, and undoing it would lose those changes.</source>
        <translation>Không thể hoàn tác lần nhập {file}: {count} liên hệ hoặc công ty của nó đã bị sửa sau đó, hoàn tác sẽ làm mất các thay đổi này.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/importing/mapping.py" line="-9"/>
        <source>There is no saved column mapping named &apos;{name}&apos;.</source>
        <translation>Không có cách ghép cột nào đã lưu tên &apos;{name}&apos;.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/importing/problems.py" line="+10"/>
        <source>The row is empty.</source>
        <translation>Dòng trống.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The row has no name.</source>
        <translation>Dòng không có tên.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The row has {count} values but the header has only {columns} columns.</source>
        <translation>Dòng có {count} giá trị nhưng tiêu đề chỉ có {columns} cột.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;{value}&apos; is not a date (day/month/year).</source>
        <translation>&apos;{value}&apos; không phải là ngày (ngày/tháng/năm).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The date &apos;{value}&apos; has no year.</source>
        <translation>Ngày &apos;{value}&apos; không có năm.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The tax code {value} belongs to no known company and the row names none.</source>
        <translation>Mã số thuế {value} không thuộc công ty nào đã biết và dòng không ghi tên công ty.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/importing/rows.py" line="+36"/>
        <source>&apos;{value}&apos; is not a known country.</source>
        <translation>&apos;{value}&apos; không phải là quốc gia đã biết.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{value}&apos; is not a lifecycle stage (lead, prospect, customer, former).</source>
        <translation>&apos;{value}&apos; không phải là giai đoạn (lead, prospect, customer, former).</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/merge.py" line="+148"/>
        <location line="+75"/>
        <source>Choose at least two records to merge.</source>
        <translation>Hãy chọn ít nhất hai bản ghi để gộp.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The record that is kept cannot also be merged away.</source>
        <translation>Bản ghi được giữ lại không thể đồng thời bị gộp đi.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The value of {field} must come from one of the merged records.</source>
        <translation>Giá trị của {field} phải lấy từ một trong các bản ghi được gộp.</translation>
    </message>
    <message>
        <location line="+189"/>
        <source>This merge was already undone.</source>
        <translation>Lần gộp này đã được hoàn tác rồi.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This merge cannot be undone: {count} value(s) it wrote were changed since (for example {column} of a row in {table}). Undoing it now would overwrite those changes; correct the records by hand instead.</source>
        <translation>Không thể hoàn tác lần gộp này: {count} giá trị mà nó đã ghi đã bị thay đổi sau đó (ví dụ {column} của một dòng trong {table}). Hoàn tác bây giờ sẽ ghi đè những thay đổi đó; hãy sửa các bản ghi bằng tay.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/search.py" line="+108"/>
        <source>Building the search index was cancelled; the previous index was kept.</source>
        <translation>Việc xây dựng chỉ mục tìm kiếm đã bị hủy; chỉ mục trước đó được giữ nguyên.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/care_plan.py" line="+68"/>
        <source>A care plan has at most {limit} steps.</source>
        <translation>Kế hoạch chăm sóc có tối đa {limit} bước.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Step {number}: the days after the sale must be from 0 to {limit}.</source>
        <translation>Bước {number}: số ngày sau khi bán phải từ 0 đến {limit}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Step {number}: &apos;{value}&apos; is not a kind of activity.</source>
        <translation>Bước {number}: &apos;{value}&apos; không phải là một loại hoạt động.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Step {number}: say what is to be done.</source>
        <translation>Bước {number}: hãy ghi việc cần làm.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Step {number}: another step has the same kind of activity on the same day.</source>
        <translation>Bước {number}: một bước khác có cùng loại hoạt động vào cùng ngày.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/deal_view.py" line="+314"/>
        <source>The probability must be between 0 and 100%.</source>
        <translation>Xác suất phải từ 0 đến 100%.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Give the probability with at most 2 decimals.</source>
        <translation>Nhập xác suất với tối đa 2 chữ số thập phân.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/deals.py" line="+7"/>
        <source>&apos;{value}&apos; is not an amount.</source>
        <translation>&apos;{value}&apos; không phải là số tiền.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The amount cannot be negative.</source>
        <translation>Số tiền không được âm.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An amount in {currency} has at most {decimals} decimals.</source>
        <translation>Số tiền bằng {currency} có tối đa {decimals} chữ số thập phân.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The probability is a percentage from 0 to 100.</source>
        <translation>Xác suất là phần trăm từ 0 đến 100.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>A deal needs a title.</source>
        <translation>Giao dịch cần có tiêu đề.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/care_cases.py" line="-31"/>
        <source>A target is a whole number of hours from 1 to {limit}.</source>
        <translation>Thời hạn là số giờ nguyên từ 1 đến {limit}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The first response cannot be due after the resolution.</source>
        <translation>Hạn phản hồi đầu tiên không thể muộn hơn hạn giải quyết.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>A care case needs a subject.</source>
        <translation>Yêu cầu chăm sóc cần có tiêu đề.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location filename="../../desktop_crm/services/deals.py" line="+5"/>
        <source>Choose the customer: an account or a contact.</source>
        <translation>Hãy chọn khách hàng: một công ty hoặc một người liên hệ.</translation>
    </message>
    <message>
        <location line="+53"/>
        <location line="+91"/>
        <source>A closed case cannot be changed.</source>
        <translation>Yêu cầu đã đóng thì không thể thay đổi.</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>A case cannot move from &apos;{before}&apos; to &apos;{after}&apos;.</source>
        <translation>Yêu cầu không thể chuyển từ &apos;{before}&apos; sang &apos;{after}&apos;.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>This case is already resolved or closed.</source>
        <translation>Yêu cầu này đã được giải quyết hoặc đã đóng.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The satisfaction score is from 1 to 5 (or none).</source>
        <translation>Điểm hài lòng từ 1 đến 5 (hoặc bỏ trống).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Give the satisfaction score the comment goes with.</source>
        <translation>Hãy cho điểm hài lòng đi kèm nhận xét.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Write the message first.</source>
        <translation>Hãy viết nội dung tin nhắn trước.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/deals.py" line="+50"/>
        <source>A new deal starts in an open stage.</source>
        <translation>Giao dịch mới phải bắt đầu ở một giai đoạn đang mở.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>That stage belongs to another pipeline.</source>
        <translation>Giai đoạn đó thuộc quy trình bán hàng khác.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter the final amount of the deal.</source>
        <translation>Hãy nhập số tiền cuối cùng của giao dịch.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Say why the deal was lost.</source>
        <translation>Hãy cho biết lý do mất giao dịch.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/pipeline_admin.py" line="-149"/>
        <source>The name cannot be empty.</source>
        <translation>Tên không được để trống.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The name is too long: at most {limit} characters.</source>
        <translation>Tên quá dài: tối đa {limit} ký tự.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The win probability must be a number from 0 to 100, not &apos;{value}&apos;.</source>
        <translation>Xác suất thành công phải là một số từ 0 đến 100, không phải &apos;{value}&apos;.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The rotting limit must be from 1 to 3650 days, or empty for no limit.</source>
        <translation>Giới hạn tồn đọng phải từ 1 đến 3650 ngày, hoặc để trống nếu không giới hạn.</translation>
    </message>
    <message>
        <location line="+162"/>
        <source>The stage &apos;{name}&apos; cannot move further: it is already at the end.</source>
        <translation>Không thể di chuyển giai đoạn &apos;{name}&apos; thêm nữa: nó đã ở cuối.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The new order must list every stage of the pipeline once; reload the stages and try again.</source>
        <translation>Thứ tự mới phải liệt kê mỗi giai đoạn của quy trình đúng một lần; hãy tải lại các giai đoạn và thử lại.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>open</source>
        <translation>đang mở</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>won</source>
        <translation>thành công</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lost</source>
        <translation>thất bại</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The stage &apos;{name}&apos; cannot be removed: a pipeline needs at least one {kind} stage, and this is the last one.</source>
        <translation>Không thể xóa giai đoạn &apos;{name}&apos;: quy trình cần ít nhất một giai đoạn {kind}, và đây là giai đoạn cuối cùng.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The stage &apos;{name}&apos; still holds {count} deals. Choose the stage they move to before removing it.</source>
        <translation>Giai đoạn &apos;{name}&apos; vẫn còn {count} cơ hội bán hàng. Hãy chọn giai đoạn để chuyển chúng sang trước khi xóa.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The deals of &apos;{name}&apos; can only move to another stage of the same pipeline.</source>
        <translation>Các cơ hội của &apos;{name}&apos; chỉ có thể chuyển sang một giai đoạn khác trong cùng quy trình.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The deals of &apos;{name}&apos; can only move to another {kind} stage, so that they keep their status.</source>
        <translation>Các cơ hội của &apos;{name}&apos; chỉ có thể chuyển sang một giai đoạn {kind} khác, để giữ nguyên trạng thái.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>The lost reason &apos;{name}&apos; is already in the list.</source>
        <translation>Lý do thất bại &apos;{name}&apos; đã có trong danh sách.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The reason &apos;{name}&apos; cannot move further: it is already at the end.</source>
        <translation>Không thể di chuyển lý do &apos;{name}&apos; thêm nữa: nó đã ở cuối.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/today.py" line="+160"/>
        <source>Say what the task is.</source>
        <translation>Hãy nói việc cần làm là gì.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Choose the customer.</source>
        <translation>Hãy chọn khách hàng.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/exports/quote_files.py" line="+27"/>
        <source>{path}: a quote is saved as .pdf or .xlsx (not &apos;{suffix}&apos;).</source>
        <translation>{path}: báo giá được lưu dạng .pdf hoặc .xlsx (không phải &apos;{suffix}&apos;).</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/catalogue.py" line="+77"/>
        <source>&apos;{value}&apos; is not a number.</source>
        <translation>&apos;{value}&apos; không phải là một số.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&apos;{value}&apos; is not a currency code such as VND or USD.</source>
        <translation>&apos;{value}&apos; không phải là mã tiền tệ như VND hoặc USD.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The price cannot be negative.</source>
        <translation>Giá không được âm.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A unit price has at most 4 decimals.</source>
        <translation>Đơn giá có tối đa 4 chữ số thập phân.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The VAT rate must be 0, 5, 8 or 10 % (not {value}).</source>
        <translation>Thuế suất GTGT phải là 0, 5, 8 hoặc 10 % (không phải {value}).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Enter the product code.</source>
        <translation>Hãy nhập mã hàng.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The product code is too long.</source>
        <translation>Mã hàng quá dài.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the product name.</source>
        <translation>Hãy nhập tên hàng.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The code {sku} is already used by {name}.</source>
        <translation>Mã {sku} đã được dùng cho {name}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/quotes.py" line="+86"/>
        <source>A quote is valid for 1 to 3650 days.</source>
        <translation>Báo giá có hiệu lực từ 1 đến 3650 ngày.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The number pattern &apos;{pattern}&apos; has an unmatched brace.</source>
        <translation>Mẫu số báo giá &apos;{pattern}&apos; có dấu ngoặc nhọn không khớp.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The number pattern knows {{year}}, {{yy}}, {{month}}, {{seq}} and {{device}}, not {{{name}}}.</source>
        <translation>Mẫu số báo giá chỉ dùng {{year}}, {{yy}}, {{month}}, {{seq}} và {{device}}, không có {{{name}}}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The number pattern needs exactly one {{seq}}, such as {{seq:04}}.</source>
        <translation>Mẫu số báo giá cần đúng một {{seq}}, ví dụ {{seq:04}}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Write the sequence as {{seq}} or with its width, such as {{seq:04}}.</source>
        <translation>Viết số thứ tự là {{seq}} hoặc kèm độ rộng, ví dụ {{seq:04}}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Enter a number pattern.</source>
        <translation>Hãy nhập mẫu số báo giá.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The number pattern is too long.</source>
        <translation>Mẫu số báo giá quá dài.</translation>
    </message>
    <message>
        <location line="+148"/>
        <source>Line {row}: the discount &apos;{value}&apos; is not a number.</source>
        <translation>Dòng {row}: chiết khấu &apos;{value}&apos; không phải là một số.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The quote discount must be between 0 and 100 % (not {value}).</source>
        <translation>Chiết khấu của báo giá phải từ 0 đến 100 % (không phải {value}).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Line {row}: the discount must be between 0 and 100 % (not {value}).</source>
        <translation>Dòng {row}: chiết khấu phải từ 0 đến 100 % (không phải {value}).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A discount has at most 2 decimals.</source>
        <translation>Chiết khấu có tối đa 2 chữ số thập phân.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Line {row}: enter a description.</source>
        <translation>Dòng {row}: hãy nhập tên hàng hóa, dịch vụ.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Line {row}: the quantity &apos;{value}&apos; is not a number.</source>
        <translation>Dòng {row}: số lượng &apos;{value}&apos; không phải là một số.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Line {row}: the quantity must be greater than zero (not {value}).</source>
        <translation>Dòng {row}: số lượng phải lớn hơn 0 (không phải {value}).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Line {row}: a quantity has at most 4 decimals.</source>
        <translation>Dòng {row}: số lượng có tối đa 4 chữ số thập phân.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Line {row}: the unit price cannot be negative.</source>
        <translation>Dòng {row}: đơn giá không được âm.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Line {row}: a unit price has at most 4 decimals.</source>
        <translation>Dòng {row}: đơn giá có tối đa 4 chữ số thập phân.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Line {row}: the unit price &apos;{value}&apos; is not a number.</source>
        <translation>Dòng {row}: đơn giá &apos;{value}&apos; không phải là một số.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Line {row}: the VAT rate must be 0, 5, 8 or 10 % (not {value}).</source>
        <translation>Dòng {row}: thuế suất GTGT phải là 0, 5, 8 hoặc 10 % (không phải {value}).</translation>
    </message>
    <message>
        <location line="+234"/>
        <source>Choose who the quote is for: a deal, an account or a contact.</source>
        <translation>Hãy chọn báo giá gửi cho ai: một cơ hội, một công ty hoặc một người liên hệ.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+466"/>
        <source>A quote is written in Vietnamese or English.</source>
        <translation>Báo giá được viết bằng tiếng Việt hoặc tiếng Anh.</translation>
    </message>
    <message>
        <location line="-461"/>
        <source>The valid-until date is before the issue date.</source>
        <translation>Ngày hết hiệu lực đứng trước ngày lập báo giá.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A quote has at most {count} lines.</source>
        <translation>Một báo giá có tối đa {count} dòng.</translation>
    </message>
    <message>
        <location line="+143"/>
        <source>Version {version} of quote {number} was revised and is read-only; open the latest version.</source>
        <translation>Phiên bản {version} của báo giá {number} đã được sửa đổi và chỉ để xem; hãy mở phiên bản mới nhất.</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>Quote {number} is no longer a draft; use Revise to change it.</source>
        <translation>Báo giá {number} không còn là bản nháp; hãy dùng Sửa đổi để thay đổi.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Quote {number} has no lines: add at least one line first.</source>
        <translation>Báo giá {number} chưa có dòng nào: hãy thêm ít nhất một dòng trước.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Quote {number} was already sent.</source>
        <translation>Báo giá {number} đã được gửi rồi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quote {number} can be accepted only once it was sent, and only once.</source>
        <translation>Báo giá {number} chỉ được chấp nhận sau khi đã gửi, và chỉ một lần.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quote {number} can be rejected only once it was sent, and only once.</source>
        <translation>Báo giá {number} chỉ bị từ chối sau khi đã gửi, và chỉ một lần.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quote {number} is still a draft: change it directly, no revision is needed.</source>
        <translation>Báo giá {number} vẫn là bản nháp: hãy sửa trực tiếp, không cần tạo phiên bản mới.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quote {number} was accepted: it cannot be revised any more.</source>
        <translation>Báo giá {number} đã được chấp nhận: không thể sửa đổi nữa.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Quote {number} was valid until {date}: change that date first.</source>
        <translation>Báo giá {number} chỉ có hiệu lực đến {date}: hãy đổi ngày đó trước.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/segments.py" line="+123"/>
        <source>Enter a whole number from {low} to {high}.</source>
        <translation>Nhập một số nguyên từ {low} đến {high}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The share of tier B cannot be below the share of tier A.</source>
        <translation>Tỷ lệ của hạng B không được thấp hơn tỷ lệ của hạng A.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter a satisfaction score from 0 to 5.</source>
        <translation>Nhập điểm hài lòng từ 0 đến 5.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter a factor from 1 to 20.</source>
        <translation>Nhập hệ số từ 1 đến 20.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/lead_scoring.py" line="+103"/>
        <source>Unknown lead scoring rule {key}.</source>
        <translation>Không có quy tắc chấm điểm khách hàng tiềm năng {key}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Points go from -100 to 100.</source>
        <translation>Số điểm phải từ -100 đến 100.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/segment_care_plans.py" line="+114"/>
        <source>Care plans have at most {limit} steps in all.</source>
        <translation>Các kế hoạch chăm sóc có tổng cộng nhiều nhất {limit} bước.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Row {number}: &apos;{value}&apos; is not a segment.</source>
        <translation>Dòng {number}: &apos;{value}&apos; không phải là một phân khúc.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Row {number}: &apos;{value}&apos; is not a kind of activity.</source>
        <translation>Dòng {number}: &apos;{value}&apos; không phải là một loại hoạt động.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Row {number}: repeat every 1 to {limit} days.</source>
        <translation>Dòng {number}: lặp lại mỗi 1 đến {limit} ngày.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Row {number}: say what is to be done.</source>
        <translation>Dòng {number}: hãy ghi việc cần làm.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Row {number}: the segment already has a step of this kind; give it one step per kind of activity.</source>
        <translation>Dòng {number}: phân khúc đã có một bước loại này; mỗi loại hoạt động chỉ một bước.</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>&apos;{value}&apos; is not a segment.</source>
        <translation>&apos;{value}&apos; không phải là một phân khúc.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/segments.py" line="+78"/>
        <source>The segments were not recomputed; the previous figures are kept.</source>
        <translation>Phân khúc chưa được tính lại; số liệu trước đó vẫn được giữ nguyên.</translation>
    </message>
    <message>
        <location line="+347"/>
        <source>There is no care group {group}; use loyal, potential, new or unaware.</source>
        <translation>Không có nhóm chăm sóc {group}; hãy dùng loyal, potential, new hoặc unaware.</translation>
    </message>
</context>
<context>
    <name>first_run</name>
    <message>
        <location filename="../../desktop_crm/ui/first_run.py" line="+32"/>
        <source>Welcome to Desktop CRM. How would you like to start?</source>
        <translation>Chào mừng bạn đến với Desktop CRM. Bạn muốn bắt đầu thế nào?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start with demo data</source>
        <translation>Bắt đầu với dữ liệu mẫu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start empty</source>
        <translation>Bắt đầu với dữ liệu trống</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Demo data is an invented company&apos;s customers, deals, quotes and care cases, to try every page. Start empty to enter your own customers from the beginning.</source>
        <translation>Dữ liệu mẫu gồm khách hàng, cơ hội bán hàng, báo giá và yêu cầu chăm sóc của một công ty giả định, để bạn dùng thử mọi trang. Chọn dữ liệu trống để tự nhập khách hàng của mình ngay từ đầu.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Adding demo data…</source>
        <translation>Đang thêm dữ liệu mẫu…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Products, sales people and settings</source>
        <translation>Sản phẩm, nhân viên kinh doanh và thiết lập</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Companies</source>
        <translation>Công ty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People</source>
        <translation>Người liên hệ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deals and quotes</source>
        <translation>Cơ hội bán hàng và báo giá</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Care cases</source>
        <translation>Yêu cầu chăm sóc khách hàng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calls, visits, meetings and tasks</source>
        <translation>Cuộc gọi, chuyến thăm, cuộc họp và công việc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search indexes</source>
        <translation>Chỉ mục tìm kiếm</translation>
    </message>
</context>
<context>
    <name>import</name>
    <message>
        <location filename="../../desktop_crm/services/importing/mapping.py" line="-274"/>
        <source>(do not import)</source>
        <translation>(không nhập)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family name</source>
        <translation>Họ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Middle name</source>
        <translation>Tên đệm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>Công ty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company tax code</source>
        <translation>Mã số thuế công ty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job title</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Street address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ward / commune</source>
        <translation>Phường / xã</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>District</source>
        <translation>Quận / huyện</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Thành phố</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Province / city</source>
        <translation>Tỉnh / thành phố</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Quốc gia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birthday</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lifecycle stage</source>
        <translation>Giai đoạn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Nhãn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
</context>
<context>
    <name>leadScoring</name>
    <message>
        <location filename="../../desktop_crm/ui/settings_lead_scoring.py" line="-179"/>
        <source>phone</source>
        <translation>điện thoại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>job title</source>
        <translation>chức danh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>works at a company</source>
        <translation>làm việc tại công ty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>company tax code</source>
        <translation>mã số thuế công ty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>came by referral</source>
        <translation>được giới thiệu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>came from an event</source>
        <translation>đến từ sự kiện</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>came from the website</source>
        <translation>đến từ trang web</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>activity in 14 days</source>
        <translation>có hoạt động trong 14 ngày</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>activity in 30 days</source>
        <translation>có hoạt động trong 30 ngày</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3 activities in 90 days</source>
        <translation>3 hoạt động trong 90 ngày</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>quote sent</source>
        <translation>đã gửi báo giá</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open deal</source>
        <translation>có cơ hội đang mở</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Lead score {score}</source>
        <translation>Điểm tiềm năng {score}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead score {score} — {points}</source>
        <translation>Điểm tiềm năng {score} — {points}</translation>
    </message>
</context>
<context>
    <name>msgbox</name>
    <message>
        <location filename="../../desktop_crm/ui/msgbox.py" line="+34"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Something went wrong inside Desktop CRM. This is a fault in the program, not something you did.</source>
        <translation>Desktop CRM gặp sự cố bên trong. Đây là lỗi của chương trình, không phải do bạn thao tác sai.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The details were written to the log file:
{path}

Please send this file to the person who looks after Desktop CRM for you. Your saved data is safe; you may keep working or quit.</source>
        <translation>Chi tiết đã được ghi vào tệp nhật ký:
{path}

Vui lòng gửi tệp này cho người hỗ trợ Desktop CRM cho bạn. Dữ liệu đã lưu vẫn an toàn; bạn có thể tiếp tục làm việc hoặc thoát.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Keep working</source>
        <translation>Tiếp tục làm việc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>Thoát</translation>
    </message>
</context>
<context>
    <name>pipeline</name>
    <message>
        <location filename="../../desktop_crm/ui/pipeline/models.py" line="+229"/>
        <source>Closes {date}</source>
        <translation>Chốt {date}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Next step overdue</source>
        <translation>Bước tiếp theo đã quá hạn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rotting</source>
        <translation>Đang nguội</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>Khách hàng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage</source>
        <translation>Giai đoạn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Số tiền</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Probability</source>
        <translation>Xác suất</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected close</source>
        <translation>Dự kiến chốt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Người phụ trách</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days in stage</source>
        <translation>Số ngày ở giai đoạn</translation>
    </message>
</context>
<context>
    <name>progress</name>
    <message>
        <location filename="../../desktop_crm/ui/progress.py" line="+41"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Stopping…</source>
        <translation>Đang dừng…</translation>
    </message>
</context>
<context>
    <name>segments</name>
    <message>
        <location filename="../../desktop_crm/ui/segments.py" line="-151"/>
        <source>Care group</source>
        <translation>Nhóm chăm sóc</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>RFM segment</source>
        <translation>Phân khúc RFM</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Value tier</source>
        <translation>Hạng giá trị</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tier {tier}</source>
        <translation>Hạng {tier}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Churn risk</source>
        <translation>Nguy cơ rời bỏ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At risk of churning</source>
        <translation>Có nguy cơ rời bỏ</translation>
    </message>
    <message>
        <location line="+216"/>
        <source>The segments are being recomputed already.</source>
        <translation>Phân khúc đang được tính lại.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Steps done</source>
        <translation>Số bước đã xong</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Recomputing the customers&apos; segments…</source>
        <translation>Đang tính lại phân khúc khách hàng…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Segments recomputed for {count} customers.</source>
        <translation>Đã tính lại phân khúc cho {count} khách hàng.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Recomputing cancelled; nothing changed.</source>
        <translation>Đã hủy việc tính lại; không có gì thay đổi.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Every customer</source>
        <translation>Mọi khách hàng</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export which customers?</source>
        <translation>Xuất những khách hàng nào?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export segments</source>
        <translation>Xuất phân khúc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
        <translation>Sổ tính Excel (*.xlsx);;Tệp CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>segments</source>
        <translation>phan-khuc</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{count} customers written to {path}</source>
        <translation>Đã ghi {count} khách hàng vào {path}</translation>
    </message>
</context>
</TS>
