using UstaOrchard.Web;

namespace UstaOrchard.UnitTests.Modules;

public class CommandLineTests
{
    [Fact]
    public void NoVerb_ServesTheSite_WithEveryOptionForTheHost()
    {
        var command = CommandLine.Parse(["--urls", "http://127.0.0.1:5080"]);
        Assert.True(command.ServesSite);
        Assert.Equal(["--urls", "http://127.0.0.1:5080"], command.HostArgs);
    }

    [Fact]
    public void VerbFlags_AreKeptAwayFromTheHostConfiguration()
    {
        var command = CommandLine.Parse(["recipe", "apply", "/tmp/a.recipe.json", "--skip-unknown-steps", "--App:DataPath", "/srv/usta"]);
        Assert.Equal(["recipe", "apply", "/tmp/a.recipe.json"], command.Verb);
        Assert.Contains("--skip-unknown-steps", command.Flags);
        Assert.Equal(["--App:DataPath", "/srv/usta"], command.HostArgs);
    }
}
