using System.Net;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Usta.Contents;
using UstaOrchard.Core.Contents;
using UstaOrchard.IntegrationTests.Infrastructure;

namespace UstaOrchard.IntegrationTests.Security;

/// <summary>
/// Every admin page and every endpoint that needs authorization, read from the app's endpoint data
/// source (so a page added tomorrow is in the list): each GET and each POST handler sends anonymous
/// users to the login page and answers 403 to a signed-in user whose role holds no permission.
/// POSTs carry a real antiforgery token: the logout page, which any signed-in user may open, gives one
/// for that user's cookie, so a 403 is the permission's answer and not the antiforgery check's 400.
/// </summary>
public sealed class AdminEndpointTests(EditorSiteFixture site) : IClassFixture<EditorSiteFixture>
{
    private const string NoPermissionRole = "KhongCoQuyen";
    private const string AdminPanelOnlyRole = "ChiVaoQuanTri";

    private sealed record Request(string Method, string Url)
    {
        public override string ToString() => $"{Method} {Url}";
    }

    private async Task<List<Request>> RequestsAsync() => (await RequestsForItemAsync()).Requests;

    /// <summary>Every admin request, its route ids filled with a published page that belongs to nobody who signs in here.</summary>
    private async Task<(List<Request> Requests, string ItemId)> RequestsForItemAsync()
    {
        var item = await site.Factory.InScopeAsync(sp =>
        {
            var contents = sp.GetRequiredService<ContentManager>();
            return contents.CreateAsync(contents.New(ContentTypes.Page).Apply(new TitlePart { Title = "Trang kiểm tra quyền " + Guid.NewGuid().ToString("N")[..6] })
                .Apply(new AutoroutePart()), publish: true);
        });
        var loader = site.Factory.Services.GetRequiredService<PageLoader>();
        var requests = new List<Request>();
        foreach (var endpoint in site.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var page = endpoint.Metadata.GetMetadata<PageActionDescriptor>();
            var isAdminPage = page is not null && page.ViewEnginePath.Contains("/Admin/", StringComparison.Ordinal);
            var needsAuthorization = endpoint.Metadata.GetMetadata<IAuthorizeData>() is not null && endpoint.Metadata.GetMetadata<IAllowAnonymous>() is null;
            if (!isAdminPage && !needsAuthorization) continue;

            var url = Url(endpoint.RoutePattern, item.ContentItemId);
            if (page is null)
            {
                var methods = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"];
                requests.AddRange(methods.Select(m => new Request(m, url)));
                continue;
            }
            var compiled = await loader.LoadAsync(page, endpoint.Metadata);
            foreach (var handler in compiled.HandlerMethods)
            {
                var query = handler.Name is null ? "" : (url.Contains('?') ? "&" : "?") + "handler=" + handler.Name;
                requests.Add(new Request(handler.HttpMethod.ToUpperInvariant(), url + query));
            }
            if (compiled.HandlerMethods.All(h => !h.HttpMethod.Equals("GET", StringComparison.OrdinalIgnoreCase)))
                requests.Add(new Request("GET", url));
        }
        return (requests.Distinct().ToList(), item.ContentItemId);
    }

    // Route values: a real item for ids, the Page type for types, a plain value for anything else.
    private static string Url(Microsoft.AspNetCore.Routing.Patterns.RoutePattern pattern, string itemId)
    {
        var segments = pattern.PathSegments.Select(segment => string.Concat(segment.Parts.Select(part => part switch
        {
            Microsoft.AspNetCore.Routing.Patterns.RoutePatternLiteralPart literal => literal.Content,
            Microsoft.AspNetCore.Routing.Patterns.RoutePatternParameterPart { IsOptional: true } => "",
            Microsoft.AspNetCore.Routing.Patterns.RoutePatternParameterPart parameter => parameter.Name.ToLowerInvariant() switch
            {
                "id" or "contentitemid" => itemId,
                "type" or "contenttype" => ContentTypes.Page,
                "name" => "Editor",
                _ => "x",
            },
            _ => "",
        })));
        return "/" + string.Join('/', segments.Where(s => s.Length > 0));
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, Request request, string? token)
    {
        var message = new HttpRequestMessage(new HttpMethod(request.Method), request.Url);
        if (request.Method != "GET")
            message.Content = new FormUrlEncodedContent(token is null ? [] : [new KeyValuePair<string, string>("__RequestVerificationToken", token)]);
        return await client.SendAsync(message);
    }

