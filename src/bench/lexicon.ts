// Word lists of the benchmark's article generator. Written for this project (not taken from any
// corpus): common country facts, invented people and organizations, and phrasings of the
// relations the extractor looks for. Only the benchmark uses them.

export interface BenchCountry {
  name: string;
  demonym: string;
  capital: string;
}

/** Countries with their demonym and capital (public facts). */
export const COUNTRIES: readonly BenchCountry[] = [
  { name: "Russia", demonym: "Russian", capital: "Moscow" },
  { name: "Ukraine", demonym: "Ukrainian", capital: "Kyiv" },
  { name: "Azerbaijan", demonym: "Azerbaijani", capital: "Baku" },
  { name: "Armenia", demonym: "Armenian", capital: "Yerevan" },
  { name: "Georgia", demonym: "Georgian", capital: "Tbilisi" },
  { name: "Turkey", demonym: "Turkish", capital: "Ankara" },
  { name: "Iran", demonym: "Iranian", capital: "Tehran" },
  { name: "Israel", demonym: "Israeli", capital: "Jerusalem" },
  { name: "Egypt", demonym: "Egyptian", capital: "Cairo" },
  { name: "France", demonym: "French", capital: "Paris" },
  { name: "Germany", demonym: "German", capital: "Berlin" },
  { name: "Poland", demonym: "Polish", capital: "Warsaw" },
  { name: "Italy", demonym: "Italian", capital: "Rome" },
  { name: "Spain", demonym: "Spanish", capital: "Madrid" },
  { name: "Greece", demonym: "Greek", capital: "Athens" },
  { name: "Serbia", demonym: "Serbian", capital: "Belgrade" },
  { name: "Hungary", demonym: "Hungarian", capital: "Budapest" },
  { name: "China", demonym: "Chinese", capital: "Beijing" },
  { name: "Japan", demonym: "Japanese", capital: "Tokyo" },
  { name: "India", demonym: "Indian", capital: "New Delhi" },
  { name: "Pakistan", demonym: "Pakistani", capital: "Islamabad" },
  { name: "Indonesia", demonym: "Indonesian", capital: "Jakarta" },
  { name: "Philippines", demonym: "Filipino", capital: "Manila" },
  { name: "Vietnam", demonym: "Vietnamese", capital: "Hanoi" },
  { name: "Kenya", demonym: "Kenyan", capital: "Nairobi" },
  { name: "Nigeria", demonym: "Nigerian", capital: "Abuja" },
  { name: "Brazil", demonym: "Brazilian", capital: "Brasilia" },
  { name: "Argentina", demonym: "Argentine", capital: "Buenos Aires" },
  { name: "Mexico", demonym: "Mexican", capital: "Mexico City" },
  { name: "Canada", demonym: "Canadian", capital: "Ottawa" },
  { name: "United States", demonym: "American", capital: "Washington" },
  { name: "United Kingdom", demonym: "British", capital: "London" },
  { name: "Sweden", demonym: "Swedish", capital: "Stockholm" },
  { name: "Norway", demonym: "Norwegian", capital: "Oslo" },
  { name: "Lebanon", demonym: "Lebanese", capital: "Beirut" },
  { name: "Jordan", demonym: "Jordanian", capital: "Amman" },
];

export const FIRST_NAMES: readonly string[] = [
  "Anar", "Leyla", "Rashad", "Nigar", "Elvin", "Sabina", "Tural", "Gunel", "Orkhan", "Aysel",
  "Mikhail", "Olga", "Dmitri", "Irina", "Sergei", "Natalia", "Andriy", "Oksana", "Taras", "Yulia",
  "Ahmed", "Fatima", "Omar", "Layla", "Karim", "Yasmin", "Hassan", "Mariam", "Reza", "Shirin",
  "Pierre", "Claire", "Julien", "Sophie", "Lukas", "Anna", "Jonas", "Lena", "Marco", "Giulia",
  "Javier", "Lucia", "Nikos", "Eleni", "Piotr", "Agnieszka", "Janos", "Eszter", "Milan", "Jelena",
  "Wei", "Mei", "Hiroshi", "Yuki", "Arjun", "Priya", "Budi", "Sari", "Jose", "Maria",
  "Minh", "Lan", "Wanjiru", "Kamau", "Chinedu", "Ngozi", "Thiago", "Camila", "Diego", "Valentina",
  "Michael", "Sarah", "David", "Emily", "James", "Rachel", "Lars", "Ingrid", "Erik", "Astrid",
];

