using System.Net;
using System.Text.Json;
using UstaOrchard.IntegrationTests.Infrastructure;
using static UstaOrchard.IntegrationTests.Recipes.Admin.RecipesAdminSite;

namespace UstaOrchard.IntegrationTests.Recipes.Admin;

/// <summary>
/// The list of shipped recipes, the preview (journal grouped, unsupported steps and their box, problems),
/// the run page with and without JavaScript, the result or failure page, and the history of applies.
/// </summary>
public sealed class RecipePreviewAndRunTests(RecipesAdminSite site) : IClassFixture<RecipesAdminSite>
{
    private static object JournalStep(params string[][] changes) => new { name = "TestJournal", changes };

    [Fact]
    public async Task List_ShowsTheSitesAndTheModulesRecipes_WithTheirDetails()
    {
        var client = await site.AdministratorAsync();

        var page = await client.GetDocumentAsync("/Admin/Recipes");

        var blank = page.QuerySelector("[data-recipe=blank]")!;
        Assert.Equal("Trang trống", blank.Text("h3"));
        Assert.Contains("phiên bản 1.0.0", blank.Text(".recipe-meta"));
        Assert.Contains("vi-VN", blank.Text(".recipe-tags"));
        Assert.NotNull(blank.QuerySelector(".recipe-setup"));
        var module = page.QuerySelector("[data-recipe=sample-contact-page]")!;
        Assert.Equal("Trang liên hệ mẫu", module.Text("h3"));
        Assert.StartsWith("Thêm (hoặc đưa về bản mẫu)", module.Text("p:not(.recipe-meta):not(.recipe-tags)"));
        Assert.Equal("/Admin/Recipes/Preview?name=sample-contact-page", module.QuerySelector("[data-test=preview]")!.GetAttribute("href"));
        Assert.Equal("Xem trước", module.Text("[data-test=preview]"));
    }

    [Fact]
    public async Task Preview_GroupsTheJournalByTypeAndKind_WithTitles_AndFoldsLongLists()
    {
        var client = await site.AdministratorAsync();
        var many = Enumerable.Range(1, 250).Select(i => new[] { "Unchanged", "content", $"id{i}", "Article", $"Bài cũ {i}" }).ToArray();
        var recipe = Json(new { name = "nhat-ky", steps = new[] { JournalStep([
            ["Created", "content", "a1", "Article", "Bài mới về chuyển đổi số"],
            ["Updated", "content", "p1", "Page", "Giới thiệu"],
            ["Created", "definition", "Event", null!, null!],
            ["Updated", "setting", "SiteName", null!, null!],
            ["Created", "role", "Reporter", null!, null!],
            ["Updated", "user", "admin", null!, null!],
            ["Created", "media", "tin-tuc/anh.jpg", null!, null!],
            .. many]) } });

        var (_, preview) = await UploadAndPreviewAsync(client, "nhat-ky.json", recipe);

        var articles = preview.QuerySelector("#journal-content-Article")!;
        Assert.Equal("Mục nội dung: Article", articles.Text("h3"));
        Assert.Equal(["Bài mới về chuyển đổi số"], articles.Texts("[data-kind=Created] li"));
        var unchanged = articles.QuerySelector("[data-kind=Unchanged]")!;
        Assert.Equal("250", unchanged.Text("[data-test=count]"));
        Assert.False(unchanged.HasAttribute("open"));
        Assert.Equal(200, unchanged.QuerySelectorAll("li").Length);
        Assert.Equal("và 50 mục khác", unchanged.Text(".hint"));
        Assert.Equal(["Giới thiệu"], preview.QuerySelector("#journal-content-Page")!.Texts("[data-kind=Updated] li"));
        Assert.Equal(["Event"], preview.QuerySelector("#journal-definition")!.Texts("[data-kind=Created] li"));
        Assert.Equal(["SiteName"], preview.QuerySelector("#journal-setting")!.Texts("li"));
        Assert.Equal(["Reporter"], preview.QuerySelector("#journal-role")!.Texts("li"));
        Assert.Equal(["admin"], preview.QuerySelector("#journal-user")!.Texts("li"));
        Assert.Equal(["tin-tuc/anh.jpg"], preview.QuerySelector("#journal-media")!.Texts("li"));
    }

