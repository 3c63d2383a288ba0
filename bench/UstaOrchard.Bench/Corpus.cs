namespace UstaOrchard.Bench;

/// <summary>Fragments of the association's news, combined at random into titles, leads and bodies.</summary>
internal static class Corpus
{
    public static readonly string[] Subjects =
    [
        "Liên hiệp Hội Đồng Nai", "Hội Y học Đồng Nai", "Hội Tin học Đồng Nai", "Hội Làm vườn tỉnh Đồng Nai",
        "Hội Kỹ sư xây dựng", "Hội Khoa học Lịch sử", "Hội Nông học Đồng Nai", "Hội Bảo vệ thiên nhiên và môi trường",
        "Hội Dược học", "Hội Điều dưỡng", "Hội Kiến trúc sư", "Hội Cơ khí – Điện", "Hội Thủy sản",
        "Câu lạc bộ Nhà khoa học trẻ", "Ban Tư vấn – Phản biện", "Hội đồng Sáng tạo kỹ thuật", "Chi bộ Liên hiệp Hội",
        "Hội Luật gia", "Hội Đông y", "Hội Giáo dục chăm sóc sức khỏe cộng đồng",
    ];

    public static readonly string[] Actions =
    [
        "tổ chức hội thảo về", "tập huấn kỹ thuật", "phản biện đề án", "ký kết hợp tác về", "tổng kết công tác",
        "triển khai kế hoạch", "phổ biến kiến thức về", "trao giải cuộc thi", "tọa đàm chuyên đề", "khảo sát thực tế",
        "góp ý dự thảo", "ra mắt ấn phẩm về", "hướng dẫn người dân", "bồi dưỡng hội viên về", "công bố kết quả nghiên cứu",
    ];

    public static readonly string[] Topics =
    [
        "chuyển đổi số trong doanh nghiệp nhỏ và vừa", "nông nghiệp ứng dụng công nghệ cao", "chăm sóc cây sầu riêng",
        "an toàn thực phẩm", "bảo vệ nguồn nước sông Đồng Nai", "phòng chống sốt xuất huyết", "năng lượng tái tạo",
        "quy hoạch đô thị Biên Hòa", "sức khỏe người cao tuổi", "an toàn thông tin", "xử lý rác thải sinh hoạt",
        "giáo dục STEM cho học sinh", "sở hữu trí tuệ", "biến đổi khí hậu", "di tích lịch sử văn hóa",
        "nuôi trồng thủy sản bền vững", "y học cổ truyền", "phát triển hội viên", "sáng tạo thanh thiếu niên, nhi đồng",
        "cải cách hành chính",
    ];

    public static readonly string[] Places =
    [
        "tại Biên Hòa", "tại huyện Trảng Bom", "tại Long Khánh", "tại huyện Định Quán", "tại huyện Nhơn Trạch",
        "tại huyện Xuân Lộc", "tại huyện Cẩm Mỹ", "tại huyện Tân Phú", "trên địa bàn tỉnh", "tại huyện Vĩnh Cửu",
    ];

    public static readonly string[] Authors =
    [
        "Dương Phúc", "Minh Thư", "Ban Biên tập", "Thanh Hà", "Ngọc Ánh", "Hoàng Nam", "KS. Lê Văn Tâm", "Hữu Lộc",
        "BS. Phạm Thu Trang", "Quốc Bảo", "Văn phòng Liên hiệp Hội", "ThS. Nguyễn Đức Thắng",
    ];

    public static readonly string[] Sentences =
    [
        "Các đại biểu đã thảo luận sôi nổi, đề xuất nhiều giải pháp thiết thực để triển khai trong thời gian tới.",
        "Ban Tổ chức nhận được nhiều ý kiến đóng góp của các nhà khoa học, chuyên gia và hội viên.",
        "Chương trình nhằm nâng cao nhận thức của cộng đồng và tăng cường ứng dụng tiến bộ khoa học vào đời sống.",
        "Phát biểu tại buổi làm việc, lãnh đạo Liên hiệp Hội đánh giá cao sự chủ động của các Hội thành viên.",
        "Nhiều mô hình hiệu quả đã được nhân rộng, góp phần tăng thu nhập cho người dân ở vùng nông thôn.",
        "Hội nghị thống nhất kiến nghị Ủy ban nhân dân tỉnh bổ sung cơ chế hỗ trợ cho các đề tài ứng dụng.",
        "Các học viên được hướng dẫn kết hợp lý thuyết với thực hành ngay tại cơ sở, dễ hiểu và dễ áp dụng.",
        "Kết quả khảo sát cho thấy nhu cầu đào tạo, bồi dưỡng kiến thức chuyên môn của hội viên còn rất lớn.",
        "Trong năm, Liên hiệp Hội đã phối hợp với các sở, ngành tổ chức hàng chục lớp tập huấn và hội thảo khoa học.",
        "Những ý kiến phản biện đã được cơ quan soạn thảo tiếp thu trong bản hoàn chỉnh trình cấp có thẩm quyền.",
        "Đây là hoạt động thường niên, thu hút sự tham gia đông đảo của trí thức khoa học và công nghệ trong tỉnh.",
        "Các giải pháp đạt giải cao sẽ được giới thiệu tham dự cuộc thi cấp quốc gia và hỗ trợ đăng ký sở hữu trí tuệ.",
        "Bà con có thể liên hệ các Hội thành viên trong lĩnh vực nông nghiệp để được hướng dẫn kỹ thuật miễn phí.",
        "Dịp này, Ban Thường vụ đã trao Bằng khen cho các tập thể và cá nhân có thành tích xuất sắc.",
        "Đại diện doanh nghiệp cho biết việc đổi mới quy trình sản xuất đã giúp tiết kiệm đáng kể chi phí năng lượng.",
        "Tài liệu hướng dẫn bằng hình ảnh được chia sẻ rộng rãi qua các tổ dân phố và mạng xã hội.",
    ];

    public static readonly string[] Headings =
    [
        "Nhiều kết quả nổi bật", "Kiến nghị của các nhà khoa học", "Giải pháp trong thời gian tới", "Kinh nghiệm từ thực tiễn",
        "Phát huy vai trò của hội viên", "Ứng dụng vào sản xuất và đời sống",
    ];
}