export const SURNAMES: readonly string[] = [
  "Mammadov", "Huseynova", "Aliyeva", "Gasimov", "Karimli", "Babayev", "Rzayeva", "Ismayilov",
  "Volkov", "Petrova", "Sokolov", "Morozova", "Kovalenko", "Shevchenko", "Bondarenko", "Tkachuk",
  "Haddad", "Nasser", "Khalil", "Mansour", "Rahimi", "Tehrani", "Farahani", "Karimi",
  "Dubois", "Lefevre", "Moreau", "Schneider", "Fischer", "Weber", "Rossi", "Ferrari",
  "Garcia", "Navarro", "Papadopoulos", "Nowak", "Kowalski", "Nagy", "Horvath", "Petrovic",
  "Zhang", "Liu", "Tanaka", "Sato", "Sharma", "Gupta", "Santoso", "Reyes", "Nguyen", "Tran",
  "Otieno", "Mwangi", "Okafor", "Adeyemi", "Silva", "Oliveira", "Fernandez", "Lopez",
  "Thompson", "Walker", "Mitchell", "Harris", "Lindqvist", "Johansen", "Berg", "Hansen",
];

export const TITLES: readonly string[] = ["Ambassador", "Minister", "President", "Spokesman", "Mayor"];

/** News agencies and outlets that report (real outlet names as plain facts, or invented ones). */
export const AGENCIES: readonly string[] = [
  "Reuters", "Agence France-Presse", "Associated Press", "Turan", "Interfax", "Anadolu Agency",
  "Kyodo News", "Yonhap", "Xinhua", "Bernama", "EFE", "ANSA", "Ukrinform", "Trend News Agency",
  "Caspian Herald", "Northern Wire", "Metro Daily Courier", "Harbor Gazette", "Evening Ledger",
  "Continental Press Service",
];

/** Invented civil-society organizations. */
export const ORGANIZATIONS: readonly string[] = [
  "Civic Solidarity Union", "Free Voices Network", "Open Square Movement", "Workers Unity Federation",
  "Green Horizon Alliance", "Youth Forward League", "Helsinki Rights Committee", "Justice Watch",
  "Democracy Now Coalition", "Peace Bridge Initiative", "Student Action Council", "Farmers Defense League",
  "Lawyers for Liberty", "Open Media Foundation", "Veterans Peace Association", "Citizens Monitor",
];

/** Descriptions of protesting crowds: an adjective slot for a demonym, and the noun. */
export const CROWDS: readonly string[] = [
  "human rights activists", "students", "protesters", "demonstrators", "opposition supporters",
  "workers", "farmers", "veterans", "journalists", "pensioners", "members of the diaspora", "activists",
];

export const GRIEVANCES: readonly string[] = [
  "the war", "the occupation", "the detention of journalists", "the new border rules", "the trade embargo",
  "the arrest of opposition leaders", "the gas price agreement", "the military exercises",
  "the closure of independent media", "the deportation of migrants", "the fishing ban", "the election result",
];

export const PLACES: readonly string[] = [
  "Freedom Square", "Victory Avenue", "Liberty Park", "Central Station", "Harbor Road", "Unity Square",
  "Parliament Street", "Independence Avenue", "Old Town Square", "Republic Square",
];

export const WEEKDAYS: readonly string[] = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

/**
 * Sentence templates. Slots: {crowd} {Dem} (demonym of the target state), {State} (target state),
 * {City} (host city), {Host} (host state), {Agency}, {Org}, {Person} (full name), {Surname},
 * {Title}, {Place}, {Grievance}, {Day}, {N} (a number).
 */
