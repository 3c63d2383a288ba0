using System.Globalization;
using Microsoft.Extensions.Localization;
using UstaOrchard.Core.Settings;

namespace Usta.Contents.Editing.Drivers;

/// <summary>Orchard's DateField: <c>{"Value": "2025-03-08T00:00:00"}</c>, a calendar date with no time or zone.</summary>
public sealed class DateField
{
    public DateTime? Value { get; set; }
}

public sealed class DateFieldEditor : EditorModel
{
    /// <summary>What the input shows: <c>yyyy-MM-dd</c> for a date input, or what the editor typed.</summary>
    public string? Value { get; set; }
}

public sealed record DateFieldDisplay(string Label, string Value, string Prefix);

/// <summary>A date: an input type=date, which older browsers show as text, so "dd-MM-yyyy" is read too.</summary>
public sealed class DateFieldDriver(IStringLocalizer<ContentsStartup> S) : IContentFieldDriver
{
    private static readonly string[] Formats = ["yyyy-MM-dd", SiteClock.DateFormat, "d-M-yyyy", "d/M/yyyy"];

    public string FieldName => nameof(DateField);

    public Task<EditorSlot?> EditAsync(FieldContext context)
        => Task.FromResult<EditorSlot?>(Editor(context, context.Read<DateField>().Value?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));

    public async Task<EditorSlot?> UpdateAsync(FieldContext context, IUpdateModel updater)
    {
        var input = new DateFieldEditor();
        await updater.TryUpdateModelAsync(input, context.Prefix);
        var text = (input.Value ?? "").Trim();
        DateTime? value = null;
        if (text.Length == 0)
        {
            if (context.Settings.Required) updater.ModelState.AddModelError(context.Prefix, S["{0} is required.", context.Label()]);
        }
        else if (TryParse(text, out var date))
            value = date;
        else
            updater.ModelState.AddModelError(context.Prefix, S["{0} is not a date: write it as dd-MM-yyyy.", context.Label()]);

        var field = context.Read<DateField>();
        field.Value = value;
        context.Write(field);
        return Editor(context, input.Value);
    }

    public Task<DisplaySlot?> DisplayAsync(FieldContext context)
        => Task.FromResult(context.Read<DateField>().Value is { } value
            ? context.Display("/Views/Fields/DateField.cshtml", new DateFieldDisplay(context.Label(), value.ToString(SiteClock.DateFormat, CultureInfo.InvariantCulture), context.Prefix))
            : null);

    /// <summary>"2025-03-08" (a date input) or "08-03-2025" (typed where the browser shows text).</summary>
    public static bool TryParse(string text, out DateTime date)
    {
        var parsed = DateTime.TryParseExact(text.Trim(), Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
        date = DateTime.SpecifyKind(date.Date, DateTimeKind.Unspecified);
        return parsed;
    }

    private static EditorSlot Editor(FieldContext context, string? value)
        => context.Editor("/Views/Fields/DateField.Edit.cshtml", new DateFieldEditor { Value = value });
}
