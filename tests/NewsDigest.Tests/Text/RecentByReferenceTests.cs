using NewsDigest.Text;
using Xunit;

namespace NewsDigest.Tests.TextTests;

public class RecentByReferenceTests
{
    [Fact]
    public void Finds_a_value_by_the_same_string_object_only()
    {
        var recent = new RecentByReference<int>(16);
        string key = new('a', 3);
        recent.Set(key, 7);
        Assert.True(recent.TryGet(key, out int value));
        Assert.Equal(7, value);
        // Equal contents in another string object are not the same key: the table never compares contents.
        Assert.False(recent.TryGet(new string('a', 3), out _));
    }

    [Fact]
    public void Refuses_a_size_that_is_not_a_power_of_two()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new RecentByReference<int>(12));
    }
}