export const PROTEST_SENTENCES: readonly string[] = [
  "A group of {crowd} rallied in front of the {Dem} embassy in {City} on {Day}, demanding an end to {Grievance}.",
  "Hundreds of {crowd} protested against {State} outside the {Dem} Embassy in {City}, {Agency} reported.",
  "The participants called on {State} to end {Grievance} and chanted slogans against the {Dem} government.",
  "Members of the {Org} picketed the embassy of {State} in {City} and demanded the release of detained activists.",
  "Protesters marched from {Place} to the {Dem} embassy, where they burned flags and shouted slogans against {State}.",
  "On {Day}, {crowd} staged a sit-in near the {Dem} Embassy in {City} to protest against {Grievance}.",
  "The {Org} organised a demonstration against {State} in {City}, according to {Agency}.",
];

export const PROTECT_SENTENCES: readonly string[] = [
  "Police cordoned off the {Dem} embassy and did not allow the protesters to approach the building.",
  "Riot police guarded the embassy of {State} in {City} throughout the rally.",
  "Security forces protected the {Dem} Embassy and kept the crowd away from the gates, {Agency} said.",
  "Officers from the {City} police shielded the diplomatic mission as the crowd grew.",
];

export const ARREST_SENTENCES: readonly string[] = [
  "Police detained {N} demonstrators near {Place}, {Agency} reported.",
  "Police arrested {Person}, a coordinator of the {Org}, after the rally.",
  "Several protesters were detained by police and taken to a station in {City}.",
  "{Agency} said that police briefly detained {N} students outside the embassy.",
];

export const REPORT_SENTENCES: readonly string[] = [
  "{Person}, a spokesman for the {Org}, told {Agency} that the protest would continue.",
  "{Title} {Person} said the embassy had asked the {Host} authorities to ensure its security, {Agency} reported.",
  "According to {Agency}, the {Dem} ambassador, {Person}, condemned the protest.",
  "{Surname} wrote on social media that the rally was peaceful.",
];

export const OTHER_SENTENCES: readonly string[] = [
  "{State} has been accused of {Grievance} by several governments.",
  "{Host} and {State} have been allies since the signing of a cooperation agreement.",
  "President {Person} leads {Host} and has not commented on the protest.",
  "The {Dem} embassy in {City} is located on {Place}.",
  "{Person} is a member of the {Org}.",
  "{State} supports the government of {Host} in the dispute over {Grievance}.",
];

/** Sentences without relations: background that brings an article to a realistic length. */
export const FILLER_SENTENCES: readonly string[] = [
  "The rally lasted for about two hours and ended without serious incidents.",
  "Traffic in the city centre was disrupted for several hours while the crowd gathered.",
  "Organisers said they had informed the city administration several days in advance.",
  "Many participants carried hand-written signs and national flags.",
  "The weather was cold, but the number of people kept growing through the afternoon.",
  "Observers noted that the gathering was one of the largest in the city this year.",
  "Some shops along the route closed early as a precaution.",
  "Speakers took turns addressing the crowd from a small platform near the gates.",
  "Local residents watched from balconies as the march passed through the narrow streets.",
  "A petition with several thousand signatures was handed to the guards at the entrance.",
  "The organisers asked the participants to remain calm and avoid provocations.",
  "Earlier in the week, similar gatherings had been announced in other cities of the region.",
  "Photographs of the event were widely shared online within minutes.",
  "The statement read at the end of the rally called for dialogue and an immediate ceasefire.",
  "Volunteers distributed tea and bread to people who had travelled from other towns.",
  "Analysts said the protest reflected growing frustration with the slow pace of negotiations.",
  "Several speakers recalled earlier protests that had been broken up by force.",
  "The crowd observed a minute of silence in memory of the victims of the conflict.",
  "Later in the evening, most of the participants left the area peacefully.",
  "Municipal workers cleaned the square after the demonstrators dispersed.",
];
