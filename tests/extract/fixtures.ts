// Articles written for these tests (not taken from any corpus).

export const ATHENS_ARTICLE = `Students rally outside Turkish embassy in Athens

ATHENS, Oct 12 – Hundreds of Greek students marched to the Turkish Embassy in Athens on Saturday, chanting slogans against Ankara's naval exercises near the islands, the semi-official Anadolu news agency reported.

Riot police blocked the road to the diplomatic mission of Turkey and police officers formed a cordon around the compound. The demonstrators threw eggs at the embassy before policemen pushed them back.

"We will come back every week," said student leader Eleni Markou, 22. Markou told reporters the crowd would return on Monday.

Foreign Minister Nikos Dendias urged calm. Dendias said Greece would raise the matter with Turkey at the European Union. Ankara warned that Turkish troops would continue the drills, the agency said.

The Greek Confederation of Labour (GSEE) backed the march. GSEE leaders joined the students in Syntagma Square.

Share this: Facebook | Twitter | Email

3 comments

Yannis P. · 12 Oct 2021
Police did nothing. Mr. Papadopoulos should resign.
`;

export const DISTRACTOR_ARTICLE = `Police in March

In March, Police Chief Omar Haddad met reporters in Turan, a village in the hills. Police said the roads were closed. March is usually quiet, Haddad said.
`;
