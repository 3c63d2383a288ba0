using UstaOrchard.Core.Contents;
using UstaOrchard.Core.Text;

namespace Usta.Contents;

/// <summary>Keeps DisplayText equal to the title, both in composed (NFC) form.</summary>
public sealed class TitlePartHandler : IContentHandler
{
    public Task CreatingAsync(ContentContext context) => Apply(context.ContentItem);
    public Task UpdatingAsync(ContentContext context) => Apply(context.ContentItem);

    private static Task Apply(ContentItem item)
    {
        var title = item.As<TitlePart>();
        if (title is null) return Task.CompletedTask;
        var text = VietnameseText.Nfc(title.Title).Trim();
        if (text != title.Title)
        {
            title.Title = text;
            item.Apply(title);
        }
        if (text.Length > 0) item.DisplayText = text;
        return Task.CompletedTask;
    }
}
