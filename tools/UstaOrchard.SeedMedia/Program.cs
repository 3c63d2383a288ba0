using System.Text.Json.Nodes;
using SkiaSharp;
using UstaOrchard.SeedMedia;

// Draws the setup recipe's sample media into recipes/media: a photograph-like picture for every
// sample article, an A4 cover and a small PDF for every bulletin. Everything is drawn here (no
// photograph, no borrowed picture) from fixed seeds, so a second run writes the same bytes.
//
//   dotnet run --project tools/UstaOrchard.SeedMedia [-- <repository root>]

var root = args.Length > 0 ? Path.GetFullPath(args[0]) : FindRoot();
var output = Path.Combine(root, "recipes", "media");
var recipe = JsonNode.Parse(File.ReadAllText(Path.Combine(root, "recipes", "usta-setup.recipe.json")))!;
var items = recipe["steps"]!.AsArray().SelectMany(s => s!["data"]?.AsArray() ?? []).Select(i => i!).ToList();
string Title(string id) => items.First(i => (string?)i["ContentItemId"] == id)["DisplayText"]!.GetValue<string>();

var red = new SKColor(168, 28, 34);
var pictures = new (string File, IScene Scene, int Width, int Height)[]
{
    // The seed article's photograph: a Party cell's conference, seen from the back of the hall.
    ("tin-tuc/2021/hoi-nghi-chi-bo.jpg", new HallScene(2021, red), 1600, 1067),
    ("tin-tuc/2021/cum-thi-dua-khoi-11.jpg", new HallScene(11, new SKColor(150, 34, 40)), 960, 640),
    ("tin-tuc/2021/dai-hoi-nhiem-ky-v.jpg", new HallScene(5, new SKColor(28, 72, 140)), 960, 640),
    ("tin-tuc/2021/pho-bien-kien-thuc.jpg", new LandscapeScene(40, new SKColor(110, 165, 215), new SKColor(96, 140, 70)), 960, 640),
    ("tin-tuc/2021/hoi-thi-sang-tao-ky-thuat.jpg", new HallScene(7, new SKColor(20, 96, 150), presidium: false), 960, 640),
    ("tin-tuc/2021/sang-tao-thanh-thieu-nien.jpg", new HallScene(13, new SKColor(16, 120, 120), presidium: false), 960, 640),
    ("tin-tuc/2021/giai-thuong-sang-tao.jpg", new HallScene(17, new SKColor(120, 40, 110)), 960, 640),
    ("tin-tuc/2021/nhip-cau-tri-thuc.jpg", new CityScene(8), 960, 640),
    ("tin-tuc/2021/cay-an-trai.jpg", new OrchardScene(9, new SKColor(70, 120, 50)), 960, 640),
    ("tin-tuc/2021/sau-rieng.jpg", new OrchardScene(10, new SKColor(46, 96, 40)), 960, 640),
    ("tin-tuc/2021/suc-khoe-nguoi-cao-tuoi.jpg", new HallScene(19, new SKColor(30, 110, 80)), 960, 640),
    ("tin-tuc/2021/pc-covid.jpg", new CityScene(12), 960, 640),
    ("tin-tuc/2021/quy-hoach-tinh.jpg", new LandscapeScene(14, new SKColor(130, 175, 220), new SKColor(110, 150, 80)), 960, 640),
    ("tin-tuc/2021/nong-nghiep-cong-nghe-cao.jpg", new LandscapeScene(15, new SKColor(150, 185, 215), new SKColor(80, 150, 60)), 960, 640),
};

using var letters = new Lettering();
foreach (var typeface in new[] { letters.Regular, letters.Bold, letters.Serif, letters.Book })
    Lettering.CheckGlyphs(typeface, "Bản tin số Quý năm Trong này Lưu hành nội bộ Đường Biên Hòa Đồng Nai LIÊN HIỆP CÁC HỘI KHOA HỌC VÀ KỸ THUẬT ỹ ữ ẫ ặ ở ợ ự ố");

