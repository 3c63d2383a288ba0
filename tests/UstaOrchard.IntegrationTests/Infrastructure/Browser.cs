using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace UstaOrchard.IntegrationTests.Infrastructure;

/// <summary>Reads pages with AngleSharp and submits their real forms, antiforgery token included.</summary>
public static class Browser
{
    private static readonly HtmlParser Parser = new();

    public static async Task<(HttpResponseMessage Response, IHtmlDocument Document)> GetPageAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        return (response, Parser.ParseDocument(html));
    }

    public static async Task<IHtmlDocument> ReadDocumentAsync(this HttpResponseMessage response)
        => Parser.ParseDocument(await response.Content.ReadAsStringAsync());

    public static async Task<IHtmlDocument> GetDocumentAsync(this HttpClient client, string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var (response, document) = await client.GetPageAsync(url);
        Assert.True(response.StatusCode == expected, $"GET {url}: expected {(int)expected}, got {(int)response.StatusCode}");
        return document;
    }

    /// <summary>
    /// Fills the named fields of the form with <paramref name="formId"/> and posts it as a browser would:
    /// its inputs, text areas and selected options, with <paramref name="fields"/> replacing values of
    /// the same name. With <paramref name="button"/> (a <c>data-test</c> value), the button's
    /// <c>formaction</c> is the target, as when that button is pressed.
    /// </summary>
    public static async Task<HttpResponseMessage> SubmitAsync(this HttpClient client, IHtmlDocument page, string formId, IDictionary<string, string> fields, string pageUrl,
        string? button = null)
        => await client.PostAsync(FormAction(page, formId, pageUrl, button), new FormUrlEncodedContent(FormValues(page, formId, fields)));

    /// <summary>The values a browser would post from the form, with <paramref name="fields"/> replacing those of the same name.</summary>
    public static List<KeyValuePair<string, string>> FormValues(IHtmlDocument page, string formId, IDictionary<string, string> fields)
    {
        var form = FindForm(page, formId);
        var values = new List<KeyValuePair<string, string>>();
        foreach (var element in form.QuerySelectorAll("input[name], textarea[name], select[name]"))
        {
            switch (element)
            {
                case IHtmlInputElement input:
                    if (fields.ContainsKey(input.Name!) || input.Type is "submit" or "button" or "file") continue;
                    if (input.Type is "checkbox" or "radio" && !input.IsChecked) continue;
                    values.Add(new(input.Name!, input.Value));
                    break;
                case IHtmlTextAreaElement area when !fields.ContainsKey(area.Name!):
                    values.Add(new(area.Name!, area.Value));
                    break;
                case IHtmlSelectElement select when !fields.ContainsKey(select.Name!):
                    values.AddRange(select.Options.Where(o => o.IsSelected).Select(o => new KeyValuePair<string, string>(select.Name!, o.Value)));
                    break;
            }
        }
        values.AddRange(fields);
        return values;
    }

    public static string FormAction(IHtmlDocument page, string formId, string pageUrl, string? button = null)
    {
        var form = FindForm(page, formId);
        if (button is not null)
        {
            var pressed = form.QuerySelector($"[data-test='{button}']") ?? throw new InvalidOperationException($"No button [data-test={button}] in #{formId}.");
            if (pressed.GetAttribute("formaction") is { Length: > 0 } formAction) return formAction;
        }
        return string.IsNullOrEmpty(form.GetAttribute("action")) ? pageUrl : form.GetAttribute("action")!;
    }

    private static IHtmlFormElement FindForm(IHtmlDocument page, string formId)
        => page.GetElementById(formId) as IHtmlFormElement ?? throw new InvalidOperationException($"No form #{formId} on the page.");

    public static string Text(this IParentNode document, string selector)
        => document.QuerySelector(selector)?.TextContent.Trim() ?? throw new InvalidOperationException($"Nothing matches {selector}.");

    public static IReadOnlyList<string> Texts(this IParentNode document, string selector)
        => document.QuerySelectorAll(selector).Select(e => e.TextContent.Trim()).ToList();
}
