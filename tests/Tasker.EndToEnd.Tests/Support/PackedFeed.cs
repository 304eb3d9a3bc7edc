namespace Tasker.EndToEnd.Tests.Support;

/// <summary>The folders of one packed test run: the feed with the packages and the isolated package folder.</summary>
internal sealed record PackedFeed(string Root, string Feed, string PackagesFolder);