    [Fact]
    public async Task EveryAdminEndpoint_SendsAnonymousUsersToTheLoginPage()
    {
        var requests = await RequestsAsync();
        Assert.Contains(requests, r => r.Method == "POST");
        Assert.Contains(requests, r => r.Method == "POST" && r.Url.StartsWith("/Admin/Contents/Edit/") && r.Url.EndsWith("?handler=Publish"));
        Assert.Contains(requests, r => r.Method == "POST" && r.Url == "/Admin/Roles/Edit/Editor");
        Assert.Contains(requests, r => r.Method == "POST" && r.Url == "/Admin/Roles/Delete/Editor");
        Assert.Contains(requests, r => r.Method == "POST" && r.Url == "/Admin/Roles/Create");
        var client = site.Factory.CreateBrowser();
        var wrong = new List<string>();
        foreach (var request in requests)
        {
            var response = await SendAsync(client, request, token: null);
            var location = response.Headers.Location?.OriginalString ?? "";
            if (response.StatusCode != HttpStatusCode.Redirect || !location.Contains("/dang-nhap?ReturnUrl=", StringComparison.Ordinal))
                wrong.Add($"{request}: {(int)response.StatusCode} {location}");
        }
        Assert.True(wrong.Count == 0, "Not sent to login:\n" + string.Join("\n", wrong));
    }

    [Fact]
    public async Task EveryAdminEndpoint_RefusesASignedInUserWithoutPermission()
    {
        await site.Factory.InScopeAsync(async sp =>
        {
            var roles = sp.GetRequiredService<RoleManager<IdentityRole>>();
            if (await roles.FindByNameAsync(NoPermissionRole) is null) await roles.CreateAsync(new IdentityRole(NoPermissionRole));
            return true;
        });
        var client = await site.Factory.SignedInAsync(NoPermissionRole);
        var logout = await client.GetDocumentAsync("/dang-xuat");
        var token = logout.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value");
        Assert.False(string.IsNullOrEmpty(token));

        var requests = await RequestsAsync();
        var wrong = new List<string>();
        foreach (var request in requests)
        {
            var response = await SendAsync(client, request, token);
            if (response.StatusCode != HttpStatusCode.Forbidden) wrong.Add($"{request}: {(int)response.StatusCode}");
        }
        Assert.True(wrong.Count == 0, "Not refused with 403:\n" + string.Join("\n", wrong));
    }

    /// <summary>
    /// Past the admin gate, every page and handler about an item, and every "new item" page, checks the
    /// item's own permission: a user who may open the admin and nothing more is refused each one.
    /// </summary>
    [Fact]
    public async Task EveryItemHandler_RefusesAUserWhoMayOnlyOpenTheAdmin()
    {
        await site.Factory.InScopeAsync(async sp =>
        {
            var roles = sp.GetRequiredService<RoleManager<IdentityRole>>();
            if (await roles.FindByNameAsync(AdminPanelOnlyRole) is null)
            {
                var role = new IdentityRole(AdminPanelOnlyRole);
                await roles.CreateAsync(role);
                await roles.AddClaimAsync(role, new System.Security.Claims.Claim(Usta.Users.Permissions.ClaimType, Usta.Users.Permissions.AccessAdminPanel));
            }
            return true;
        });
        var client = await site.Factory.SignedInAsync(AdminPanelOnlyRole);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Admin")).StatusCode);
        var token = (await client.GetDocumentAsync("/dang-xuat")).QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value");

        var (requests, itemId) = await RequestsForItemAsync();
        var aboutAnItem = requests.Where(r => r.Url.Contains(itemId, StringComparison.Ordinal) || r.Url.Contains("/Create/", StringComparison.Ordinal)).ToList();
        Assert.Contains(aboutAnItem, r => r.Method == "POST" && r.Url.Contains("handler=Delete", StringComparison.Ordinal));
        var wrong = new List<string>();
        foreach (var request in aboutAnItem)
        {
            var response = await SendAsync(client, request, token);
            if (response.StatusCode != HttpStatusCode.Forbidden) wrong.Add($"{request}: {(int)response.StatusCode}");
        }
        Assert.True(wrong.Count == 0, "Not refused with 403:\n" + string.Join("\n", wrong));
    }
}
