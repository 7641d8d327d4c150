/**
 * Words that stand right before a person's name without being a post: occupations («тренера Бадди
 * Макгирта», "boxer", "promoter") and nationality nouns («британца Дензела Бентли»). After one, a
 * capitalized name is a person even when no lexicon knows the given name. Folded forms, any case.
 */

// Stems with the case endings they take (nominative and oblique, singular and plural).
const OCCUPATION_RU = /^(тренер|наставник|боксер|промоутер|нападающ|защитник|вратар|полузащитник|форвард|капитан|эксперт|аналитик|экономист|политолог|журналист|корреспондент|фермер|предпринимател|бизнесмен|адвокат|юрист|врач|ученый|профессор|академик|писател|поэт|режиссер|актер|актрис|пев[еи]ц|художник|спортсмен|теннисист|чемпион|бо[ей]ц|бор[ео]?ц|плов[ео]?ц|шахматист|гроссмейстер|футболист|хоккеист|баскетболист|волейболист|легкоатлет|дзюдоист|тяжелоатлет|гимнаст|гонщик|пилот|космонавт|астронавт|блогер|музыкант|композитор|дирижер|исследовател|инженер|архитектор|дизайнер|фотограф|банкир|инвестор|миллиардер|депутатка)(а|у|ом|ем|е|ы|и|ов|ев|ам|ами|ах|ка|ки|ке|ку|кой|кам|ками|ках|ица|ицы|ице|ицу|ицей|его|ему|им|ий|ая|ей|ую|ь|я|ю|ем)?$/;
const NATIONALITY_RU = /^(британ|американ|француз|нем|итальян|испан|португал|турок|турк|кита[ей]|япон|коре[йе]|казахстан|россиян|украин|белорус|канад|австрали[йе]|бразил|мексикан|аргентин|грузин|армян|азербайджан|узбек|киргиз|кыргыз|таджик|туркмен|казах|монгол|поляк|чех|венгр|серб|хорват|болгар|румын|финн|швед|норвеж|датчан|голланд|бельги|швейцар|австри|ирланд|шотланд|англичан|израил|иран|иракц|сири|египт|индиец|индийц|пакистан|афган|филиппин|вьетнам|таиланд|индонези|нигери|кени|колумби|чили|перуан|кубин)(ец|ца|цу|цем|це|цы|цев|цам|цами|цах|ка|ки|ке|ку|кой|ин|ина|ину|ином|ине|е|ы|а|у|ом|ов|ам|ами|ах|и|ей|ям|ями|ях|ец|чанин|чанина|чанину|чанином)?$/;

const OCCUPATION_EN = new Set([
  'boxer', 'promoter', 'fighter', 'wrestler', 'swimmer', 'runner', 'cyclist', 'player', 'defender', 'forward',
  'researcher', 'scientist', 'professor', 'expert', 'farmer', 'entrepreneur', 'businessman', 'businesswoman',
  'lawyer', 'attorney', 'journalist', 'reporter', 'writer', 'author', 'singer', 'actor', 'actress', 'artist',
  'director', 'producer', 'architect', 'engineer', 'doctor', 'investor', 'billionaire', 'blogger', 'activist',
  'strategist', 'trader', 'banker', 'founder', 'co-founder', 'pilot', 'astronaut', 'cosmonaut', 'champion',
]);

/** True for a folded word that is an occupation or nationality noun in any case form. */
export function isPersonCue(norm: string): boolean {
  if (/^[a-z-]+$/.test(norm)) return OCCUPATION_EN.has(norm);
  return norm.length >= 4 && (OCCUPATION_RU.test(norm) || NATIONALITY_RU.test(norm));
}
