// Organizations: news outlets and well-known bodies by name, the head words that make a capitalized
// phrase an organization, and unnamed institutional actors (police, security forces).

export interface NamedEntry {
  id: string;
  /** Canonical label. */
  label: string;
  /** Surface forms (case-sensitive), the label included implicitly. */
  names: string[];
  reason: string;
}

/** News agencies, broadcasters and papers that stories cite as sources. */
export const NEWS_OUTLETS: readonly NamedEntry[] = [
  { id: "org.outlet.reuters", label: "Reuters", names: [], reason: "international news agency" },
  { id: "org.outlet.ap", label: "Associated Press", names: ["AP"], reason: "US news agency" },
  { id: "org.outlet.afp", label: "AFP", names: ["Agence France-Presse", "Agence France Presse"], reason: "French news agency" },
  { id: "org.outlet.xinhua", label: "Xinhua", names: [], reason: "Chinese state news agency" },
  { id: "org.outlet.tass", label: "TASS", names: ["Tass", "ITAR-TASS"], reason: "Russian state news agency" },
  { id: "org.outlet.ria", label: "RIA Novosti", names: ["RIA"], reason: "Russian state news agency" },
  { id: "org.outlet.interfax", label: "Interfax", names: [], reason: "Russian news agency" },
  { id: "org.outlet.irna", label: "IRNA", names: [], reason: "Iranian state news agency" },
  { id: "org.outlet.fars", label: "Fars", names: [], reason: "Iranian semi-official news agency" },
  { id: "org.outlet.mehr", label: "Mehr", names: [], reason: "Iranian news agency" },
  { id: "org.outlet.ilna", label: "ILNA", names: [], reason: "Iranian labour news agency" },
  { id: "org.outlet.isna", label: "ISNA", names: [], reason: "Iranian students' news agency" },
  { id: "org.outlet.tasnim", label: "Tasnim", names: [], reason: "Iranian news agency" },
  { id: "org.outlet.turan", label: "Turan", names: [], reason: "Azerbaijani independent news agency" },
  { id: "org.outlet.apa", label: "APA", names: [], reason: "Azerbaijani news agency" },
  { id: "org.outlet.anadolu", label: "Anadolu", names: ["Anadolu Agency"], reason: "Turkish state news agency" },
  { id: "org.outlet.kyodo", label: "Kyodo", names: [], reason: "Japanese news agency" },
  { id: "org.outlet.yonhap", label: "Yonhap", names: [], reason: "South Korean news agency" },
  { id: "org.outlet.kcna", label: "KCNA", names: [], reason: "North Korean state news agency" },
  { id: "org.outlet.bernama", label: "Bernama", names: [], reason: "Malaysian news agency" },
  { id: "org.outlet.antara", label: "Antara", names: [], reason: "Indonesian news agency" },
  { id: "org.outlet.pti", label: "PTI", names: ["Press Trust of India"], reason: "Indian news agency" },
  { id: "org.outlet.ani", label: "ANI", names: [], reason: "Indian news agency" },
  { id: "org.outlet.aap", label: "AAP", names: ["Australian Associated Press"], reason: "Australian news agency" },
  { id: "org.outlet.dpa", label: "DPA", names: ["dpa"], reason: "German news agency" },
  { id: "org.outlet.efe", label: "EFE", names: [], reason: "Spanish news agency" },
  { id: "org.outlet.ansa", label: "ANSA", names: [], reason: "Italian news agency" },
  { id: "org.outlet.ukrinform", label: "Ukrinform", names: [], reason: "Ukrainian news agency" },
  { id: "org.outlet.unian", label: "UNIAN", names: [], reason: "Ukrainian news agency" },
  { id: "org.outlet.sana", label: "SANA", names: [], reason: "Syrian state news agency" },
  { id: "org.outlet.wafa", label: "WAFA", names: [], reason: "Palestinian news agency" },
  { id: "org.outlet.mena", label: "MENA", names: [], reason: "Egyptian state news agency" },
  { id: "org.outlet.bbc", label: "BBC", names: [], reason: "British broadcaster" },
  { id: "org.outlet.cnn", label: "CNN", names: [], reason: "US broadcaster" },
  { id: "org.outlet.aljazeera", label: "Al Jazeera", names: ["Al-Jazeera"], reason: "Qatari broadcaster" },
  { id: "org.outlet.alarabiya", label: "Al Arabiya", names: ["Al-Arabiya"], reason: "Saudi broadcaster" },
  { id: "org.outlet.presstv", label: "Press TV", names: [], reason: "Iranian state broadcaster" },
  { id: "org.outlet.rt", label: "RT", names: ["Russia Today"], reason: "Russian state broadcaster" },
  { id: "org.outlet.sputnik", label: "Sputnik", names: [], reason: "Russian state outlet" },
  { id: "org.outlet.nhk", label: "NHK", names: [], reason: "Japanese broadcaster" },
  { id: "org.outlet.bloomberg", label: "Bloomberg", names: [], reason: "financial news outlet" },
  { id: "org.outlet.nyt", label: "The New York Times", names: ["New York Times"], reason: "US newspaper" },
  { id: "org.outlet.wapo", label: "The Washington Post", names: ["Washington Post"], reason: "US newspaper" },
  { id: "org.outlet.guardian", label: "The Guardian", names: ["Guardian"], reason: "British newspaper" },
];

