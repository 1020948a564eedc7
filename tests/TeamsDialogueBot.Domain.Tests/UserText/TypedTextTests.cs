using TeamsDialogueBot.Domain.UserText;

namespace TeamsDialogueBot.Domain.Tests.UserText;

/// <summary>What typed text may not carry: characters that change how others read it.</summary>
public sealed class TypedTextTests
{
    [Theory]
    [InlineData("Ana\u0007", "a control character")]
    [InlineData("Evil \u202Eetis", "a right-to-left override")]
    [InlineData("Ana \u2067Lima", "a right-to-left isolate")]
    [InlineData("Ana \u2066Lima\u2069", "a left-to-right isolate")]
    public void Text_that_reorders_what_others_read_is_unsafe(string text, string because)
    {
        Assert.True(TypedText.HasUnsafe(text), because);
    }

    [Theory]
    [InlineData("Ana Lima (UNODC)")]
    [InlineData("مكتب الأمم المتحدة المعني بالمخدرات والجريمة")]
    [InlineData("联合国毒品和犯罪问题办公室")]
    [InlineData("\u200Fمكتب الأمم المتحدة (UNODC)\u200F")] // pasted from a word processor: right-to-left marks
    [InlineData("الفقرة\u061C 3\u061C-2")] // the Arabic letter mark
    [InlineData("UNODC\u200E (Vienna)")]
    public void Ordinary_text_in_any_script_is_safe(string text)
    {
        Assert.False(TypedText.HasUnsafe(text));
    }
}