    [Fact]
    public async Task UnsupportedSteps_AreListed_RefusedByName_AndSkippedWhenTicked()
    {
        var client = await site.AdministratorAsync();
        var recipe = Json(new { name = "orchard", steps = new object[] { new { name = "feature", enable = new[] { "OrchardCore.Lists" } }, JournalStep([["Created", "role", "Bien-tap", null!, null!]]) } });

        var (url, preview) = await UploadAndPreviewAsync(client, "orchard.json", recipe);

        Assert.Equal(["Bước 1: feature"], preview.Texts("#unknown-steps li"));
        Assert.Equal("Bỏ qua các bước không hỗ trợ", preview.Text("label[for=skip-unknown]"));
        // Refused by the check before anything runs: the problem is listed with its place.
        Assert.Equal(["bước 1 (feature)"], preview.Texts("#issues tbody td:first-child"));
        Assert.Contains("'feature'", preview.Text("#issues tbody td:last-child"));
        Assert.Null(preview.QuerySelector("#apply-form"));

        var skipped = await client.GetDocumentAsync(url + "&skip=true");
        Assert.True(skipped.QuerySelector("#skip-unknown")!.HasAttribute("checked"));
        Assert.Null(skipped.QuerySelector("#preview-failure"));
        Assert.Equal(["Bien-tap"], skipped.QuerySelector("#journal-role")!.Texts("li"));
        Assert.Equal("true", skipped.QuerySelector("#apply-form input[name=skip]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task RecipeThatIsNotJson_ShowsWhereTheSyntaxBreaks()
    {
        var client = await site.AdministratorAsync();

        var (_, preview) = await UploadAndPreviewAsync(client, "hong.json", "{ \"name\": \"x\",\n  \"steps\": [ { ] }"u8.ToArray());

        Assert.Contains("dòng 2", preview.Text("#failure-reason"));
        Assert.Null(preview.QuerySelector("#apply-form"));
    }

    [Fact]
    public async Task FailureWhenApplied_NamesStepAndItem_ChangesNothing_AndIsInTheHistory()
    {
        var client = await site.AdministratorAsync();
        var id = NewId();
        var recipe = Json(new { name = "hong-buoc-2", steps = new[] { PageStep(id, "Trang sẽ không còn " + id[..6], "khong-con-" + id[..8]), new { name = "TestFail" } } });
        var (url, preview) = await UploadAndPreviewAsync(client, "hong-buoc-2.json", recipe);

        var result = await WaitForResultAsync(client, await ApplyAsync(client, preview, url));

        Assert.Equal("Công thức bị lỗi. Không có gì bị thay đổi.", result.Text("#run-failed"));
        Assert.Equal("Bước 2: TestFail", result.Text("#failure-step"));
        Assert.Equal("muc-hong", result.Text("#failure-item"));
        Assert.Equal("hỏng có chủ ý", result.Text("#failure-reason"));
        Assert.False(await site.ItemExistsAsync(id));
        var history = await client.GetDocumentAsync("/Admin/Recipes/History");
        var row = history.QuerySelectorAll("#history tbody tr").First(r => r.Text("[data-test=recipe]") == "hong-buoc-2.json");
        Assert.Equal("failed", row.GetAttribute("data-outcome"));
        Assert.Contains("hỏng có chủ ý", row.Text("[data-test=summary]"));
    }

    [Fact]
    public async Task RunPage_RefreshesItselfWithoutJavaScript_ReportsProgress_RefusesASecondRun_ThenShowsTheResult()
    {
        var client = await site.AdministratorAsync();
        GateTestStep.Close();
        var recipe = Json(new { name = "cho", steps = new object[] { JournalStep([["Created", "role", "Cho-cong", null!, null!]]), new { name = "TestGate" } } });
        var (url, preview) = await UploadAndPreviewAsync(client, "cho.json", recipe);
        var (secondUrl, second) = await UploadAndPreviewAsync(client, "cho-2.json", Json(new { name = "thu-hai", steps = Array.Empty<object>() }));
        string runUrl;
        try
        {
            runUrl = await ApplyAsync(client, preview, url);
            Assert.Matches("^/Admin/Recipes/Run/[0-9a-f]{32}$", runUrl);

            var running = await client.GetDocumentAsync(runUrl);
            Assert.Equal("2", running.Head!.QuerySelector("noscript meta[http-equiv=refresh]")!.GetAttribute("content"));
            Assert.NotNull(running.QuerySelector("progress#run-progress"));
            Assert.NotNull(running.QuerySelector("script[src*='Usta.Recipes/recipe-run']"));
            var status = await WaitForStepAsync(client, runUrl, 2);
            Assert.Equal("running", status.GetProperty("state").GetString());
            Assert.Equal(2, status.GetProperty("steps").GetInt32());

            var busy = await client.GetDocumentAsync(secondUrl);
            Assert.Equal(runUrl, busy.QuerySelector("#running-link")!.GetAttribute("href"));
            Assert.Null(busy.QuerySelector("#apply-form"));
            var refused = await client.SubmitAsync(second, "apply-form", new Dictionary<string, string>(), secondUrl);
            Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
            Assert.Equal("Một công thức khác đang được áp dụng trên trang này. Hãy chờ nó xong rồi áp dụng công thức này.",
                (await refused.ReadDocumentAsync()).Text("#apply-error"));
        }
        finally
        {
            // Open even when an assertion failed, so that the next test of the class finds no recipe running.
            GateTestStep.Open();
        }
        var result = await WaitForResultAsync(client, runUrl);
        Assert.Equal("Đã áp dụng công thức.", result.Text("#run-succeeded"));
        Assert.Equal(["Cho-cong"], result.QuerySelector("#journal-role")!.Texts("li"));
        Assert.Null(result.QuerySelector("noscript"));
        var history = await client.GetDocumentAsync("/Admin/Recipes/History");
        var row = history.QuerySelectorAll("#history tbody tr").First(r => r.Text("[data-test=recipe]") == "cho.json");
        Assert.Equal("succeeded", row.GetAttribute("data-outcome"));
        Assert.Contains("TestJournal", row.Text("[data-test=summary]"));
    }

    [Fact]
    public async Task SetupRecipe_WarnsAndNeedsConfirmation()
    {
        var client = await site.AdministratorAsync();
        Assert.NotNull((await client.GetDocumentAsync("/Admin/Recipes/Preview?name=blank")).QuerySelector("#setup-warning"));
        var recipe = Json(new { name = "khoi-tao", issetuprecipe = true, steps = new[] { JournalStep([["Created", "role", "Khoi-tao", null!, null!]]) } });
        var (url, preview) = await UploadAndPreviewAsync(client, "khoi-tao.json", recipe);
        Assert.NotNull(preview.QuerySelector("#setup-warning"));

        var response = await client.SubmitAsync(preview, "apply-form", new Dictionary<string, string>(), url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Hãy đánh dấu ô xác nhận để áp dụng công thức khởi tạo cho trang này.", (await response.ReadDocumentAsync()).Text("#apply-error"));
        var runUrl = await ApplyAsync(client, preview, url, new Dictionary<string, string> { ["confirmSetup"] = "true" });
        Assert.NotNull((await WaitForResultAsync(client, runUrl)).QuerySelector("#run-succeeded"));
    }

    [Fact]
    public async Task UnknownRun_AndHistoryPageOutOfRange_Are404()
    {
        var client = await site.AdministratorAsync();

        await client.GetDocumentAsync("/Admin/Recipes/Run/" + new string('b', 32), HttpStatusCode.NotFound);
        await client.GetDocumentAsync("/Admin/Recipes/Run/x?handler=Status", HttpStatusCode.NotFound);
        await client.GetDocumentAsync("/Admin/Recipes/History?trang=0", HttpStatusCode.NotFound);
        await client.GetDocumentAsync("/Admin/Recipes/History?trang=99999", HttpStatusCode.NotFound);
    }

    private static async Task<JsonElement> WaitForStepAsync(HttpClient client, string runUrl, int step)
    {
        for (var i = 0; i < 300; i++)
        {
            var json = JsonDocument.Parse(await client.GetStringAsync(runUrl + "?handler=Status")).RootElement;
            if (json.GetProperty("step").GetInt32() >= step) return json;
            await Task.Delay(100);
        }
        throw new TimeoutException("The run never reached step " + step);
    }
}