for (var i = 0; i < pictures.Length; i++)
{
    var (file, scene, width, height) = pictures[i];
    Save(file, Photograph(scene, width, height, seed: 1000 + i));
}

var print = new BulletinPrint(letters);
var coverScenes = new IScene[]
{
    new LandscapeScene(140, new SKColor(120, 170, 215), new SKColor(90, 140, 70)),
    new HallScene(141, red),
    new OrchardScene(142, new SKColor(60, 110, 46)),
    new CityScene(143),
};
var bulletins = items.Where(i => (string?)i["ContentType"] == "Bulletin").OrderBy(i => (int)i["BulletinPart"]!["Number"]!).ToList();
for (var b = 0; b < bulletins.Count; b++)
{
    var part = bulletins[b]["BulletinPart"]!;
    var issue = new BulletinIssue((int)part["Number"]!, (int)part["Year"]!, DateTime.Parse((string)part["IssueDate"]!).ToUniversalTime(),
        (string)part["Summary"]!, part["Articles"]!["ContentItemIds"]!.AsArray().Select(id => Title((string)id!)).ToList());
    Lettering.CheckGlyphs(letters.Regular, issue.Summary + string.Concat(issue.ArticleTitles));
    Lettering.CheckGlyphs(letters.Book, issue.Summary + string.Concat(issue.ArticleTitles));
    using var bitmap = new SKBitmap(794, 1123); // A4 at 96 dpi
    using (var canvas = new SKCanvas(bitmap))
        print.PaintCover(canvas, bitmap.Width, bitmap.Height, issue, coverScenes[b % coverScenes.Length]);
    var cover = Jpeg(bitmap, 84);
    var name = $"ban-tin/{issue.Year}/ban-tin-so-{issue.Number}";
    Save(name + "-bia.jpg", cover);
    using var pdf = new MemoryStream();
    print.WritePdf(pdf, issue, cover);
    Save(name + ".pdf", pdf.ToArray());
}

var total = Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);
Console.WriteLine($"{total / 1024.0:N0} KiB in {output}");
return;

byte[] Photograph(IScene scene, int width, int height, int seed)
{
    using var bitmap = new SKBitmap(width, height);
    using (var canvas = new SKCanvas(bitmap))
    {
        scene.Paint(canvas, width, height);
        Film.Vignette(canvas, width, height);
    }
    Film.Grain(bitmap, seed);
    return Jpeg(bitmap, width >= 1600 ? 82 : 80);
}

static byte[] Jpeg(SKBitmap bitmap, int quality)
{
    using var image = SKImage.FromBitmap(bitmap);
    using var data = image.Encode(SKEncodedImageFormat.Jpeg, quality);
    return data.ToArray();
}

void Save(string relative, byte[] bytes)
{
    var path = Path.Combine(output, relative);
    Directory.CreateDirectory(Path.GetDirectoryName(path)!);
    File.WriteAllBytes(path, bytes);
    // SEED_MEDIA_PREVIEW=<folder>: PNG copies of the pictures, for viewers that show no JPEG.
    if (Environment.GetEnvironmentVariable("SEED_MEDIA_PREVIEW") is { Length: > 0 } preview && relative.EndsWith(".jpg"))
    {
        using var image = SKImage.FromEncodedData(bytes);
        using var png = image.Encode(SKEncodedImageFormat.Png, 100);
        Directory.CreateDirectory(preview);
        File.WriteAllBytes(Path.Combine(preview, Path.GetFileNameWithoutExtension(relative) + ".png"), png.ToArray());
    }
    Console.WriteLine($"{bytes.Length / 1024.0,8:N0} KiB  {relative}");
}

static string FindRoot()
{
    for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        if (File.Exists(Path.Combine(dir.FullName, "UstaOrchard.sln"))) return dir.FullName;
    throw new InvalidOperationException("Run inside the repository, or give its root as the first argument.");
}
