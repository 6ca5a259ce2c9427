/**
 * Given names that, in English-language news, almost always name a man or almost always a woman. Written by the team
 * from common knowledge; names worn by both ("Jordan", "Robin", "Leslie", "Kim") are left out on purpose: a pronoun
 * then decides.
 */
const MALE = `aaron abdullah adam adrian ahmed alan albert alejandro alex alexander alexei ali andrew andy angus anthony
  antonio arnold arthur barack barry ben benjamin bernard bernie bill billy bob bobby boris brad bradley brandon brett
  brian bruce bryan carl carlos charles charlie chris christopher chuck clarence colin craig dale dan daniel darrell
  dave david dennis dick dmitry don donald doug douglas duncan dwight earl ed eddie edward elijah emmanuel eric ernest
  eugene evan frank franklin fred frederick gary george gerald glen glenn gordon greg gregory hank harold harry henry
  howard hugh ian igor ivan jack jacob jake james jared jason jeb jeff jeffrey jeremy jerry jesse jim jimmy joe joel
  john johnny jon jonathan jorge jose joseph josh joshua juan justin keith ken kenneth kevin kurt larry lawrence lee
  leon louis luis marc marco marcus mark martin matt matthew max michael mike mitch mitt mohammed muhammad nathan neil
  newt nick nicholas nigel oliver omar oscar patrick paul pedro pete peter phil philip ralph randy ray raymond reince
  richard rick rob robert rod rodney roger ron ronald roy rudy russell ryan sam samuel scott sean sergei sergey seth
  shaun sherrod stephen steve steven stuart ted terry thomas tim timothy todd tom tony travis trey troy vladimir walter
  wayne william willie xi yuri zach`
const FEMALE = `abigail alice alicia alison amanda amy ana andrea angela angelique ann anna anne barbara betsy betty beverly
  brenda carla carly carol caroline catherine cathy charlotte cheryl christina christine claire cynthia dana deborah
  debbie debra denise diana diane donna doris dorothy elaine eleanor elizabeth ellen emily emma erin evelyn fiona
  frances gennifer gina gloria grace hannah heather helen hillary huma ivanka jane janet janice jean jeanne jennifer
  jessica jill joan joanna joyce judith judy julia julie karen kate katherine kathleen kathy kellyanne kelly kristen
  laura lauren linda lisa lois loretta louise lucy lynn madeleine margaret maria marie marilyn martha mary maxine megan
  melania melanie melissa michelle monica nancy natalie nicole nikki nina olga olivia pamela patricia patti paula
  peggy rachel rebecca rose ruth sally samantha sandra sara sarah sharon shirley stacey stephanie susan susana suzanne
  tammy teresa theresa tiffany tina tulsi valerie victoria virginia wendy yulia`

const list = (words: string) => words.split(/\s+/).filter(Boolean)

/** Given name (lower case) → the gender it tells, as the team wrote it (merged over the compiled list). */
export const CURATED_GIVEN_NAMES: ReadonlyMap<string, 'm' | 'f'> = new Map([
  ...list(MALE).map((n) => [n, 'm'] as const),
  ...list(FEMALE).map((n) => [n, 'f'] as const),
])
