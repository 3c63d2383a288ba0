using System.Security.Claims;
using Microsoft.Extensions.DependencyInjection;
using Usta.Contents;
using Usta.Contents.Editing.Drivers;
using UstaOrchard.Core.Contents;
using UstaOrchard.Core.Security;
using UstaOrchard.IntegrationTests.Infrastructure;

namespace UstaOrchard.IntegrationTests.Contents.Drivers;

/// <summary>The picker's title search shows a user what they may see: published items, their own, all of a type they may view.</summary>
public sealed class ContentPickerSearchTests
{
    private static ClaimsPrincipal User(string name, params string[] permissions)
        => new(new ClaimsIdentity([new Claim(ClaimTypes.Name, name), .. permissions.Select(p => new Claim(PermissionClaims.ClaimType, p))], "test"));

    [Fact]
    public async Task AnotherAuthorsDraft_IsNotFoundByAContributor_ButIsByAnEditor()
    {
        await using var site = await TestSite.CreateAsync(TestDatabase.Sqlite());
        await site.InScopeAsync(async sp =>
        {
            var contents = sp.GetRequiredService<ContentManager>();
            async Task CreateAsync(string title, string owner, bool publish)
            {
                var item = contents.New(ContentTypes.Page).Apply(new TitlePart { Title = title }).Apply(new AutoroutePart());
                item.Owner = owner;
                await contents.CreateAsync(item, publish);
            }
            await CreateAsync("Kế hoạch bí mật Đồng Nai", "tac-gia-khac", publish: false);
            await CreateAsync("Thông báo công khai Đồng Nai", "tac-gia-khac", publish: true);
            await CreateAsync("Bản nháp của tôi Đồng Nai", "cong-tac-vien", publish: false);
            var search = sp.GetRequiredService<ContentPickerSearch>();

            var contributor = await search.SearchAsync([ContentTypes.Page], "dong nai", 20, User("cong-tac-vien", ContentPermissions.EditOwnContent), default);
            var editor = await search.SearchAsync([ContentTypes.Page], "dong nai", 20, User("bien-tap", ContentPermissions.PublishContent), default);

            Assert.Equal(["Bản nháp của tôi Đồng Nai", "Thông báo công khai Đồng Nai"], contributor.Select(c => c.Title).Order());
            Assert.Equal(3, editor.Count);
            var (match, candidates) = await search.ResolveAsync([ContentTypes.Page], "Kế hoạch bí mật", User("cong-tac-vien", ContentPermissions.EditOwnContent), default);
            Assert.Null(match);
            Assert.Empty(candidates);
        });
    }
}