/** Well-known bodies whose names carry no organization head word. */
export const KNOWN_BODIES: readonly NamedEntry[] = [
  { id: "org.body.un", label: "United Nations", names: ["UN", "U.N."], reason: "international organization" },
  { id: "org.body.eu", label: "European Union", names: ["EU"], reason: "international organization" },
  { id: "org.body.nato", label: "NATO", names: ["Nato"], reason: "military alliance" },
  { id: "org.body.whitehouse", label: "White House", names: [], reason: "the US presidential office acting as a body" },
  { id: "org.body.scotlandyard", label: "Scotland Yard", names: [], reason: "London's Metropolitan Police headquarters, standing for the force" },
  { id: "org.body.statedept", label: "State Department", names: [], reason: "US foreign ministry" },
  { id: "org.body.pentagon", label: "Pentagon", names: [], reason: "US defence department" },
  { id: "org.body.hamas", label: "Hamas", names: [], reason: "named armed movement" },
  { id: "org.body.hezbollah", label: "Hezbollah", names: ["Hizbollah"], reason: "named armed movement" },
  { id: "org.body.taliban", label: "Taliban", names: [], reason: "named armed movement" },
  { id: "org.body.houthis", label: "Houthis", names: ["Houthi"], reason: "named armed movement" },
  { id: "org.body.wagner", label: "Wagner", names: [], reason: "named armed group" },
  { id: "org.body.isis", label: "Islamic State", names: ["ISIS", "ISIL"], reason: "named armed movement" },
  { id: "org.body.alqaeda", label: "al-Qaeda", names: ["Al-Qaeda", "al Qaeda", "Al Qaeda"], reason: "named armed movement" },
  { id: "org.body.amnesty", label: "Amnesty International", names: ["Amnesty"], reason: "human rights NGO, often quoted" },
  { id: "org.body.hrw", label: "Human Rights Watch", names: ["HRW"], reason: "human rights NGO, often quoted" },
  { id: "org.body.redcross", label: "Red Cross", names: ["ICRC"], reason: "humanitarian organization" },
  { id: "org.body.interpol", label: "Interpol", names: [], reason: "international police organization" },
  { id: "org.body.kgb", label: "FSB", names: ["KGB", "CIA", "FBI", "MI6", "MI5", "Mossad", "SBU"], reason: "intelligence services are organizations" },
];

/** Companies and online platforms that news names without a head word. */
export const COMPANIES: readonly NamedEntry[] = [
  {
    id: "org.company.tech",
    label: "",
    names: [
      "Apple", "Google", "Alphabet", "Microsoft", "Amazon", "Meta", "Facebook", "Instagram", "WhatsApp", "Twitter",
      "YouTube", "TikTok", "ByteDance", "Snapchat", "Reddit", "Spotify", "Netflix", "Uber", "Lyft", "Airbnb", "Tesla",
      "SpaceX", "OpenAI", "Nvidia", "Intel", "IBM", "Oracle", "Samsung", "Huawei", "Xiaomi", "Sony", "Nokia", "Ericsson",
      "Alibaba", "Tencent", "Baidu", "Yahoo", "LinkedIn", "Telegram", "Signal", "Slack", "Zoom", "PayPal", "eBay", "Vine",
    ],
    reason: "technology companies and platforms",
  },
  {
    id: "org.company.industry",
    label: "",
    names: [
      "Boeing", "Airbus", "Disney", "Walmart", "Tesco", "Adidas", "Nike", "ExxonMobil", "Exxon", "Chevron", "Shell", "BP",
      "Gazprom", "Rosneft", "Aramco", "Toyota", "Volkswagen", "VW", "BMW", "Siemens", "Renault", "Nissan", "Honda",
      "Ford", "Pfizer", "Moderna", "AstraZeneca", "Goldman Sachs", "JPMorgan", "Citigroup", "HSBC", "Barclays", "Lufthansa",
      "Aeroflot", "Ryanair", "McDonald's", "Starbucks", "Coca-Cola", "PepsiCo", "Unilever", "Nestlé", "Nestle",
    ],
    reason: "large companies named in news",
  },
  {
    id: "org.party.us",
    label: "",
    names: ["Democrats", "Republicans", "Tories", "Labour", "GOP"],
    reason: "parties named by their members' plural or a short name",
  },
];

