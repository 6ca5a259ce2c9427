/**
 * Common English words that are never names by themselves: sentence-initial "Despite", "However", "Meanwhile"
 * are capitalised only by position. Written by the team; a tagger feature, not a filter.
 */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'a', 'about', 'above', 'according', 'across', 'after', 'afterwards', 'again', 'against', 'ago', 'ahead', 'all', 'almost', 'along',
  'already', 'also', 'although', 'always', 'amid', 'amidst', 'among', 'an', 'and', 'another', 'any', 'anyone', 'anything', 'are',
  'around', 'as', 'asked', 'at', 'back', 'be', 'because', 'been', 'before', 'behind', 'being', 'below', 'beside', 'besides',
  'between', 'beyond', 'both', 'but', 'by', 'can', 'could', 'despite', 'did', 'do', 'does', 'down', 'during', 'each', 'earlier',
  'either', 'else', 'elsewhere', 'enough', 'even', 'ever', 'every', 'everyone', 'except', 'few', 'finally', 'first', 'following',
  'for', 'from', 'further', 'furthermore', 'had', 'has', 'have', 'he', 'hence', 'her', 'here', 'hers', 'herself', 'him', 'himself',
  'his', 'how', 'however', 'i', 'if', 'in', 'including', 'indeed', 'instead', 'into', 'is', 'it', 'its', 'itself', 'just', 'last',
  'later', 'least', 'less', 'like', 'many', 'may', 'meanwhile', 'might', 'more', 'moreover', 'most', 'much', 'must', 'my', 'near',
  'neither', 'never', 'nevertheless', 'next', 'no', 'nobody', 'none', 'nor', 'not', 'nothing', 'now', 'of', 'off', 'often', 'on',
  'once', 'one', 'only', 'onto', 'or', 'other', 'others', 'otherwise', 'our', 'out', 'over', 'overall', 'perhaps', 'rather',
  'recently', 'regarding', 'same', 'separately', 'several', 'she', 'should', 'since', 'so', 'some', 'someone', 'something',
  'sometimes', 'soon', 'still', 'such', 'than', 'that', 'the', 'their', 'them', 'then', 'there', 'therefore', 'these', 'they',
  'this', 'those', 'though', 'through', 'throughout', 'thus', 'to', 'today', 'together', 'too', 'toward', 'towards', 'under',
  'unless', 'unlike', 'until', 'up', 'upon', 'us', 'very', 'via', 'was', 'we', 'were', 'what', 'whatever', 'when', 'where',
  'whereas', 'whether', 'which', 'while', 'who', 'whom', 'whose', 'why', 'will', 'with', 'within', 'without', 'would', 'yet', 'you',
  'your', 'yesterday', 'tomorrow', 'speaking', 'asked', 'given', 'based', 'following', 'amid', 'announcing', 'responding',
])
