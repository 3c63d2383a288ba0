using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Usta.Contents;
using UstaOrchard.Core.Contents;
using UstaOrchard.Core.Data;

namespace Usta.Bulletins;

public sealed class BulletinIndex : ContentIndex
{
    public int Number { get; set; }
    public int Year { get; set; }
    public DateTime? IssueDate { get; set; }
}

/// <summary>Checks number and year, refuses a second issue with the same number in a year, keeps BulletinIndex current.</summary>
public sealed partial class BulletinIndexHandler(UstaDbContext db, IStringLocalizer<BulletinsStartup> S)
    : ContentIndexHandler<BulletinIndex>(db), IContentHandler
{
    protected override bool Concerns(string contentType) => contentType == BulletinsStartup.ContentType;

    private const string NumberKey = nameof(BulletinPart) + "." + nameof(BulletinPart.Number);
    private const string YearKey = nameof(BulletinPart) + "." + nameof(BulletinPart.Year);

    protected override IEnumerable<BulletinIndex> Map(ContentItem item)
    {
        var part = item.As<BulletinPart>();
        if (item.ContentType != BulletinsStartup.ContentType || part is null) yield break;
        yield return new BulletinIndex { Number = part.Number, Year = part.Year, IssueDate = part.IssueDate };
    }

    public async Task ValidatingAsync(ContentValidateContext context)
    {
        var item = context.ContentItem;
        var part = item.As<BulletinPart>();
        if (item.ContentType != BulletinsStartup.ContentType || part is null) return;
        var numberOk = part.Number > 0;
        var yearOk = part.Year is >= 1900 and <= 2200;
        if (!numberOk) context.Error(NumberKey, S["The bulletin number must be a positive whole number."]);
        if (!yearOk) context.Error(YearKey, S["The bulletin year must be between 1900 and 2200."]);
        if (!numberOk || !yearOk) return;
        var taken = await Db.Set<BulletinIndex>().AnyAsync(x => x.Year == part.Year && x.Number == part.Number
            && x.ContentItemId != item.ContentItemId && (x.Latest || x.Published), context.CancellationToken);
        if (taken) context.Error(NumberKey, S["Bulletin no. {0} of {1} already exists.", part.Number, part.Year]);
    }
}

/// <summary>Bulletins live at ban-tin/{year}/so-{number}.</summary>
public sealed class BulletinPathProvider : IAutoroutePathProvider
{
    public string ContentType => BulletinsStartup.ContentType;

    public string? PathFor(ContentItem item)
        => item.As<BulletinPart>() is { Number: > 0, Year: > 0 } part ? $"ban-tin/{part.Year}/so-{part.Number}" : null;
}
