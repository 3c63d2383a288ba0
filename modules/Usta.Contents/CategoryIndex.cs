using UstaOrchard.Core.Contents;
using UstaOrchard.Core.Data;

namespace Usta.Contents;

public sealed class CategoryIndex : ContentIndex
{
    public string Title { get; set; } = "";
    public string Path { get; set; } = "";
    public int Order { get; set; }
    public string? ParentContentItemId { get; set; }
    public bool ShowInMenu { get; set; }
}

public sealed class CategoryIndexHandler(UstaDbContext db) : ContentIndexHandler<CategoryIndex>(db)
{
    protected override bool Concerns(string contentType) => contentType == ContentTypes.Category;

    protected override IEnumerable<CategoryIndex> Map(ContentItem item)
    {
        var category = item.As<CategoryPart>();
        if (item.ContentType != ContentTypes.Category || category is null) yield break;
        yield return new CategoryIndex
        {
            Title = item.DisplayText,
            Path = item.As<AutoroutePart>()?.Path ?? "",
            Order = category.Order,
            ParentContentItemId = string.IsNullOrEmpty(category.ParentContentItemId) ? null : category.ParentContentItemId,
            ShowInMenu = category.ShowInMenu,
        };
    }
}
