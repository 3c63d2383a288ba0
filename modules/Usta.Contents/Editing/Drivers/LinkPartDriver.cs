using System.Globalization;
using Microsoft.Extensions.Localization;
using UstaOrchard.Core.Text;

namespace Usta.Contents.Editing.Drivers;

public sealed class LinkPartEditor : EditorModel
{
    public string? Url { get; set; }
    public string? Group { get; set; }
    public string? Order { get; set; }

    /// <summary>The LinkGroup items' titles, suggested for <see cref="Group"/>.</summary>
    [Microsoft.AspNetCore.Mvc.ModelBinding.BindNever]
    public IReadOnlyList<string> Groups { get; set; } = [];
}

/// <summary>A "Liên Kết Website" entry: a safe address (<see cref="SafeUrl"/>), its group and order.</summary>
public sealed class LinkPartDriver(UstaOrchard.Core.Data.UstaDbContext db, IStringLocalizer<ContentsStartup> S) : IContentPartDriver
{
    public const int MaxGroupLength = 200;

    public string PartName => nameof(LinkPart);

    public async Task<EditorSlot?> EditAsync(PartContext context)
    {
        var part = context.Item.As<LinkPart>() ?? new LinkPart();
        return await EditorAsync(context, new LinkPartEditor
        {
            Url = part.Url,
            Group = part.Group,
            Order = part.Order.ToString(CultureInfo.InvariantCulture),
        });
    }

    public async Task<EditorSlot?> UpdateAsync(PartContext context, IUpdateModel updater)
    {
        var input = new LinkPartEditor();
        await updater.TryUpdateModelAsync(input, context.Prefix);
        var url = (input.Url ?? "").Trim();
        var group = VietnameseText.Nfc(input.Group).Trim();
        var orderText = (input.Order ?? "").Trim();
        var order = 0;
        if (url.Length == 0)
            updater.ModelState.AddModelError($"{context.Prefix}.Url", S["Enter the address of the link."]);
        else if (!SafeUrl.IsAllowed(url))
            updater.ModelState.AddModelError($"{context.Prefix}.Url", S["The address must start with http://, https://, mailto:, tel: or / (a page of this site)."]);
        if (group.Length > MaxGroupLength)
            updater.ModelState.AddModelError($"{context.Prefix}.Group", S["{0} is {1:N0} characters long; at most {2:N0} are allowed.", S["Group"], group.Length, MaxGroupLength]);
        if (orderText.Length > 0 && !int.TryParse(orderText, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out order))
            updater.ModelState.AddModelError($"{context.Prefix}.Order", S["The order must be a whole number."]);

        context.Item.Alter<LinkPart>(p =>
        {
            p.Url = url.Length == 0 ? null : url;
            p.Group = group.Length == 0 ? null : group;
            p.Order = order;
        });
        return await EditorAsync(context, input);
    }

    public Task<DisplaySlot?> DisplayAsync(PartContext context) => Task.FromResult<DisplaySlot?>(null);

    private async Task<EditorSlot> EditorAsync(PartContext context, LinkPartEditor model)
    {
        model.Required = true;
        model.Groups = await LinkGroups.TitlesAsync(db, context.CancellationToken);
        return context.Editor("/Views/Parts/LinkPart.Edit.cshtml", model, S["Link"]);
    }
}
