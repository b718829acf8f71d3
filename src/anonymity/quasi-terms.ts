/**
 * The words behind the guard's warnings, per language (bokmål, nynorsk, Danish, and English
 * for the odd English note), as data so that a reviewer can read and extend them without
 * touching the detector. Each entry is a word or a short phrase, matched whole and without
 * regard to letter case; a trailing `*` lets it take endings ("høreapparat*" also finds
 * "høreapparatet").
 *
 * None of these identifies a child alone. Each narrows the group a description can be about
 * to very few, and with the class or the school that is often one: so the writer is asked to
 * look again, not refused.
 */

export type TermLanguage = 'nb' | 'nn' | 'da' | 'en';

/** "The only …": said of one child in a named class or group, it singles that child out. */
export const ONLY_WORDS: Record<TermLanguage, readonly string[]> = {
  nb: ['den eneste', 'det eneste', 'de eneste', 'eneste'],
  nn: ['den einaste', 'det einaste', 'einaste', 'den eneste', 'eneste'],
  da: ['den eneste', 'det eneste', 'eneste'],
  en: ['the only', 'only one'],
};

/**
 * Words after "the only" that make it a manner of speaking, not a description of a child:
 * "den eneste gangen", "det eneste vi vet", "the only time".
 */
export const ONLY_NOT_A_CHILD: Record<TermLanguage, readonly string[]> = {
  nb: ['gang*', 'måte*', 'dag*', 'grunn*', 'sjanse*', 'mulighet*', 'løsning*', 'vi', 'jeg', 'som', 'hun', 'han', 'de', 'til', 'ting*'],
  nn: ['gong*', 'gang*', 'måte*', 'dag*', 'grunn*', 'sjanse*', 'moglegheit*', 'løysing*', 'vi', 'eg', 'som', 'ho', 'han', 'dei', 'ting*'],
  da: ['gang*', 'måde*', 'dag*', 'grund*', 'chance*', 'mulighed*', 'løsning*', 'vi', 'jeg', 'som', 'hun', 'han', 'de', 'ting*'],
  en: ['time*', 'way*', 'day*', 'reason*', 'chance*', 'thing*', 'we', 'i', 'one'],
};

/** Words that name a group of children: with a class name ("1A", "4.b") they say where to look. */
export const GROUP_WORDS: Record<TermLanguage, readonly string[]> = {
  nb: ['klasse*', 'trinn*', 'gruppe*', 'gruppa', 'avdeling*', 'kull*', 'basen', 'klassen', 'skole*', 'barnehage*'],
  nn: ['klasse*', 'trinn*', 'gruppe*', 'gruppa', 'avdeling*', 'kull*', 'basen', 'skule*', 'barnehage*'],
  da: ['klasse*', 'årgang*', 'gruppe*', 'gruppen', 'stue*', 'afdeling*', 'skole*', 'børnehave*', 'vuggestue*', 'sfo'],
  en: ['class*', 'year group', 'grade', 'group', 'school', 'kindergarten'],
};

/** Aids and traits few children have: a hearing aid in a class of 25 is one child. */
export const RARE_TRAITS: Record<TermLanguage, readonly string[]> = {
  nb: ['høreapparat*', 'cochleaimplantat*', 'ci-bruker*', 'rullestol*', 'rullator*', 'krykker', 'protese*', 'førerhund*', 'tegnspråk*', 'blind', 'døv', 'døve', 'svaksynt*', 'insulinpumpe*', 'sondemat*', 'albino', 'stomi', 'hijab', 'parykk*'],
  nn: ['høyreapparat*', 'høyrapparat*', 'høreapparat*', 'cochleaimplantat*', 'rullestol*', 'krykker', 'protese*', 'førarhund*', 'teiknspråk*', 'blind', 'døv', 'døve', 'svaksynt*', 'insulinpumpe*', 'sondemat*', 'albino', 'stomi', 'hijab', 'parykk*'],
  da: ['høreapparat*', 'cochlear-implantat*', 'cochlearimplantat*', 'ci-bruger*', 'kørestol*', 'rollator*', 'krykker', 'protese*', 'førerhund*', 'tegnsprog*', 'blind', 'døv', 'døve', 'svagsynet', 'insulinpumpe*', 'sondemad*', 'albino', 'stomi', 'hijab', 'paryk*'],
  en: ['hearing aid*', 'cochlear implant*', 'wheelchair*', 'crutches', 'prosthe*', 'guide dog*', 'sign language', 'blind', 'deaf', 'insulin pump*', 'feeding tube*', 'albino'],
};

