using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;
using UstaOrchard.Core.Contents;

namespace Usta.Contents.Editing.Drivers;

/// <summary>Orchard's NumericFieldSettings: bounds, and how many decimals (Scale) the number may have.</summary>
public sealed class NumericFieldSettings
{
    public decimal? Minimum { get; set; }
    public decimal? Maximum { get; set; }
    public int Scale { get; set; }
    public string? Placeholder { get; set; }
}

public sealed class NumericFieldEditor : EditorModel
{
    public string? Value { get; set; }

    [BindNever]
    public NumericFieldSettings Settings { get; set; } = new();
}

public sealed record NumericFieldDisplay(string Label, string Value, string Prefix);

/// <summary>
/// A number typed either way Vietnamese editors write it: "1234.5" or "1.234,5" (vi-VN) and "1,5".
/// Out of range or with more decimals than the Scale, it is refused with the bounds in the message.
/// </summary>
public sealed class NumericFieldDriver(IStringLocalizer<ContentsStartup> S) : IContentFieldDriver
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    public string FieldName => nameof(NumericField);

    public Task<EditorSlot?> EditAsync(FieldContext context)
    {
        var value = context.Read<NumericField>().Value;
        return Task.FromResult<EditorSlot?>(Editor(context, value?.ToString(CultureInfo.InvariantCulture)));
    }

    public async Task<EditorSlot?> UpdateAsync(FieldContext context, IUpdateModel updater)
    {
        var input = new NumericFieldEditor();
        await updater.TryUpdateModelAsync(input, context.Prefix);
        var settings = context.SettingsOf<NumericFieldSettings>();
        var text = (input.Value ?? "").Trim();
        decimal? value = null;
        if (text.Length == 0)
        {
            if (context.Settings.Required) updater.ModelState.AddModelError(context.Prefix, S["{0} is required.", context.Label()]);
        }
        else if (!TryParse(text, out var number))
            updater.ModelState.AddModelError(context.Prefix, S["{0} must be a number, such as 12 or 12,5.", context.Label()]);
        else if (settings.Minimum is { } min && number < min)
            updater.ModelState.AddModelError(context.Prefix, S["{0} must be at least {1}.", context.Label(), min.ToString(Vietnamese)]);
        else if (settings.Maximum is { } max && number > max)
            updater.ModelState.AddModelError(context.Prefix, S["{0} must be at most {1}.", context.Label(), max.ToString(Vietnamese)]);
        else if (number != Math.Round(number, Math.Clamp(settings.Scale, 0, 28)))
            updater.ModelState.AddModelError(context.Prefix, settings.Scale <= 0
                ? S["{0} must be a whole number.", context.Label()]
                : S["{0} may have at most {1} digits after the decimal comma.", context.Label(), settings.Scale]);
        else
            value = number;

        var field = context.Read<NumericField>();
        field.Value = value;
        context.Write(field);
        return Editor(context, input.Value);
    }

    public Task<DisplaySlot?> DisplayAsync(FieldContext context)
    {
        var value = context.Read<NumericField>().Value;
        if (value is null) return Task.FromResult<DisplaySlot?>(null);
        var scale = Math.Clamp(context.SettingsOf<NumericFieldSettings>().Scale, 0, 28);
        return Task.FromResult<DisplaySlot?>(context.Display("/Views/Fields/NumericField.cshtml",
            new NumericFieldDisplay(context.Label(), value.Value.ToString("N" + scale, Vietnamese), context.Prefix)));
    }

    /// <summary>Invariant first without group separators ("1.5" is one and a half); then vi-VN ("1.234,5", "1,5").</summary>
    public static bool TryParse(string text, out decimal value)
    {
        text = text.Replace(" ", "").Replace("\u00A0", "");
        return decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value)
            || decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowThousands, Vietnamese, out value);
    }

    private static EditorSlot Editor(FieldContext context, string? value)
        => context.Editor("/Views/Fields/NumericField.Edit.cshtml", new NumericFieldEditor { Value = value, Settings = context.SettingsOf<NumericFieldSettings>() });
}
