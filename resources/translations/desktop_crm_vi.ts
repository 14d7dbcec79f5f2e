<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>AccountsPage</name>
    <message>
        <location filename="../../desktop_crm/ui/pages/accounts.py" line="+18"/>
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
</context>
<context>
    <name>CarePage</name>
    <message>
        <location filename="../../desktop_crm/ui/pages/care.py" line="+18"/>
        <source>Care</source>
        <translation>Chăm sóc khách hàng</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Questions, complaints, warranty claims and requests</source>
        <translation>Câu hỏi, khiếu nại, bảo hành và các yêu cầu khác</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln open care case(s)</source>
        <translation>
            <numerusform>%Ln yêu cầu chăm sóc đang mở</numerusform>
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
    <name>ContactsPage</name>
    <message>
        <location filename="../../desktop_crm/ui/pages/contacts.py" line="+19"/>
        <source>Contacts</source>
        <translation>Liên hệ</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln liên hệ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln account(s)</source>
        <translation>
            <numerusform>%Ln công ty</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="+153"/>
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
        <source>Database: {path}</source>
        <translation>Cơ sở dữ liệu: {path}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offline · sync not set up</source>
        <translation>Ngoại tuyến · chưa thiết lập đồng bộ</translation>
    </message>
    <message>
        <location line="+53"/>
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
</context>
<context>
    <name>QuotesPage</name>
    <message>
        <location filename="../../desktop_crm/ui/pages/quotes.py" line="+26"/>
        <source>Quotes</source>
        <translation>Báo giá</translation>
    </message>
    <message>
        <location line="+4"/>
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
    <message numerus="yes">
        <location line="+6"/>
        <source>%Ln quote(s)</source>
        <translation>
            <numerusform>%Ln báo giá</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%Ln product(s) in the catalogue</source>
        <translation>
            <numerusform>%Ln sản phẩm trong danh mục</numerusform>
        </translation>
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
    <name>SettingsPage</name>
    <message>
        <location filename="../../desktop_crm/ui/pages/settings.py" line="+141"/>
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
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
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
    <name>TodayPage</name>
    <message>
        <location filename="../../desktop_crm/ui/pages/today.py" line="+19"/>
        <source>Today</source>
        <translation>Hôm nay</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
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
</context>
<context>
    <name>application</name>
    <message>
        <location filename="../../desktop_crm/ui/application.py" line="+128"/>
        <source>Today&apos;s automatic backup was written.</source>
        <translation>Đã tạo bản sao lưu tự động hôm nay.</translation>
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
        <location filename="../../desktop_crm/store/backup.py" line="+24"/>
        <location filename="../../desktop_crm/store/database.py" line="+88"/>
        <source>the file does not exist</source>
        <translation>tệp không tồn tại</translation>
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
        <location filename="../../desktop_crm/services/contacts.py" line="+105"/>
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
        <location line="+50"/>
        <source>&apos;{value}&apos; is not a valid choice</source>
        <translation>{value} không phải là lựa chọn hợp lệ</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+117"/>
        <source>A name is required.</source>
        <translation>Cần nhập tên.</translation>
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
</TS>