/** Diagnoses: health data (GDPR art. 9), and in a small school often known to everyone. */
export const DIAGNOSES: Record<TermLanguage, readonly string[]> = {
  nb: ['adhd', 'autisme*', 'autist*', 'asperger*', 'tourette*', 'downs syndrom', 'downs', 'down syndrom', 'cerebral parese', 'epilepsi*', 'diabetes', 'diabetiker*', 'dysleksi*', 'cøliaki', 'anoreksi*', 'spiseforstyrrelse*', 'ocd', 'ptsd', 'leukemi', 'kreft', 'muskelsyk*', 'diagnose*'],
  nn: ['adhd', 'autisme*', 'autist*', 'asperger*', 'tourette*', 'downs syndrom', 'downs', 'cerebral parese', 'epilepsi*', 'diabetes', 'diabetikar*', 'dysleksi*', 'cøliaki', 'anoreksi*', 'eteforstyrring*', 'spiseforstyrring*', 'ocd', 'ptsd', 'leukemi', 'kreft', 'diagnose*'],
  da: ['adhd', 'autisme*', 'autist*', 'asperger*', 'tourette*', 'downs syndrom', 'downs', 'cerebral parese', 'epilepsi*', 'sukkersyge', 'diabetes', 'diabetiker*', 'ordblind*', 'dysleksi*', 'cøliaki', 'anoreksi*', 'spiseforstyrrelse*', 'ocd', 'ptsd', 'leukæmi', 'kræft', 'diagnose*'],
  en: ['adhd', 'autism', 'autistic', 'asperger*', 'tourette*', 'down syndrome', 'cerebral palsy', 'epilepsy', 'epileptic', 'diabetes', 'diabetic', 'dyslexi*', 'coeliac', 'celiac', 'anorexia', 'eating disorder', 'ocd', 'ptsd', 'leukaemia', 'leukemia', 'cancer', 'diagnos*'],
};

/** Family members: a family event is about the child when it is about the child's family. */
export const FAMILY_WORDS: Record<TermLanguage, readonly string[]> = {
  nb: ['mor', 'moren', 'mora', 'mamma*', 'far', 'faren', 'pappa*', 'foreldre*', 'forelder*', 'bror', 'broren', 'søster*', 'søsken*', 'bestemor*', 'bestefar*', 'mormor*', 'morfar*', 'farmor*', 'farfar*', 'stefar*', 'stemor*', 'familie*'],
  nn: ['mor', 'mora', 'mamma*', 'far', 'faren', 'pappa*', 'foreldre*', 'foreldra', 'forelder*', 'bror', 'broren', 'syster*', 'søster*', 'sysken*', 'søsken*', 'bestemor*', 'bestefar*', 'mormor*', 'morfar*', 'farmor*', 'farfar*', 'stefar*', 'stemor*', 'familie*'],
  da: ['mor', 'moren', 'mors', 'far', 'faren', 'fars', 'forældre*', 'bror', 'broren', 'søster*', 'søskende', 'mormor*', 'morfar*', 'farmor*', 'farfar*', 'bedstemor*', 'bedstefar*', 'stedfar*', 'stedmor*', 'familie*'],
  en: ['mother', 'mum', 'mom', 'father', 'dad', 'parent*', 'brother', 'sister', 'sibling*', 'grandmother', 'grandfather', 'grandma', 'grandpa', 'stepfather', 'stepmother', 'family'],
};

/** Events in a family that few share at one time: a death, a divorce, a parent in prison. */
export const FAMILY_EVENTS: Record<TermLanguage, readonly string[]> = {
  nb: ['døde', 'død', 'dødsfall*', 'gikk bort', 'begravelse*', 'gravferd*', 'skilsmisse*', 'skilt', 'skilte seg', 'samlivsbrudd*', 'fengsel*', 'fengslet', 'soner', 'sitter inne', 'selvmord*', 'utvist', 'utvisning*', 'tvangsinnlagt', 'innlagt'],
  nn: ['døydde', 'døde', 'død', 'dødsfall*', 'gjekk bort', 'gravferd*', 'skilsmål*', 'skilsmisse*', 'skild', 'skilde', 'skilde seg', 'skilt', 'samlivsbrot*', 'fengsel*', 'fengsla', 'sonar', 'sit inne', 'sjølvmord*', 'utvist', 'tvangsinnlagd', 'innlagd'],
  da: ['døde', 'død', 'dødsfald*', 'gik bort', 'begravelse*', 'skilsmisse*', 'skilt', 'blevet skilt', 'fængsel*', 'fængslet', 'afsoner', 'sidder inde', 'selvmord*', 'udvist', 'udvisning*', 'tvangsindlagt', 'indlagt'],
  en: ['died', 'dead', 'death', 'passed away', 'funeral', 'divorce*', 'separated', 'prison', 'jail', 'imprisoned', 'suicide', 'deported'],
};
