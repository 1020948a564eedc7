using TeamsDialogueBot.Domain.UserText;

namespace TeamsDialogueBot.Domain.Tests.UserText;

/// <summary>What typed text may not carry: characters that change how others read it.</summary>
public sealed class TypedTextTests
{
    [Theory]
    [InlineData("Ana\u0007", "a control character")]
    [InlineData("Evil \u202Eetis", "a right-to-left override")]
    [InlineData("Ana \u2067Lima", "a right-to-left isolate")]
    [InlineData("UNODC\u200F", "a right-to-left mark")]
    [InlineData("UNODC\u061C (1)", "the Arabic letter mark, a right-to-left mark of its own")]
    public void Text_that_reorders_what_others_read_is_unsafe(string text, string because)
    {
        Assert.True(TypedText.HasUnsafe(text), because);
    }

    [Theory]
    [InlineData("Ana Lima (UNODC)")]
    [InlineData("مكتب الأمم المتحدة المعني بالمخدرات والجريمة")]
    [InlineData("联合国毒品和犯罪问题办公室")]
    public void Ordinary_text_in_any_script_is_safe(string text)
    {
        Assert.False(TypedText.HasUnsafe(text));
    }
}
