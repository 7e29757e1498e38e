// Locations beyond the city gazetteer: head words of place names and regions without a city entry.

/** Capitalized final words that make a capitalized phrase a place ("Tahrir Square", "Roxas Boulevard"). */
export const LOCATION_HEADS: ReadonlySet<string> = new Set([
  "Square", "Street", "St", "Boulevard", "Blvd", "Avenue", "Ave", "Road", "Rd", "Lane", "Highway", "Marg", "Bridge",
  "Cathedral", "Mosque", "Temple", "Palace", "Tower", "Towers", "Stadium", "Park", "Airport", "Station", "Sea", "Ocean",
  "River", "Lake", "Mountains", "Mountain", "Islands", "Island", "Valley", "Province", "Region", "District", "Bay",
  "Gulf", "Strait", "Straits", "Peninsula", "Bhawan", "Bhavan", "Prison", "Camp", "Hotel", "Gate", "Plaza", "Desert",
  "Coast", "Hills", "Heights", "Canal", "Port", "Harbour", "Harbor", "Border", "Crossing", "Checkpoint", "Hospital",
  "Market", "Bazaar", "Quarter", "Embankment", "Prospekt", "Ploshcha", "Mall", "Circle", "Place", "Gardens",
  "County", "State", "Oblast", "Governorate", "Territory", "Territories", "Strip", "Bank", "Pass", "Falls", "Basin",
  "Plateau", "Archipelago", "Cape", "Mount", "Memorial", "Monument", "Building", "Centre", "Center", "Hall",
  "Kingdom", "Principality", "Emirate", "Caliphate", "Khanate",
  // street and landmark names of British and North American cities ("Sussex Drive", "Hyde Park Corner", "Marble Arch")
  "Drive", "Corner", "Arch", "Crescent", "Terrace", "Parkway",
  // cities named with their head word ("Zamboanga City", "Quezon City") and port terminals ("New Mooring Container Terminal")
  "City", "Terminal",
  // lands named as regions ("Holy Land", "Arnhem Land")
  "Land",
  // enclaves and zones of a city ("the Diplomatic Enclave", "the Green Zone", "the Red Zone")
  "Enclave", "Zone", "Township",
]);

/**
 * Capitalized words of natural geography and settlement that, after a state's name, make the pair one
 * place named after the state ("Senegal River", "Niger Delta", "Jordan Valley", "Kuwait City").
 */
export const STATE_NAMED_PLACE_HEADS: ReadonlySet<string> = new Set([
  "River", "Sea", "Lake", "Valley", "Basin", "Delta", "Gulf", "Strait", "Mountains", "Desert", "Canal", "Bay", "Coast",
  "Peninsula", "Plateau", "Falls", "Highlands", "Lowlands", "City",
]);

/** Capitalized first words that make a phrase a place ("Mount Everest", "Lake Baikal", "St. Sava Cathedral"). */
export const LOCATION_PREFIXES: ReadonlySet<string> = new Set([
  "Mount", "Lake", "Cape", "Fort", "Port", "Gulf", "Lower", "Upper", "Outer", "Inner", "Greater", "Northern", "Southern",
  "Eastern", "Western", "Saint", "San", "Santa", "Sao", "São",
]);

/**
 * Lower-case nouns of industrial and military sites. After a name they make it that site ("the Las Bambas
 * copper mine"); with a determiner and a modifier they are an unnamed site ("a thermal power plant").
 */
export const FACILITY_HEADS: ReadonlySet<string> = new Set([
  "plant", "mine", "refinery", "factory", "dam", "depot", "airbase", "airfield", "shipyard", "smelter", "gigafactory",
  "station",
  // transport hubs named after their city ("Chattogram port", "Kabul airport")
  "port", "seaport", "airport",
]);

/** Modifiers that make "station" a broadcaster, not a site ("radio station"). */
export const NOT_SITE_STATIONS: ReadonlySet<string> = new Set(["radio", "television", "tv", "space", "news"]);

/** Capitalized final words that make a name a building only when last ("Government House", "Mansion House"; not "House of Commons"). */
export const FINAL_LOCATION_HEADS: ReadonlySet<string> = new Set(["House"]);

/** Lower-case nouns of administrative areas: after a city's name they name the area around it ("the Kharkiv region"). */
export const AREA_HEADS: ReadonlySet<string> = new Set(["region", "province", "oblast", "governorate", "prefecture"]);

/** Final words of names of events, laws and works: not entities of the graph ("Paris Agreement", "Davis Cup"). */
export const MISC_HEADS: ReadonlySet<string> = new Set([
  "War", "Wars", "Revolt", "Revolution", "Uprising", "Games", "Cup", "Championship", "Championships", "Olympics",
  "Universiade", "Prize", "Award", "Awards", "Show", "Festival", "Convention", "Agreement", "Treaty", "Accord", "Accords",
  "Act", "Bill", "Amendment", "Declaration", "Protocol", "Doctrine", "Plan", "Summit", "Conference", "Day", "Week",
  "Crisis", "Massacre", "Election", "Elections", "Referendum", "Initiative", "Strategy", "Trophy", "Marathon", "Series",
  "Spring", "Intifada",
]);

