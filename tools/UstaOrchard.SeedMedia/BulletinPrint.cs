using SkiaSharp;

namespace UstaOrchard.SeedMedia;

public sealed record BulletinIssue(int Number, int Year, DateTime IssueDate, string Summary, IReadOnlyList<string> ArticleTitles)
{
    private static readonly string[] Roman = ["I", "II", "III", "IV"];

    public string Title => $"Bản tin số {Number}";
    public string Period => $"Quý {Roman[(IssueDate.Month - 1) / 3]} năm {Year}";
}

/// <summary>A bulletin's A4 cover (a JPEG) and its printed issue (a small PDF: the cover and a page of text).</summary>
public sealed class BulletinPrint(Lettering letters)
{
    private const string Organisation = "LIÊN HIỆP CÁC HỘI KHOA HỌC VÀ KỸ THUẬT ĐỒNG NAI";
    private const string OrganisationEn = "DONG NAI UNION OF SCIENCE AND TECHNOLOGY ASSOCIATIONS";
    private const string Address = "281 Đường 30/4, P. Quyết Thắng, TP. Biên Hòa, Đồng Nai";

    private static readonly SKColor[] IssueColors = [new(18, 78, 120), new(20, 110, 90), new(130, 40, 46), new(70, 60, 130)];

    public void PaintCover(SKCanvas canvas, int w, int h, BulletinIssue issue, IScene picture)
    {
        var accent = IssueColors[issue.Number % IssueColors.Length];
        canvas.Clear(new SKColor(250, 248, 242));
        using var band = new SKPaint { Color = accent };
        canvas.DrawRect(0, 0, w, h * 0.13f, band);
        using (var small = new SKFont(letters.Bold, h * 0.018f))
            Lettering.Draw(canvas, Organisation, w / 2f, h * 0.06f, small, SKColors.White, SKTextAlign.Center);
        using (var smaller = new SKFont(letters.Regular, h * 0.012f))
            Lettering.Draw(canvas, OrganisationEn, w / 2f, h * 0.095f, smaller, new SKColor(220, 232, 240), SKTextAlign.Center);

        using (var title = new SKFont(letters.Serif, h * 0.07f))
            Lettering.Draw(canvas, issue.Title, w / 2f, h * 0.245f, title, accent, SKTextAlign.Center);
        using (var period = new SKFont(letters.Regular, h * 0.024f))
            Lettering.Draw(canvas, issue.Period, w / 2f, h * 0.295f, period, new SKColor(70, 70, 70), SKTextAlign.Center);

        var frame = new SKRect(w * 0.08f, h * 0.33f, w * 0.92f, h * 0.7f);
        canvas.Save();
        canvas.ClipRect(frame);
        canvas.Translate(frame.Left, frame.Top);
        picture.Paint(canvas, (int)frame.Width, (int)frame.Height);
        canvas.Restore();

        using var heading = new SKFont(letters.Bold, h * 0.02f);
        Lettering.Draw(canvas, "Trong số này", w * 0.08f, h * 0.75f, heading, accent);
        using var body = new SKFont(letters.Regular, h * 0.016f);
        var y = h * 0.785f;
        // An issue whose articles are not on the site yet shows what it is about.
        var lines = issue.ArticleTitles.Count > 0 ? issue.ArticleTitles.Take(3).Select(a => "• " + a) : [issue.Summary];
        foreach (var line in lines)
            y = Lettering.Paragraph(canvas, line, w * 0.08f, y, w * 0.84f, body, new SKColor(40, 40, 40), h * 0.022f) + h * 0.006f;

        canvas.DrawRect(0, h * 0.94f, w, h * 0.06f, band);
        using var footer = new SKFont(letters.Regular, h * 0.013f);
        Lettering.Draw(canvas, "Lưu hành nội bộ  ·  " + Address, w / 2f, h * 0.975f, footer, SKColors.White, SKTextAlign.Center);
    }

    /// <summary>The printed issue: the cover JPEG as its first page (embedded as it is), then a page of text.</summary>
    public void WritePdf(Stream output, BulletinIssue issue, byte[] coverJpeg)
    {
        const float width = 595, height = 842; // A4 in points
        var fixedDate = new DateTime(issue.IssueDate.Year, issue.IssueDate.Month, issue.IssueDate.Day, 8, 0, 0, DateTimeKind.Utc);
        using var document = SKDocument.CreatePdf(output, new SKDocumentPdfMetadata
        {
            Title = issue.Title + " – " + issue.Period,
            Author = "Liên hiệp các Hội Khoa học và Kỹ thuật Đồng Nai",
            Subject = "Bản mẫu của trang UstaOrchard",
            Creator = "UstaOrchard.SeedMedia",
            Producer = "UstaOrchard.SeedMedia",
            // Fixed dates: the same input gives the same file, so regenerating changes nothing in git.
            Creation = fixedDate,
            Modified = fixedDate,
            // Images go in as JPEG (the default, 101, stores them losslessly: a megabyte a cover).
            EncodingQuality = 80,
        });

        var cover = document.BeginPage(width, height);
        using (var image = SKImage.FromEncodedData(coverJpeg))
            cover.DrawImage(image, new SKRect(0, 0, width, height), new SKSamplingOptions(SKFilterMode.Linear));
        document.EndPage();

        var page = document.BeginPage(width, height);
        var accent = IssueColors[issue.Number % IssueColors.Length];
        using var title = new SKFont(letters.Book, 22);
        Lettering.Draw(page, issue.Title + " – " + issue.Period, 56, 80, title, accent);
        using var body = new SKFont(letters.Book, 11);
        using var heading = new SKFont(letters.Book, 14);
        var y = Lettering.Paragraph(page, issue.Summary, 56, 116, width - 112, body, new SKColor(30, 30, 30), 16) + 14;
        Lettering.Draw(page, "Trong số này", 56, y, heading, accent);
        y += 22;
        foreach (var article in issue.ArticleTitles)
            y = Lettering.Paragraph(page, "• " + article, 56, y, width - 112, body, new SKColor(30, 30, 30), 16) + 4;
        y += 14;
        foreach (var paragraph in Notes)
            y = Lettering.Paragraph(page, paragraph, 56, y, width - 112, body, new SKColor(60, 60, 60), 16) + 8;
        using var small = new SKFont(letters.Book, 8);
        Lettering.Draw(page, "Lưu hành nội bộ  ·  " + Address, width / 2, height - 36, small, new SKColor(110, 110, 110), SKTextAlign.Center);
        document.EndPage();
        document.Close();
    }

    private static readonly string[] Notes =
    [
        "Bản tin Liên hiệp Hội phát hành mỗi quý, giới thiệu hoạt động của Liên hiệp Hội và các Hội thành viên, " +
        "các chương trình phổ biến kiến thức khoa học và công nghệ, tư vấn, phản biện và giám định xã hội.",
        "Đây là bản mẫu do trang UstaOrchard tạo ra khi cài đặt, để biên tập viên thấy chỗ của bản in: " +
        "hãy thay bằng tệp PDF của số bản tin thật trong thư viện media.",
    ];
}