/** Single capitalized words that name one institution of the state they are about. */
export const SINGLE_WORD_BODIES: ReadonlySet<string> = new Set(["Senate", "Congress", "Parliament", "Cabinet", "Knesset", "Duma", "Bundestag", "Majlis", "Politburo", "Pentagon"]);

/** Capitalized head words that make a capitalized phrase an organization ("Democratic Party"). */
export const ORG_HEADS: ReadonlySet<string> = new Set([
  "Party", "Council", "Ministry", "Department", "Office", "Police", "University", "College", "School", "Academy",
  "Church", "Union", "Brigade", "Brigades", "Forum", "Front", "Movement", "Association", "Committee", "Agency",
  "Bank", "Company", "Corporation", "Corp", "Corp.", "Inc", "Inc.", "Ltd", "Ltd.", "Group", "Nations", "Assembly",
  "Parliament", "Congress", "Senate", "Army", "Navy", "Forces", "Force", "Guard", "Guards", "Court", "Commission",
  "Service", "Services", "Bureau", "Authority", "Network", "Airlines", "Airways", "Club", "League", "Organization",
  "Organisation", "Society", "Alliance", "Coalition", "Directorate", "Cabinet", "Institute", "Foundation", "Trust",
  "Federation", "Confederation", "Centre", "Center", "Board", "Secretariat", "Command", "Corps", "Squad",
  "Times", "Post", "News", "Herald", "Tribune", "Gazette", "Journal", "Daily", "TV", "Radio", "Television",
  "Broadcasting", "Press", "Media", "Telegraph", "Monitor", "Observer", "Express", "Review", "Fund", "Program",
  "Programme", "Initiative", "Watch", "International", "Industries", "Group", "Holdings", "Systems", "Motors",
  "Ministries", "Cooperative", "Syndicate", "Federation", "Legion", "Battalion", "Regiment", "Division", "Unit",
  "Council", "Empire", "Dynasty", "Records", "Film", "Films", "Studios", "Pictures", "Entertainment", "Publishing",
  "Books", "Magazine", "Telecom", "Energy", "Team", "SA", "AG", "PLC", "plc", "LLC", "GmbH", "NV", "Limited",
  "Technologies", "Bancorp", "Resources", "Mining", "Minerals", "Petroleum", "Oil", "Gas", "Airport Authority",
  "Government", "Administration",
  // campaigning bodies ("Palestine Solidarity Campaign", "Campaign for Nuclear Disarmament")
  "Campaign",
  // paramilitary and border forces named by their troops ("the Pakistan Rangers", "the Frontier Constabulary")
  "Rangers", "Constabulary", "Militia", "Gendarmerie",
]);

/**
 * Head words of military units: an ordinal before the unit's name belongs to it ("the 1st Scout Ranger
 * Regiment", "the 82nd Airborne Division", "the 3rd Assault Brigade").
 */
export const MILITARY_UNIT_HEADS: ReadonlySet<string> = new Set([
  "Regiment", "Brigade", "Division", "Battalion", "Corps", "Army", "Fleet", "Squadron", "Wing", "Infantry", "Cavalry",
  "Airborne", "Marines", "Commando", "Group", "Company", "Task Force", "Force", "Legion", "Rangers",
]);

/** Lower-case words after a capitalized name that say it is an outlet or body ("Fars news agency"). */
export const ORG_DESCRIPTORS: readonly { id: string; words: string[]; reason: string }[] = [
  { id: "org.descriptor.agency", words: ["news agency", "agency", "newspaper", "daily", "weekly", "broadcaster", "news website", "website", "radio", "television", "TV", "channel", "news channel", "magazine", "outlet", "portal"], reason: "a name followed by an outlet noun is that outlet" },
  { id: "org.descriptor.body", words: ["party", "movement", "group", "faction", "union", "coalition", "alliance", "militia", "organisation", "organization", "foundation", "institute"], reason: "a name followed by an organization noun is that organization" },
];