export interface RegionEntry {
  id: string;
  names: string[];
  reason: string;
}

/** Regions, territories and areas that are not sovereign states and not in the city gazetteer. */
export const REGIONS: readonly RegionEntry[] = [
  { id: "loc.region.world", names: ["Earth", "Middle East", "Europe", "Asia", "Africa", "Latin America", "South America", "North America", "Central America", "Central Asia", "South Asia", "Southeast Asia", "East Asia", "Balkans", "Caucasus", "Gulf", "Persian Gulf", "Scandinavia", "Arctic", "Antarctica", "Pacific", "Atlantic", "Mediterranean", "Sahel", "Horn of Africa", "Eastern Europe", "Western Europe", "Baltic", "Levant", "Maghreb", "Caribbean", "Oceania", "Korea", "Korean Peninsula"], reason: "world regions named as places" },
  { id: "loc.region.disputed", names: ["Tibet", "Crimea", "Gaza", "Gaza Strip", "West Bank", "Kashmir", "Xinjiang", "Donbas", "Donbass", "Donetsk", "Luhansk", "Lugansk", "Nagorno-Karabakh", "Karabakh", "Abkhazia", "South Ossetia", "Transnistria", "Golan Heights", "Western Sahara", "Kurdistan", "Chechnya", "Dagestan", "Hong Kong", "Macau", "Macao", "Puerto Rico", "Greenland", "Catalonia", "Basque Country", "Scotland", "Wales", "Northern Ireland", "Siberia", "Sinai", "Darfur", "Punjab", "Balochistan", "Mindanao", "Aceh", "Papua", "Tigray", "Idlib", "Aleppo", "Kherson", "Zaporizhzhia", "Kharkiv", "Mariupol", "Bakhmut"], reason: "territories and regions that news names as places, not states" },
  { id: "loc.region.waters", names: ["Nile", "Danube", "Thames", "Rhine", "Seine", "Volga", "Dnieper", "Dniester", "Don", "Euphrates", "Tigris", "Jordan River", "Yangtze", "Yellow River", "Mekong", "Ganges", "Indus", "Brahmaputra", "Amazon River", "Mississippi River", "Red Sea", "Black Sea", "Caspian Sea", "Baltic Sea", "South China Sea", "East China Sea", "Sea of Azov", "Sea of Japan", "Persian Gulf", "Gulf of Aden", "Strait of Hormuz", "Bosphorus", "Suez Canal", "Panama Canal"], reason: "rivers, seas and straits named without a head word" },
  { id: "loc.region.us-states", names: ["Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware", "Florida", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine", "Maryland", "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada", "New Hampshire", "New Jersey", "New Mexico", "New York", "North Carolina", "North Dakota", "Ohio", "Oklahoma", "Oregon", "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Texas", "Utah", "Vermont", "Virginia", "West Virginia", "Wisconsin", "Wyoming"], reason: "US states are places" },
  // The gazetteer keeps older or other romanizations ("Odessa", "Khan Yunis"); news now writes these
  // ("Odesa", "Khan Younis"), and a capitalized unknown name after a verb is otherwise left out or read as a person.
  { id: "loc.region.romanizations", names: ["Odesa", "Mykolaiv", "Sumy", "Kramatorsk", "Avdiivka", "Kostiantynivka", "Kupiansk", "Izium", "Lysychansk", "Sievierodonetsk", "Severodonetsk", "Vuhledar", "Kiev", "Khan Younis", "Khan Younes", "Deir al-Balah", "Deir el-Balah", "Jabalia", "Jabaliya", "Nuseirat", "Beit Lahia", "Beit Hanoun", "Sudzha"], reason: "current English spellings of towns that the city gazetteer spells otherwise or lacks" },
  { id: "loc.region.provinces", names: ["Ontario", "Quebec", "British Columbia", "Alberta", "Manitoba", "Saskatchewan", "Nova Scotia", "Queensland", "New South Wales", "Victoria", "Tasmania", "Bavaria", "Saxony", "Lombardy", "Tuscany", "Sicily", "Sardinia", "Corsica", "Brittany", "Normandy", "Provence", "Andalusia", "Galicia", "Flanders", "Wallonia", "Silesia", "Transylvania", "Anatolia", "Kurdistan", "Sindh", "Bengal", "Kerala", "Gujarat", "Rajasthan", "Uttar Pradesh", "Bihar", "Tamil Nadu", "Odisha", "Assam", "Guangdong", "Sichuan", "Yunnan", "Hokkaido", "Okinawa", "Java", "Sumatra", "Borneo", "Bali", "Luzon", "Patagonia", "Amazon", "Siberia", "Kosovo Polje", "Galilee", "Negev", "Hebron", "Nablus", "Ramallah", "Jenin"], reason: "provinces and regions often named in news" },
];
