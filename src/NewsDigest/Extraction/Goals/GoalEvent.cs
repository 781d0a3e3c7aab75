using System.Text.RegularExpressions;
using NewsDigest.Extraction.People;

namespace NewsDigest.Extraction.Goals;

/// <summary>One goal a sentence tells: who scored it, the trigger words that tell it, and where the trigger's clause starts in the sentence.</summary>
internal readonly record struct GoalEvent(PersonMention Scorer, Match Trigger, int Clause);