/** Lower-case nouns before a name that say it is an organization ("the labor center Kilusang Mayo Uno"). */
export const ORG_APPOSITIVES: ReadonlySet<string> = new Set([
  "center", "centre", "union", "party", "group", "movement", "organisation", "organization", "NGO", "agency",
  "network", "coalition", "alliance", "federation", "association", "company", "firm", "broadcaster", "newspaper",
  "outlet", "daily", "channel", "station", "militia", "bank",
  // outlets and bodies named in apposition ("the online magazine Campus Watch Korea", "the news portal Kompas",
  // "the port operator DP World", "the labour wing of the party")
  "magazine", "portal", "website", "weekly", "tabloid", "paper", "journal", "publication", "wing", "charity",
  "collective", "syndicate", "confederation", "cooperative", "consortium", "operator", "conglomerate", "faction",
  "outfit", "platform", "watchdog", "regulator",
]);

/** Unnamed institutional actors: one node per kind in an article. */
export interface InstitutionRule {
  id: string;
  /** Cluster key: all mentions with the same key in an article are one entity. */
  cluster: string;
  label: string;
  /** Lower-case word sequences. */
  phrases: string[];
  reason: string;
}

export const INSTITUTIONS: readonly InstitutionRule[] = [
  {
    id: "org.police",
    cluster: "police",
    label: "police",
    phrases: [
      "police", "policemen", "policeman", "policewoman", "policewomen", "police officers", "police officer", "riot police",
      "police force", "police forces", "riot police officers", "police reinforcements", "riot squad", "security forces",
      "riot officers", "plainclothes officers", "plainclothes police", "traffic police", "military police",
      "law enforcement", "law enforcement officers", "gendarmes", "gendarmerie", "anti-riot police", "police units",
      "police commandos", "special forces police", "crowd-control units",
    ],
    reason: "the police of the place act as one institutional actor however they are named",
  },
  {
    id: "org.parliament",
    cluster: "parliament",
    label: "parliament",
    phrases: ["parliament", "lawmakers", "legislature", "national assembly"],
    reason: "a national parliament acting without its proper name",
  },
  {
    id: "org.military-council",
    cluster: "military council",
    label: "military council",
    phrases: ["military council", "ruling military council"],
    reason: "a ruling military body without its proper name",
  },
  {
    id: "org.state-tv",
    cluster: "state television",
    label: "state television",
    phrases: ["state television", "state tv", "state media", "state broadcaster", "state-run television", "state-run tv"],
    reason: "the state broadcaster cited as a source",
  },
  {
    id: "org.firefighters",
    cluster: "firefighters",
    label: "firefighters",
    phrases: ["firefighters", "firemen", "fire brigade", "fire service"],
    reason: "the fire service acting at a scene",
  },
];

/** Nouns after "police" that make it a modifier, not the institution ("police van", "police chief"). */
export const POLICE_MODIFIED_NOUNS: ReadonlySet<string> = new Set([
  "van", "vans", "vehicle", "vehicles", "car", "cars", "truck", "trucks", "chief", "chiefs", "station", "stations",
  "headquarters", "personnel", "custody", "spokesman", "spokeswoman", "spokesperson", "source", "sources", "report",
  "reports", "brutality", "violence", "response", "cordon", "cordons", "barricade", "barricades", "line", "lines",
  "officer", "commander", "commissioner", "department", "academy", "record", "records", "dog", "dogs", "escort",
]);

/** Capitalized first words that make a phrase an organization ("Radio Free Europe", "Bank of Japan"). */
export const ORG_PREFIXES: ReadonlySet<string> = new Set([
  "Radio", "Bank", "University", "Ministry", "Department", "Council", "Church", "Union", "Party", "Movement", "Front",
  "Committee", "Commission", "Office", "Agency", "Institute", "Federation", "Association", "League", "Organization",
  "Organisation", "Army", "Forum", "Court", "Supreme", "Central", "National", "Federal", "Daily",
]);

/** "officers" alone joins the police only when the article already has police. */
export const POLICE_BARE_WORDS: ReadonlySet<string> = new Set(["officers", "officer", "troopers"]);

/**
 * Head nouns that, after "the" ("the federation said") or before a role ("a ministry spokesperson"),
 * refer back to the organization named earlier whose name holds the same word ("the Chattogram Port
 * Workers' Federation"). Not "group" or "mission": those refer to the crowd and the embassy.
 */
export const BODY_ANAPHOR_HEADS: ReadonlySet<string> = new Set([
  "federation", "ministry", "commission", "union", "council", "party", "university", "authority", "company", "movement",
  "association", "committee", "coalition", "alliance", "front", "congress", "assembly", "network", "institute",
  "foundation", "court", "tribunal", "corporation", "organisation", "organization", "department", "bureau",
  "directorate", "board", "confederation", "syndicate", "league", "club", "campaign", "agency",
]);
