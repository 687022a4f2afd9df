<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>Database</name>
    <message>
        <source>The database could not complete the request.</source>
        <translation>De database kon het verzoek niet uitvoeren.</translation>
    </message>
    <message>
        <source>Only the owner of the database on the server (kindzicht_owner) may rewrite its tables.</source>
        <translation>Alleen de eigenaar van de database op de server (kindzicht_owner) mag de tabellen herschrijven.</translation>
    </message>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>De map %1 kon niet worden gemaakt.</translation>
    </message>
    <message>
        <source>Someone is still reading the database; the rewrite waits for the next opening.</source>
        <translation>Iemand leest de database nog; het herschrijven wacht tot de volgende keer openen.</translation>
    </message>
</context>
<context>
    <name>kz::AccessPolicy</name>
    <message>
        <source>Your role does not allow this.</source>
        <translation>Uw rol staat dit niet toe.</translation>
    </message>
    <message>
        <source>This child was not found among the children you may see.</source>
        <translation>Dit kind staat niet bij de kinderen die u mag zien.</translation>
    </message>
    <message>
        <source>Only a manager of this group&apos;s location may enrol or move children here.</source>
        <translation>Alleen een locatiemanager van deze groep mag hier kinderen inschrijven of verplaatsen.</translation>
    </message>
    <message>
        <source>Only a manager of this location may do this.</source>
        <translation>Alleen een manager van deze locatie mag dit doen.</translation>
    </message>
    <message>
        <source>On the organisation&apos;s server this needs the rights of its owner (kindzicht_owner): your login sees only the children of your own groups and locations, so the result would be incomplete. Ask whoever looks after the server; nothing was done.</source>
        <translation>Op de server van de organisatie zijn hiervoor de rechten van de eigenaar nodig (kindzicht_owner): uw login ziet alleen de kinderen van uw eigen groepen en locaties, dus het resultaat zou onvolledig zijn. Vraag het aan wie de server beheert; er is niets gedaan.</translation>
    </message>
</context>
<context>
    <name>kz::AccessRequest</name>
    <message>
        <source>Only a manager of the child&apos;s location can answer an access request.</source>
        <translation>Alleen een manager van de locatie van het kind kan een inzageverzoek beantwoorden.</translation>
    </message>
    <message>
        <source>Access request</source>
        <translation>Inzageverzoek</translation>
    </message>
    <message>
        <source>Everything Kindzicht holds about</source>
        <translation>Alles wat Kindzicht bewaart over</translation>
    </message>
    <message>
        <source>Support needs</source>
        <translation>Signaleringen</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Observaties</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Verwijzingen</translation>
    </message>
    <message>
        <source>Who saw or changed the file</source>
        <translation>Wie het dossier zag of wijzigde</translation>
    </message>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>De map %1 kon niet worden gemaakt.</translation>
    </message>
    <message>
        <source>Handovers to school</source>
        <translation>Overdrachten naar school</translation>
    </message>
    <message>
        <source>Parents and guardians</source>
        <translation>Ouders/verzorgers</translation>
    </message>
    <message>
        <source>Group moves</source>
        <translation>Verplaatsingen naar een andere groep</translation>
    </message>
    <message>
        <source>Nothing.</source>
        <translation>Niets.</translation>
    </message>
    <message>
        <source>You asked to see what we keep about your child. This page shows all of it: the details of your child and of you, what the staff wrote down about your child, the support we offer and how it went, the organisations we asked for help, what went to a school, and who opened or changed the file, and when.</source>
        <translation>U vroeg om te zien wat wij over uw kind bewaren. Op deze pagina staat alles. U ziet de gegevens van uw kind en van u. U ziet wat de medewerkers over uw kind schreven. U ziet welke hulp wij geven en hoe dat ging. U ziet welke organisaties wij om hulp vroegen. U ziet wat naar een school ging. En u ziet wie het dossier opende of veranderde, en wanneer.</translation>
    </message>
    <message>
        <source>You may ask us:</source>
        <translation>U mag ons vragen:</translation>
    </message>
    <message>
        <source>to explain anything on this page that is not clear;</source>
        <translation>iets op deze pagina uit te leggen als het niet duidelijk is;</translation>
    </message>
    <message>
        <source>to correct what is wrong, or to add your own view;</source>
        <translation>iets te verbeteren dat niet klopt, of uw mening toe te voegen;</translation>
    </message>
    <message>
        <source>to remove what we no longer need, or to use it less;</source>
        <translation>iets weg te halen dat wij niet meer nodig hebben, of het minder te gebruiken;</translation>
    </message>
    <message>
        <source>for a copy of this page (you have one now).</source>
        <translation>om een kopie van deze pagina (die hebt u nu al).</translation>
    </message>
    <message>
        <source>Ask the location manager. You will have an answer within one month. Made on %1 by %2.</source>
        <translation>Vraag het aan de locatiemanager. U krijgt binnen een maand antwoord. Gemaakt op %1 door %2.</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <source>At the location since</source>
        <translation>Op de locatie sinds</translation>
    </message>
    <message>
        <source>Neighbourhood</source>
        <translation>Wijk</translation>
    </message>
    <message>
        <source>Languages at home</source>
        <translation>Talen thuis</translation>
    </message>
    <message>
        <source>Indication for early childhood education (VE) since</source>
        <translation>Recht op extra spelen en leren (VE) sinds</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Vertrokken</translation>
    </message>
    <message>
        <source>Number in the administration</source>
        <translation>Nummer in onze administratie</translation>
    </message>
    <message>
        <source>Your child</source>
        <translation>Uw kind</translation>
    </message>
    <message>
        <source>with an interpreter</source>
        <translation>met een tolk</translation>
    </message>
    <message>
        <source>no interpreter needed</source>
        <translation>geen tolk nodig</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relatie</translation>
    </message>
    <message>
        <source>Language for conversations</source>
        <translation>Taal voor gesprekken</translation>
    </message>
    <message>
        <source>Phone and e-mail</source>
        <translation>Telefoon en e-mail</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Groepen</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Door</translation>
    </message>
    <message>
        <source>noted for the first time</source>
        <translation>voor het eerst opgeschreven</translation>
    </message>
    <message>
        <source>now: %1</source>
        <translation>nu: %1</translation>
    </message>
    <message>
        <source>level changed to %1</source>
        <translation>veranderd naar %1</translation>
    </message>
    <message>
        <source>specialised help asked for</source>
        <translation>hulp van een specialist gevraagd</translation>
    </message>
    <message>
        <source>to be looked at again on %1</source>
        <translation>we kijken er op %1 opnieuw naar</translation>
    </message>
    <message>
        <source>talked about with you on %1</source>
        <translation>op %1 met u besproken</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>veranderd</translation>
    </message>
    <message>
        <source>What works</source>
        <translation>Wat helpt</translation>
    </message>
    <message>
        <source>What we agreed</source>
        <translation>Wat we afspraken</translation>
    </message>
    <message>
        <source>Your response</source>
        <translation>Uw reactie</translation>
    </message>
    <message>
        <source>Why it was closed</source>
        <translation>Waarom we ermee stopten</translation>
    </message>
    <message>
        <source>Where the staff saw that your child needs a little extra, and what was done.</source>
        <translation>De medewerkers zagen dat uw kind soms iets extra nodig heeft. Hier leest u waarbij, en wat we deden.</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Waarover</translation>
    </message>
    <message>
        <source>What we see</source>
        <translation>Wat we zien</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Wat er gebeurde</translation>
    </message>
    <message>
        <source>A confidential note: only its writer and the location&apos;s managers read it.</source>
        <translation>Een vertrouwelijke notitie. Alleen de schrijver en de leiding van de locatie lezen die.</translation>
    </message>
    <message>
        <source>Before it was changed on %1</source>
        <translation>Voor de wijziging op %1</translation>
    </message>
    <message>
        <source>When and by whom</source>
        <translation>Wanneer en door wie</translation>
    </message>
    <message>
        <source>What kind</source>
        <translation>Wat voor soort</translation>
    </message>
    <message>
        <source>What was written</source>
        <translation>Wat er is opgeschreven</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Asked on</source>
        <translation>Gevraagd op</translation>
    </message>
    <message>
        <source>Where it stands</source>
        <translation>Hoe het ervoor staat</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <source>Your consent: %1</source>
        <translation>Uw toestemming: %1</translation>
    </message>
    <message>
        <source>Version %1 sent on %2 by %3</source>
        <translation>Versie %1 op %2 verstuurd door %3</translation>
    </message>
    <message>
        <source>received on %1</source>
        <translation>ontvangen op %1</translation>
    </message>
    <message>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>Onderdelen</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
</context>
<context>
    <name>kz::AccountDialog</name>
    <message>
        <source>&amp;Pedagogical practitioner (her groups)</source>
        <translation>&amp;Pedagogisch medewerker (eigen groepen)</translation>
    </message>
    <message>
        <source>&amp;Location manager (her locations)</source>
        <translation>&amp;Locatiemanager (eigen locaties)</translation>
    </message>
    <message>
        <source>&amp;Administrator (accounts and settings, no children)</source>
        <translation>&amp;Beheerder (accounts en instellingen, geen kinderen)</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>Nieuw account</translation>
    </message>
    <message>
        <source>At least 10 characters with letters and digits or other signs, or 16 of any kind.</source>
        <translation>Minstens 10 tekens met letters en cijfers of andere tekens, of 16 van één soort.</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Gebruikersnaam</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <source>First &amp;password</source>
        <translation>Eerste &amp;wachtwoord</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Give a first password; the person can change it herself.</source>
        <translation>Geef een eerste wachtwoord; de persoon kan het zelf wijzigen.</translation>
    </message>
    <message>
        <source>Account of %1</source>
        <translation>Account van %1</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Groepen</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>Locaties</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (gearchiveerd)</translation>
    </message>
</context>
<context>
    <name>kz::AccountsView</name>
    <message>
        <source>Reset password</source>
        <translation>Wachtwoord opnieuw instellen</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>Nieuw wachtwoord:</translation>
    </message>
    <message>
        <source>Deactivate account</source>
        <translation>Account deactiveren</translation>
    </message>
    <message>
        <source>Deactivate this account? The person can no longer log in; what she recorded stays, with her name.</source>
        <translation>Dit account deactiveren? De persoon kan niet meer inloggen; wat zij vastlegde blijft, met haar naam.</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actief</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>gedeactiveerd</translation>
    </message>
    <message>
        <source>&amp;New account...</source>
        <translation>&amp;Nieuw account...</translation>
    </message>
    <message>
        <source>&amp;Reset password...</source>
        <translation>Wachtwoord &amp;opnieuw instellen...</translation>
    </message>
    <message>
        <source>&amp;Deactivate...</source>
        <translation>&amp;Deactiveren...</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation>&amp;Bewerken...</translation>
    </message>
    <message>
        <source>Roles, groups and locations (F2, Enter or double-click)</source>
        <translation>Rollen, groepen en locaties (F2, Enter of dubbelklik)</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Groepen</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>Locaties</translation>
    </message>
    <message>
        <source>The name shown in the program and the audit trail</source>
        <translation>De naam die in het programma en in het logboek staat</translation>
    </message>
    <message>
        <source>The name to log in with</source>
        <translation>De naam waarmee u inlogt</translation>
    </message>
    <message>
        <source>Practitioner, location manager or administrator</source>
        <translation>Pedagogisch medewerker, locatiemanager of beheerder</translation>
    </message>
    <message>
        <source>The groups whose children a practitioner sees</source>
        <translation>De groepen waarvan een pedagogisch medewerker de kinderen ziet</translation>
    </message>
    <message>
        <source>The locations a location manager manages</source>
        <translation>De locaties die een locatiemanager beheert</translation>
    </message>
    <message>
        <source>Active, or deactivated (cannot log in)</source>
        <translation>Actief, of gedeactiveerd (kan niet inloggen)</translation>
    </message>
</context>
<context>
    <name>kz::AgeRangeEdit</name>
    <message>
        <source>%1–%2 years</source>
        <translation>%1–%2 jaar</translation>
    </message>
    <message>
        <source>%1–%2 months</source>
        <translation>%1–%2 maanden</translation>
    </message>
    <message>
        <source>months</source>
        <translation>maanden</translation>
    </message>
    <message>
        <source>years</source>
        <translation>jaren</translation>
    </message>
    <message>
        <source>Age from</source>
        <translation>Leeftijd vanaf</translation>
    </message>
    <message>
        <source>Age to</source>
        <translation>Leeftijd tot</translation>
    </message>
    <message>
        <source>Age unit</source>
        <translation>Eenheid van de leeftijd</translation>
    </message>
</context>
<context>
    <name>kz::Anonymiser</name>
    <message>
        <source>[date]</source>
        <translation>[datum]</translation>
    </message>
    <message>
        <source>[postcode]</source>
        <translation>[postcode]</translation>
    </message>
    <message>
        <source>[e-mail address]</source>
        <translation>[e-mailadres]</translation>
    </message>
    <message>
        <source>[phone number]</source>
        <translation>[telefoonnummer]</translation>
    </message>
</context>
<context>
    <name>kz::AuditLog</name>
    <message>
        <source>of %1</source>
        <translation>van %1</translation>
    </message>
</context>
<context>
    <name>kz::AuditView</name>
    <message>
        <source>viewed</source>
        <translation>bekeken</translation>
    </message>
    <message>
        <source>created</source>
        <translation>aangemaakt</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>gewijzigd</translation>
    </message>
    <message>
        <source>status changed</source>
        <translation>status gewijzigd</translation>
    </message>
    <message>
        <source>linked</source>
        <translation>gekoppeld</translation>
    </message>
    <message>
        <source>escalated</source>
        <translation>opgeschaald</translation>
    </message>
    <message>
        <source>exported</source>
        <translation>geëxporteerd</translation>
    </message>
    <message>
        <source>logged in</source>
        <translation>ingelogd</translation>
    </message>
    <message>
        <source>login refused</source>
        <translation>inloggen geweigerd</translation>
    </message>
    <message>
        <source>password changed</source>
        <translation>wachtwoord gewijzigd</translation>
    </message>
    <message>
        <source>password reset</source>
        <translation>wachtwoord opnieuw ingesteld</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>gedeactiveerd</translation>
    </message>
    <message>
        <source>backup made</source>
        <translation>back-up gemaakt</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>teruggezet</translation>
    </message>
    <message>
        <source>purged</source>
        <translation>verwijderd (bewaartermijn)</translation>
    </message>
    <message>
        <source>settings changed</source>
        <translation>instellingen gewijzigd</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies)</source>
        <translation>
            <numerusform>%n regel</numerusform>
            <numerusform>%n regels</numerusform>
        </translation>
    </message>
    <message>
        <source>Every action</source>
        <translation>Elke handeling</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Tot en met</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Handeling</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>child</source>
        <translation>kind</translation>
    </message>
    <message>
        <source>observation</source>
        <translation>observatie</translation>
    </message>
    <message>
        <source>support need</source>
        <translation>signalering</translation>
    </message>
    <message>
        <source>referral</source>
        <translation>verwijzing</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>partner</translation>
    </message>
    <message>
        <source>account</source>
        <translation>account</translation>
    </message>
    <message>
        <source>location</source>
        <translation>locatie</translation>
    </message>
    <message>
        <source>group</source>
        <translation>groep</translation>
    </message>
    <message>
        <source>domain</source>
        <translation>ontwikkelingsgebied</translation>
    </message>
    <message>
        <source>access request</source>
        <translation>inzageverzoek</translation>
    </message>
    <message>
        <source>database</source>
        <translation>database</translation>
    </message>
    <message>
        <source>retention</source>
        <translation>bewaartermijn</translation>
    </message>
    <message>
        <source>consent recorded</source>
        <translation>toestemming vastgelegd</translation>
    </message>
    <message>
        <source>receipt recorded</source>
        <translation>ontvangst vastgelegd</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>verwijderd</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>geïmporteerd</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>gecontroleerd</translation>
    </message>
    <message>
        <source>handover to school</source>
        <translation>overdracht naar school</translation>
    </message>
    <message>
        <source>handover draft</source>
        <translation>concept-overdracht</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>verplaatst</translation>
    </message>
    <message>
        <source>left</source>
        <translation>vertrokken</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>gearchiveerd</translation>
    </message>
    <message>
        <source>parent or guardian</source>
        <translation>ouder/verzorger</translation>
    </message>
    <message>
        <source>children</source>
        <translation>kinderen</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organisatie</translation>
    </message>
    <message>
        <source>child no. %1 (name not shown)</source>
        <translation>kind nr. %1 (naam niet getoond)</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Logboek</translation>
    </message>
    <message>
        <source>Date and time of the action</source>
        <translation>Datum en tijd van de handeling</translation>
    </message>
    <message>
        <source>The account that did it</source>
        <translation>Het account dat het deed</translation>
    </message>
    <message>
        <source>What was done, for example viewed, changed or exported</source>
        <translation>Wat er is gedaan, bijvoorbeeld bekeken, gewijzigd of geëxporteerd</translation>
    </message>
    <message>
        <source>The record it concerned</source>
        <translation>Het gegeven waar het om ging</translation>
    </message>
    <message>
        <source>The child whose file it was, if any</source>
        <translation>Het kind van wie het dossier is, als het om een dossier gaat</translation>
    </message>
    <message>
        <source>file summary</source>
        <translation>dossiersamenvatting</translation>
    </message>
    <message>
        <source>group report</source>
        <translation>groepsrapport</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>geweigerd</translation>
    </message>
    <message>
        <source>defined</source>
        <translation>ingesteld</translation>
    </message>
    <message>
        <source>replaced</source>
        <translation>vervangen</translation>
    </message>
    <message>
        <source>case for intervisie</source>
        <translation>casus voor intervisie</translation>
    </message>
    <message>
        <source>area</source>
        <translation>wijk</translation>
    </message>
    <message>
        <source>partner check period</source>
        <translation>controletermijn partners</translation>
    </message>
    <message>
        <source>conversation with parents</source>
        <translation>oudergesprek</translation>
    </message>
    <message>
        <source>summary for parents</source>
        <translation>samenvatting voor ouders</translation>
    </message>
    <message>
        <source>backup key</source>
        <translation>back-upsleutel</translation>
    </message>
    <message>
        <source>backup folder</source>
        <translation>back-upmap</translation>
    </message>
    <message>
        <source>backup plan</source>
        <translation>back-upschema</translation>
    </message>
    <message>
        <source>backup settings</source>
        <translation>back-upinstellingen</translation>
    </message>
</context>
<context>
    <name>kz::Authenticator</name>
    <message>
        <source>The user name or password is not right.</source>
        <translation>De gebruikersnaam of het wachtwoord klopt niet.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passwords; try again in %n second(s).</source>
        <translation>
            <numerusform>Te vaak een verkeerd wachtwoord; probeer het over %n seconde opnieuw.</numerusform>
            <numerusform>Te vaak een verkeerd wachtwoord; probeer het over %n seconden opnieuw.</numerusform>
        </translation>
    </message>
    <message>
        <source>The password is not right.</source>
        <translation>Het wachtwoord klopt niet.</translation>
    </message>
    <message>
        <source>This computer is connected to the server as %1: log in to Kindzicht as %1, or connect with your own login.</source>
        <translation>Deze computer is met de server verbonden als %1: log in Kindzicht in als %1, of maak verbinding met uw eigen login.</translation>
    </message>
</context>
<context>
    <name>kz::AutomaticBackup</name>
    <message>
        <source>No backup folder has been chosen yet: a beheerder chooses one in Beheer, Back-ups.</source>
        <translation>Er is nog geen back-upmap gekozen: een beheerder kiest die in Beheer, Back-ups.</translation>
    </message>
    <message>
        <source>The backup folder %1 is not there: is the disk, USB stick or network share connected? Nothing was written.</source>
        <translation>De back-upmap %1 is er niet: is de schijf, USB-stick of netwerkmap aangesloten? Er is niets geschreven.</translation>
    </message>
    <message>
        <source>%1 is not a folder; nothing was written.</source>
        <translation>%1 is geen map; er is niets geschreven.</translation>
    </message>
    <message>
        <source>Kindzicht may not write in the backup folder %1; nothing was written.</source>
        <translation>Kindzicht mag niet schrijven in de back-upmap %1; er is niets geschreven.</translation>
    </message>
    <message>
        <source>The backup folder %1 is full: the backup needs about %2 MB and %3 MB are free. Nothing was written.</source>
        <translation>De back-upmap %1 is vol: de back-up heeft ongeveer %2 MB nodig en er is %3 MB vrij. Er is niets geschreven.</translation>
    </message>
    <message>
        <source>There is no backup key yet: a beheerder makes one in Beheer, Back-ups (or with kindzicht-cli backup key create).</source>
        <translation>Er is nog geen back-upsleutel: een beheerder maakt die in Beheer, Back-ups (of met kindzicht-cli backup key create).</translation>
    </message>
</context>
<context>
    <name>kz::Backup</name>
    <message>
        <source>There was not enough memory to derive the backup key.</source>
        <translation>Er was niet genoeg geheugen om de sleutel van de back-up af te leiden.</translation>
    </message>
    <message>
        <source>The cryptography library could not start.</source>
        <translation>De cryptografiebibliotheek kon niet starten.</translation>
    </message>
    <message>
        <source>The snapshot could not be read.</source>
        <translation>De momentopname kon niet worden gelezen.</translation>
    </message>
    <message>
        <source>The backup %1 could not be opened.</source>
        <translation>De back-up %1 kon niet worden geopend.</translation>
    </message>
    <message>
        <source>%1 is not a Kindzicht backup.</source>
        <translation>%1 is geen Kindzicht-back-up.</translation>
    </message>
    <message>
        <source>The backup is incomplete: it ends before its last part (was it copied completely?).</source>
        <translation>De back-up is onvolledig: hij houdt op voor het laatste deel (is hij helemaal gekopieerd?).</translation>
    </message>
    <message>
        <source>The backup is damaged.</source>
        <translation>De back-up is beschadigd.</translation>
    </message>
    <message>
        <source>The passphrase is not right, or the backup is damaged.</source>
        <translation>De wachtzin klopt niet, of de back-up is beschadigd.</translation>
    </message>
    <message>
        <source>The backup is damaged: there is data after its end.</source>
        <translation>De back-up is beschadigd: er staan gegevens na het einde.</translation>
    </message>
    <message>
        <source>Choose a passphrase of at least %1 characters.</source>
        <translation>Kies een wachtzin van minstens %1 tekens.</translation>
    </message>
    <message>
        <source>The backup&apos;s database failed its integrity check; nothing was replaced.</source>
        <translation>De database in de back-up is niet in orde; er is niets vervangen.</translation>
    </message>
    <message>
        <source>The disk failed while the backup %1 was being read; the backup itself may be fine. Copy it to another disk and try again.</source>
        <translation>De schijf gaf een fout bij het lezen van de back-up %1; de back-up zelf kan in orde zijn. Kopieer hem naar een andere schijf en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The database %1 is open in Kindzicht or another command; close it there and try again. Nothing was replaced.</source>
        <translation>De database %1 is geopend in Kindzicht of in een andere opdracht; sluit hem daar en probeer het opnieuw. Er is niets vervangen.</translation>
    </message>
    <message>
        <source>%1 could not be replaced; nothing was changed.</source>
        <translation>%1 kon niet worden vervangen; er is niets veranderd.</translation>
    </message>
    <message>
        <source>The disk failed while the database was being read for the backup.</source>
        <translation>De schijf gaf een fout bij het lezen van de database voor de back-up.</translation>
    </message>
    <message>
        <source>%1 exists already; restore into a new file.</source>
        <translation>%1 bestaat al; zet de back-up terug in een nieuw bestand.</translation>
    </message>
    <message>
        <source>Keep the recovery file apart from the backups: choose another folder than %1.</source>
        <translation>Bewaar het herstelbestand los van de back-ups: kies een andere map dan %1.</translation>
    </message>
    <message>
        <source>This is not a Kindzicht backup key.</source>
        <translation>Dit is geen back-upsleutel van Kindzicht.</translation>
    </message>
    <message>
        <source>The backup key does not open this backup: it belongs to another key, or the backup is damaged.</source>
        <translation>De back-upsleutel opent deze back-up niet: de back-up hoort bij een andere sleutel, of hij is beschadigd.</translation>
    </message>
    <message>
        <source>This recovery code is not right: check it letter by letter against the recovery sheet.</source>
        <translation>Deze herstelcode klopt niet: vergelijk hem letter voor letter met het herstelblad.</translation>
    </message>
    <message>
        <source>This is not a Kindzicht recovery file.</source>
        <translation>Dit is geen herstelbestand van Kindzicht.</translation>
    </message>
    <message>
        <source>The passphrase does not open this recovery file, or the file is damaged.</source>
        <translation>De wachtzin opent dit herstelbestand niet, of het bestand is beschadigd.</translation>
    </message>
    <message>
        <source>The recovery file %1 could not be opened.</source>
        <translation>Het herstelbestand %1 kon niet worden geopend.</translation>
    </message>
    <message>
        <source>%1 could not be read back.</source>
        <translation>%1 kon niet worden teruggelezen.</translation>
    </message>
    <message>
        <source>%1 exists already.</source>
        <translation>%1 bestaat al.</translation>
    </message>
    <message>
        <source>The backup did not read back as it was written (a failing disk or share?); it was not kept.</source>
        <translation>De back-up las niet terug zoals hij was geschreven (een defecte schijf of netwerkmap?); hij is niet bewaard.</translation>
    </message>
    <message>
        <source>This is an automatic backup: it opens with the recovery file and its passphrase, or with the recovery code from the recovery sheet.</source>
        <translation>Dit is een automatische back-up: hij gaat open met het herstelbestand en de wachtzin daarvan, of met de herstelcode van het herstelblad.</translation>
    </message>
    <message>
        <source>This recovery key belongs to another backup key (%1); the backup was made for key %2.</source>
        <translation>Deze herstelsleutel hoort bij een andere back-upsleutel (%1); de back-up is gemaakt voor sleutel %2.</translation>
    </message>
    <message>
        <source>A database on the organisation&apos;s server is not replaced by a backup while others use it: restore into a new file, or into an empty database on the server.</source>
        <translation>Een database op de server van de organisatie wordt niet vervangen door een back-up terwijl anderen hem gebruiken: zet de back-up terug in een nieuw bestand, of in een lege database op de server.</translation>
    </message>
    <message>
        <source>%1 holds data already: a backup is restored only into an empty database on the server.</source>
        <translation>%1 bevat al gegevens: een back-up wordt alleen teruggezet in een lege database op de server.</translation>
    </message>
</context>
<context>
    <name>kz::BackupKeyDialog</name>
    <message>
        <source>Backup key</source>
        <translation>Back-upsleutel</translation>
    </message>
    <message>
        <source>The recovery file holds the key that opens the automatic backups, locked with this passphrase. Put it on a USB stick or another computer, apart from the backups; without the file and its passphrase (or the recovery code) nobody can restore a backup, Kindzicht included.</source>
        <translation>Het herstelbestand bevat de sleutel die de automatische back-ups opent, vergrendeld met deze wachtzin. Zet het op een USB-stick of een andere computer, los van de back-ups; zonder het bestand en de wachtzin (of de herstelcode) kan niemand een back-up terugzetten, ook Kindzicht niet.</translation>
    </message>
    <message>
        <source>at least %1 characters</source>
        <translation>minstens %1 tekens</translation>
    </message>
    <message>
        <source>C&amp;hoose...</source>
        <translation>&amp;Kiezen...</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Wachtzin:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Nogmaals:</translation>
    </message>
    <message>
        <source>&amp;Recovery file:</source>
        <translation>&amp;Herstelbestand:</translation>
    </message>
    <message>
        <source>Make the key</source>
        <translation>Sleutel maken</translation>
    </message>
    <message>
        <source>Save the recovery file</source>
        <translation>Herstelbestand opslaan</translation>
    </message>
    <message>
        <source>Kindzicht recovery files (*.kzkey)</source>
        <translation>Kindzicht-herstelbestanden (*.kzkey)</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>De twee wachtzinnen zijn niet gelijk.</translation>
    </message>
</context>
<context>
    <name>kz::BackupKeyStore</name>
    <message>
        <source>A backup key needs its public key.</source>
        <translation>Een back-upsleutel heeft zijn publieke sleutel nodig.</translation>
    </message>
</context>
<context>
    <name>kz::BackupPlan</name>
    <message>
        <source>A backup plan keeps at least one backup.</source>
        <translation>Een back-upschema bewaart minstens één back-up.</translation>
    </message>
    <message>
        <source>A backup plan keeps at most %1 backups of each kind.</source>
        <translation>Een back-upschema bewaart hoogstens %1 back-ups van elke soort.</translation>
    </message>
</context>
<context>
    <name>kz::BackupScheduler</name>
    <message>
        <source>Today&apos;s backup was written to %1.</source>
        <translation>De back-up van vandaag is geschreven naar %1.</translation>
    </message>
</context>
<context>
    <name>kz::BackupSettingsStore</name>
    <message>
        <source>Choose the backup folder by its full path.</source>
        <translation>Kies de back-upmap met het volledige pad.</translation>
    </message>
</context>
<context>
    <name>kz::BackupStatus</name>
    <message>
        <source>Automatic backups are not set up: the beheerder does so in Beheer, Back-ups.</source>
        <translation>Automatische back-ups zijn niet ingesteld: de beheerder doet dat in Beheer, Back-ups.</translation>
    </message>
    <message>
        <source>The backup folder %1 is not there: connect the disk or share.</source>
        <translation>De back-upmap %1 is er niet: sluit de schijf of netwerkmap aan.</translation>
    </message>
    <message>
        <source>The backup folder %1 is full.</source>
        <translation>De back-upmap %1 is vol.</translation>
    </message>
    <message>
        <source>No automatic backup has been made yet.</source>
        <translation>Er is nog geen automatische back-up gemaakt.</translation>
    </message>
    <message>
        <source>The last backup is from %1, more than %2 days ago.</source>
        <translation>De laatste back-up is van %1, meer dan %2 dagen geleden.</translation>
    </message>
    <message>
        <source>The automatic backup failed: %1</source>
        <translation>De automatische back-up is mislukt: %1</translation>
    </message>
</context>
<context>
    <name>kz::BackupsView</name>
    <message>
        <source>Backup key %1, made on %2 by %3. Backups made with it open only with its recovery file and passphrase, or its recovery code.</source>
        <translation>Back-upsleutel %1, gemaakt op %2 door %3. Back-ups die met deze sleutel zijn gemaakt, gaan alleen open met het herstelbestand en de wachtzin daarvan, of met de herstelcode.</translation>
    </message>
    <message>
        <source>an administrator</source>
        <translation>een beheerder</translation>
    </message>
    <message>
        <source>There is no backup key yet: make one to start automatic backups.</source>
        <translation>Er is nog geen back-upsleutel: maak er een om automatische back-ups te starten.</translation>
    </message>
    <message>
        <source>&amp;Replace the key...</source>
        <translation>Sleutel &amp;vervangen...</translation>
    </message>
    <message>
        <source>&amp;Make the backup key...</source>
        <translation>Back-up&amp;sleutel maken...</translation>
    </message>
    <message>
        <source>A child&apos;s file removed today still lives in the kept backups until %1 at the latest.</source>
        <translation>Het dossier van een kind dat vandaag wordt verwijderd, staat uiterlijk tot %1 nog in de bewaarde back-ups.</translation>
    </message>
    <message>
        <source>Last backup: %1, in %2 (%3 MB).
Kept in the folder: %4. Next backup: %5.</source>
        <translation>Laatste back-up: %1, in %2 (%3 MB).
Bewaard in de map: %4. Volgende back-up: %5.</translation>
    </message>
    <message>
        <source>No automatic backup has been made yet.</source>
        <translation>Er is nog geen automatische back-up gemaakt.</translation>
    </message>
    <message>
        <source>Backup written to %1 and checked.</source>
        <translation>Back-up geschreven naar %1 en gecontroleerd.</translation>
    </message>
    <message>
        <source>Replace the backup key</source>
        <translation>Back-upsleutel vervangen</translation>
    </message>
    <message>
        <source>Backups from now on will need the new recovery file. The backups made so far still need the old recovery file or sheet: keep those until the backups are gone. Replace the key?</source>
        <translation>Back-ups hebben vanaf nu het nieuwe herstelbestand nodig. Voor de back-ups die tot nu toe zijn gemaakt, blijft het oude herstelbestand of herstelblad nodig: bewaar dat tot die back-ups weg zijn. De sleutel vervangen?</translation>
    </message>
    <message>
        <source>Backup key %1 made.</source>
        <translation>Back-upsleutel %1 gemaakt.</translation>
    </message>
    <message>
        <source>Folder for the automatic backups</source>
        <translation>Map voor de automatische back-ups</translation>
    </message>
    <message>
        <source>Automatic backups</source>
        <translation>Automatische back-ups</translation>
    </message>
    <message>
        <source>Every day while Kindzicht runs (and from the system&apos;s scheduler with kindzicht-cli backup --auto) the whole database is copied, encrypted, into the backup folder: choose a second disk, a network share or a USB stick. This computer can make the backups but cannot read them.</source>
        <translation>Elke dag dat Kindzicht draait (en vanuit de taakplanner van het systeem met kindzicht-cli backup --auto) wordt de hele database versleuteld gekopieerd naar de back-upmap: kies een tweede schijf, een netwerkmap of een USB-stick. Deze computer kan de back-ups maken, maar niet lezen.</translation>
    </message>
    <message>
        <source>Backup key</source>
        <translation>Back-upsleutel</translation>
    </message>
    <message>
        <source>Folder and plan</source>
        <translation>Map en schema</translation>
    </message>
    <message>
        <source>Choose &amp;folder...</source>
        <translation>Map &amp;kiezen...</translation>
    </message>
    <message>
        <source>No folder chosen</source>
        <translation>Geen map gekozen</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Back-upmap</translation>
    </message>
    <message>
        <source>Keep the newest backup of the last</source>
        <translation>Bewaar de nieuwste back-up van de laatste</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dagen</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> weken</translation>
    </message>
    <message>
        <source> months</source>
        <translation> maanden</translation>
    </message>
    <message>
        <source>Days kept</source>
        <translation>Bewaarde dagen</translation>
    </message>
    <message>
        <source>Weeks kept</source>
        <translation>Bewaarde weken</translation>
    </message>
    <message>
        <source>Months kept</source>
        <translation>Bewaarde maanden</translation>
    </message>
    <message>
        <source>Last backup</source>
        <translation>Laatste back-up</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Nu back-up &amp;maken</translation>
    </message>
</context>
<context>
    <name>kz::CaseStory</name>
    <message>
        <source>goes well</source>
        <translation>gaat goed</translation>
    </message>
    <message>
        <source>concern</source>
        <translation>zorg</translation>
    </message>
    <message>
        <source>noted</source>
        <translation>opgemerkt</translation>
    </message>
    <message>
        <source>The question</source>
        <translation>De vraag</translation>
    </message>
    <message>
        <source>(No question written yet.)</source>
        <translation>(Nog geen vraag geschreven.)</translation>
    </message>
    <message>
        <source>Made anonymous with Kindzicht: names, places and dates were left out or made general. Read it once more before you share it, and share it only within the intervisie.</source>
        <translation>Anoniem gemaakt met Kindzicht: namen, plaatsen en datums zijn weggelaten of algemeen gemaakt. Lees de tekst nog een keer voordat u hem deelt, en deel hem alleen binnen de intervisie.</translation>
    </message>
    <message>
        <source>The child</source>
        <translation>Het kind</translation>
    </message>
    <message numerus="yes">
        <source>Age: %n year(s)</source>
        <translation>
            <numerusform>Leeftijd: %n jaar</numerusform>
            <numerusform>Leeftijd: %n jaar</numerusform>
        </translation>
    </message>
    <message>
        <source>Kind of group: %1</source>
        <translation>Soort groep: %1</translation>
    </message>
    <message>
        <source>Came to the location: %1</source>
        <translation>Op de locatie gekomen: %1</translation>
    </message>
    <message>
        <source>Lives in %1</source>
        <translation>Woont in %1</translation>
    </message>
    <message>
        <source>Home languages: %1</source>
        <translation>Thuistalen: %1</translation>
    </message>
    <message>
        <source>VE indication: since %1</source>
        <translation>VE-indicatie: gekregen %1</translation>
    </message>
    <message>
        <source>Conversations with the parents need an interpreter.</source>
        <translation>Voor gesprekken met de ouders is een tolk nodig.</translation>
    </message>
    <message>
        <source>Support needs</source>
        <translation>Signaleringen</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>Niets vastgelegd.</translation>
    </message>
    <message>
        <source>%1, %2: signalled %3, now %4</source>
        <translation>%1, %2: gesignaleerd %3, nu %4</translation>
    </message>
    <message>
        <source>What we see: </source>
        <translation>Wat we zien: </translation>
    </message>
    <message>
        <source>What works: </source>
        <translation>Wat werkt: </translation>
    </message>
    <message>
        <source>What was agreed and tried: </source>
        <translation>Wat is afgesproken en geprobeerd: </translation>
    </message>
    <message>
        <source>The parents, informed %1: </source>
        <translation>De ouders, geïnformeerd %1: </translation>
    </message>
    <message>
        <source>%1: %2. </source>
        <translation>%1: %2. </translation>
    </message>
    <message>
        <source>help started after %1</source>
        <translation>hulp gestart na %1</translation>
    </message>
    <message>
        <source>help completed</source>
        <translation>hulp afgerond</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>afgewezen</translation>
    </message>
    <message>
        <source>waiting for %1</source>
        <translation>wacht al %1</translation>
    </message>
    <message>
        <source>Referred %1 (%2) to: </source>
        <translation>Verwezen %1 (%2) naar: </translation>
    </message>
    <message>
        <source>Closed %1: </source>
        <translation>Afgesloten %1: </translation>
    </message>
    <message>
        <source>Observations over time</source>
        <translation>Observaties in de loop van de tijd</translation>
    </message>
    <message numerus="yes">
        <source>None in the last %n month(s).</source>
        <translation>
            <numerusform>Geen in de afgelopen %n maand.</numerusform>
            <numerusform>Geen in de afgelopen %n maanden.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2 (%3): </source>
        <translation>%1, %2 (%3): </translation>
    </message>
</context>
<context>
    <name>kz::CaseSummary</name>
    <message>
        <source>Case for intervisie</source>
        <translation>Casus voor intervisie</translation>
    </message>
</context>
<context>
    <name>kz::CaseSummaryDialog</name>
    <message>
        <source>Case for intervisie</source>
        <translation>Casus voor intervisie</translation>
    </message>
    <message>
        <source>What would you like to ask your colleagues? For example: how do we help this child join in the circle?</source>
        <translation>Wat wilt u uw collega&apos;s vragen? Bijvoorbeeld: hoe helpen we dit kind om mee te doen in de kring?</translation>
    </message>
    <message>
        <source>The case as it will be shared</source>
        <translation>De casus zoals die wordt gedeeld</translation>
    </message>
    <message>
        <source>Replacements</source>
        <translation>Vervangingen</translation>
    </message>
    <message>
        <source>Your &amp;question:</source>
        <translation>Uw &amp;vraag:</translation>
    </message>
    <message>
        <source>Replaced in the text. Untick an ordinary word that may stay (a flower called &quot;roos&quot;); dates and contact details always go.</source>
        <translation>Vervangen in de tekst. Haal het vinkje weg bij een gewoon woord dat mag blijven (een bloem die &quot;roos&quot; heet); datums en contactgegevens gaan altijd weg.</translation>
    </message>
    <message>
        <source>Save as &amp;text...</source>
        <translation>Opslaan als &amp;tekst...</translation>
    </message>
    <message>
        <source>Save as P&amp;DF...</source>
        <translation>Opslaan als P&amp;DF...</translation>
    </message>
    <message numerus="yes">
        <source>%1 → %2 (%n time(s))</source>
        <translation>
            <numerusform>%1 → %2 (%n keer)</numerusform>
            <numerusform>%1 → %2 (%n keer)</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the case as PDF</source>
        <translation>De casus opslaan als PDF</translation>
    </message>
    <message>
        <source>Save the case as text</source>
        <translation>De casus opslaan als tekst</translation>
    </message>
    <message>
        <source>case-for-intervisie</source>
        <translation>casus-voor-intervisie</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Text (*.txt)</source>
        <translation>Tekst (*.txt)</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Opgeslagen in %1.</translation>
    </message>
</context>
<context>
    <name>kz::CaseSummaryDocument</name>
    <message>
        <source>Anonymous</source>
        <translation>Anoniem</translation>
    </message>
    <message>
        <source>Made with Kindzicht; share only within the intervisie</source>
        <translation>Gemaakt met Kindzicht; alleen delen binnen de intervisie</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Pagina %1 van %2</translation>
    </message>
</context>
<context>
    <name>kz::ChildActions</name>
    <message>
        <source>Import children</source>
        <translation>Kinderen importeren</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-bestanden (*.csv *.txt);;Alle bestanden (*)</translation>
    </message>
</context>
<context>
    <name>kz::ChildChooser</name>
    <message>
        <source>Type a name</source>
        <translation>Typ een naam</translation>
    </message>
</context>
<context>
    <name>kz::ChildCsv</name>
    <message>
        <source>birth date</source>
        <translation>geboortedatum</translation>
    </message>
    <message>
        <source>start date</source>
        <translation>startdatum</translation>
    </message>
    <message>
        <source>end date</source>
        <translation>einddatum</translation>
    </message>
    <message>
        <source>VE indication date</source>
        <translation>datum van de VE-indicatie</translation>
    </message>
    <message>
        <source>the %1 &quot;%2&quot; is not a date (write dd-mm-jjjj or jjjj-mm-dd)</source>
        <translation>de %1 &quot;%2&quot; is geen datum (schrijf dd-mm-jjjj of jjjj-mm-dd)</translation>
    </message>
    <message>
        <source>given name (&quot;voornaam&quot;)</source>
        <translation>voornaam (&quot;voornaam&quot;)</translation>
    </message>
    <message>
        <source>family name (&quot;achternaam&quot;)</source>
        <translation>achternaam (&quot;achternaam&quot;)</translation>
    </message>
    <message>
        <source>birth date (&quot;geboortedatum&quot;)</source>
        <translation>geboortedatum (&quot;geboortedatum&quot;)</translation>
    </message>
    <message>
        <source>group (&quot;groep&quot;)</source>
        <translation>groep (&quot;groep&quot;)</translation>
    </message>
    <message>
        <source>Line %1 has no column for the %2; is this the header line of a children list?</source>
        <translation>Regel %1 heeft geen kolom voor de %2; is dit de kopregel van een kinderlijst?</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) where the header has %1</source>
        <translation>
            <numerusform>%n veld waar de kopregel er %1 heeft</numerusform>
            <numerusform>%n velden waar de kopregel er %1 heeft</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kz::ChildDialog</name>
    <message>
        <source>Child&apos;s details</source>
        <translation>Gegevens van het kind</translation>
    </message>
    <message>
        <source>Enrol a child</source>
        <translation>Een kind inschrijven</translation>
    </message>
    <message>
        <source>With the tussenvoegsel: &quot;van der Berg&quot;</source>
        <translation>Met het tussenvoegsel: &quot;van der Berg&quot;</translation>
    </message>
    <message>
        <source>for example: Dutch, Arabic</source>
        <translation>bijvoorbeeld: Nederlands, Arabisch</translation>
    </message>
    <message>
        <source>The date of the VE indication from the consultatiebureau; leave it &quot;not set&quot; when there is none.</source>
        <translation>De datum van de VE-indicatie van het consultatiebureau; laat &quot;niet gezet&quot; staan als er geen is.</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>niet verplicht</translation>
    </message>
    <message>
        <source>The child number in the administration system; imports match on it.</source>
        <translation>Het kindnummer in het administratiesysteem; een import herkent het kind hieraan.</translation>
    </message>
    <message>
        <source>&amp;Given name</source>
        <translation>&amp;Voornaam</translation>
    </message>
    <message>
        <source>&amp;Family name</source>
        <translation>&amp;Achternaam</translation>
    </message>
    <message>
        <source>&amp;Birth date</source>
        <translation>&amp;Geboortedatum</translation>
    </message>
    <message>
        <source>&amp;Group</source>
        <translation>Groe&amp;p</translation>
    </message>
    <message>
        <source>&amp;Start date</source>
        <translation>&amp;Startdatum</translation>
    </message>
    <message>
        <source>&amp;Wijk</source>
        <translation>&amp;Wijk</translation>
    </message>
    <message>
        <source>&amp;Home languages</source>
        <translation>T&amp;huistalen</translation>
    </message>
    <message>
        <source>&amp;VE indication since</source>
        <translation>V&amp;E-indicatie sinds</translation>
    </message>
    <message>
        <source>&amp;Child number</source>
        <translation>&amp;Kindnummer</translation>
    </message>
    <message>
        <source>&amp;Parents and guardians</source>
        <translation>&amp;Ouders/verzorgers</translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation>Opslaan (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Choose a group</source>
        <translation>Kies een groep</translation>
    </message>
    <message>
        <source>To change the group, use Move to another group: the move is kept in the child&apos;s history.</source>
        <translation>Gebruik &quot;Verplaatsen naar een andere groep&quot; om de groep te wijzigen: dan blijft de verplaatsing bewaard in de geschiedenis van het kind.</translation>
    </message>
    <message>
        <source>Given name: %1
Family name: %2
Birth date: %3
Start date: %4
Neighbourhood: %5
Home languages: %6
VE indication: %7
Child number: %8</source>
        <translation>Voornaam: %1
Achternaam: %2
Geboortedatum: %3
Startdatum: %4
Wijk: %5
Thuistalen: %6
VVE-indicatie: %7
Kindnummer: %8</translation>
    </message>
    <message>
        <source>Name: %1
Relation: %2
Language: %3
Interpreter needed: %4
Phone: %5
Email: %6</source>
        <translation>Naam: %1
Relatie: %2
Taal: %3
Tolk nodig: %4
Telefoon: %5
E-mail: %6</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
</context>
<context>
    <name>kz::ChildImport</name>
    <message>
        <source>given name</source>
        <translation>voornaam</translation>
    </message>
    <message>
        <source>family name</source>
        <translation>achternaam</translation>
    </message>
    <message>
        <source>birth date</source>
        <translation>geboortedatum</translation>
    </message>
    <message>
        <source>group</source>
        <translation>groep</translation>
    </message>
    <message>
        <source>start date</source>
        <translation>startdatum</translation>
    </message>
    <message>
        <source>end date</source>
        <translation>einddatum</translation>
    </message>
    <message>
        <source>wijk</source>
        <translation>wijk</translation>
    </message>
    <message>
        <source>home languages</source>
        <translation>thuistalen</translation>
    </message>
    <message>
        <source>VE indication</source>
        <translation>VE-indicatie</translation>
    </message>
    <message>
        <source>child number</source>
        <translation>kindnummer</translation>
    </message>
    <message>
        <source>the child number &quot;%1&quot; belongs to a child outside your locations</source>
        <translation>het kindnummer &quot;%1&quot; hoort bij een kind buiten uw locaties</translation>
    </message>
    <message>
        <source>a child with this name and birth date has child number &quot;%1&quot;, not &quot;%2&quot;</source>
        <translation>een kind met deze naam en geboortedatum heeft kindnummer &quot;%1&quot;, niet &quot;%2&quot;</translation>
    </message>
    <message>
        <source>no group</source>
        <translation>geen groep</translation>
    </message>
    <message>
        <source>more than one of your locations has a group &quot;%1&quot;</source>
        <translation>meer dan één van uw locaties heeft een groep &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown group &quot;%1&quot;</source>
        <translation>onbekende groep &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the same child as line %1</source>
        <translation>hetzelfde kind als regel %1</translation>
    </message>
    <message>
        <source>Only a location manager can import children.</source>
        <translation>Alleen een locatiemanager kan kinderen importeren.</translation>
    </message>
    <message>
        <source>%1 could not be read.</source>
        <translation>%1 kon niet worden gelezen.</translation>
    </message>
    <message>
        <source>%1 is too large for a children list.</source>
        <translation>%1 is te groot voor een kinderlijst.</translation>
    </message>
    <message>
        <source>Nothing was imported: line %1 (%2) could not be written: %3</source>
        <translation>Er is niets geïmporteerd: regel %1 (%2) kon niet worden opgeslagen: %3</translation>
    </message>
</context>
<context>
    <name>kz::ChildImportDialog</name>
    <message>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Bijwerken</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Ongewijzigd</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Geweigerd</translation>
    </message>
    <message>
        <source>&amp;Choose a file...</source>
        <translation>Bestand &amp;kiezen...</translation>
    </message>
    <message>
        <source>Import children</source>
        <translation>Kinderen importeren</translation>
    </message>
    <message>
        <source>Choose the CSV file from the administration system: one child a line, with columns such as voornaam, tussenvoegsel, achternaam, geboortedatum, groep and startdatum.</source>
        <translation>Kies het CSV-bestand uit het administratiesysteem: één kind per regel, met kolommen zoals voornaam, tussenvoegsel, achternaam, geboortedatum, groep en startdatum.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>What changes, or why not</source>
        <translation>Wat er verandert, of waarom niet</translation>
    </message>
    <message>
        <source>Preview of the import</source>
        <translation>Voorbeeld van de import</translation>
    </message>
    <message>
        <source>Children not in the file</source>
        <translation>Kinderen die niet in het bestand staan</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importeren</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-bestanden (*.csv *.txt);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 to add, %3 to update, %4 unchanged, %5 rejected.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2 toe te voegen, %3 bij te werken, %4 ongewijzigd, %5 geweigerd.</translation>
    </message>
    <message>
        <source>Groups not found at your locations: %1. Add the group in Beheer or correct the file.</source>
        <translation>Groepen die niet op uw locaties bestaan: %1. Voeg de groep toe in Beheer of verbeter het bestand.</translation>
    </message>
    <message>
        <source>Columns not used: %1</source>
        <translation>Kolommen niet gebruikt: %1</translation>
    </message>
    <message>
        <source>Rejected lines are skipped; correct the file and import it again to add them.</source>
        <translation>Geweigerde regels worden overgeslagen; verbeter het bestand en importeer het opnieuw om ze toe te voegen.</translation>
    </message>
    <message>
        <source>changes: %1</source>
        <translation>wijzigingen: %1</translation>
    </message>
    <message>
        <source>new child</source>
        <translation>nieuw kind</translation>
    </message>
    <message numerus="yes">
        <source>%n child(ren) of your locations are not in the file. They stay as they are; record it yourself when a child left:</source>
        <translation>
            <numerusform>%n kind van uw locaties staat niet in het bestand. Het blijft zoals het is; leg het zelf vast als een kind vertrokken is:</numerusform>
            <numerusform>%n kinderen van uw locaties staan niet in het bestand. Ze blijven zoals ze zijn; leg het zelf vast als een kind vertrokken is:</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import: add %1, update %2</source>
        <translation>&amp;Importeren: %1 toevoegen, %2 bijwerken</translation>
    </message>
    <message>
        <source>Added, updated, unchanged or rejected</source>
        <translation>Toegevoegd, bijgewerkt, ongewijzigd of geweigerd</translation>
    </message>
    <message>
        <source>The line in the file</source>
        <translation>De regel in het bestand</translation>
    </message>
    <message>
        <source>The child on that line</source>
        <translation>Het kind op die regel</translation>
    </message>
    <message>
        <source>What the import changes, or why the line is rejected</source>
        <translation>Wat de import verandert, of waarom de regel geweigerd is</translation>
    </message>
</context>
<context>
    <name>kz::ChildListModel</name>
    <message>
        <source>VE indication since %1</source>
        <translation>VE-indicatie sinds %1</translation>
    </message>
    <message>
        <source>Born %1</source>
        <translation>Geboren op %1</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>nog geen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Leeftijd</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groep</translation>
    </message>
    <message>
        <source>Open support needs</source>
        <translation>Open signaleringen</translation>
    </message>
    <message>
        <source>Last observation</source>
        <translation>Laatste observatie</translation>
    </message>
    <message>
        <source>Neighbourhood</source>
        <translation>Wijk</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for help from a partner since the referral</source>
        <translation>Wacht sinds de verwijzing op hulp van een partner</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wacht</translation>
    </message>
    <message>
        <source>%1 (left %2)</source>
        <translation>%1 (vertrokken %2)</translation>
    </message>
    <message>
        <source>Left on %1: %2</source>
        <translation>Vertrokken op %1: %2</translation>
    </message>
    <message>
        <source>Left on %1</source>
        <translation>Vertrokken op %1</translation>
    </message>
</context>
<context>
    <name>kz::ChildStore</name>
    <message>
        <source>The chosen group does not exist.</source>
        <translation>De gekozen groep bestaat niet.</translation>
    </message>
    <message>
        <source>The chosen group is archived; choose a current group.</source>
        <translation>De gekozen groep is gearchiveerd; kies een huidige groep.</translation>
    </message>
    <message>
        <source>This child was not found.</source>
        <translation>Dit kind is niet gevonden.</translation>
    </message>
    <message>
        <source>Another child has the child number &quot;%1&quot; already.</source>
        <translation>Een ander kind heeft al kindnummer &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Correcting a child&apos;s details does not change her group; move the child instead, so the move is kept.</source>
        <translation>Bij het verbeteren van de gegevens van een kind verandert de groep niet; verplaats het kind, zodat de verplaatsing bewaard blijft.</translation>
    </message>
    <message>
        <source>The child is in this group already.</source>
        <translation>Het kind zit al in deze groep.</translation>
    </message>
    <message>
        <source>The date of the move is missing or not a valid date.</source>
        <translation>De datum van de verplaatsing ontbreekt of is geen geldige datum.</translation>
    </message>
    <message>
        <source>The date of the move lies in the future; record the move on the day.</source>
        <translation>De datum van de verplaatsing ligt in de toekomst; leg de verplaatsing vast op de dag zelf.</translation>
    </message>
    <message>
        <source>The date of the move lies before the child&apos;s start date.</source>
        <translation>De datum van de verplaatsing ligt vóór de startdatum van het kind.</translation>
    </message>
    <message>
        <source>This child has left; a child who left cannot be moved.</source>
        <translation>Dit kind is vertrokken; een vertrokken kind kan niet worden verplaatst.</translation>
    </message>
    <message>
        <source>The date of the move lies before the child&apos;s previous move (%1).</source>
        <translation>De datum van de verplaatsing ligt vóór de vorige verplaatsing van het kind (%1).</translation>
    </message>
    <message>
        <source>The date the child left is missing or not a valid date.</source>
        <translation>De datum van vertrek ontbreekt of is geen geldige datum.</translation>
    </message>
</context>
<context>
    <name>kz::ChildrenView</name>
    <message>
        <source>All my groups</source>
        <translation>Al mijn groepen</translation>
    </message>
    <message numerus="yes">
        <source>%n child(ren)</source>
        <translation>
            <numerusform>%n kind</numerusform>
            <numerusform>%n kinderen</numerusform>
        </translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Kinderen</translation>
    </message>
    <message>
        <source>Filter by name (Ctrl+F)</source>
        <translation>Filter op naam (Ctrl+F)</translation>
    </message>
    <message>
        <source>Show the children of one group</source>
        <translation>Toon de kinderen van één groep</translation>
    </message>
    <message>
        <source>Any domain</source>
        <translation>Elk ontwikkelingsgebied</translation>
    </message>
    <message>
        <source>Only children with an open support need in this domain</source>
        <translation>Alleen kinderen met een open signalering in dit gebied</translation>
    </message>
    <message>
        <source>Any level</source>
        <translation>Alle kinderen</translation>
    </message>
    <message>
        <source>Open need, any level</source>
        <translation>Open signalering, elk niveau</translation>
    </message>
    <message>
        <source>Level 2 or higher</source>
        <translation>Niveau 2 of hoger</translation>
    </message>
    <message>
        <source>Level 3</source>
        <translation>Niveau 3</translation>
    </message>
    <message>
        <source>Child enrolled.</source>
        <translation>Kind ingeschreven.</translation>
    </message>
    <message>
        <source>Move recorded.</source>
        <translation>Verplaatsing vastgelegd.</translation>
    </message>
    <message>
        <source>Leaving recorded.</source>
        <translation>Vertrek vastgelegd.</translation>
    </message>
    <message numerus="yes">
        <source>%n child(ren) added or updated.</source>
        <translation>
            <numerusform>%n kind toegevoegd of bijgewerkt.</numerusform>
            <numerusform>%n kinderen toegevoegd of bijgewerkt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Include children who lef&amp;t</source>
        <translation>Ook ver&amp;trokken kinderen tonen</translation>
    </message>
    <message>
        <source>Also the children whose last day has passed; their files are kept until the retention period ends</source>
        <translation>Ook de kinderen van wie de laatste dag voorbij is; hun dossiers blijven bewaard tot de bewaartermijn afloopt</translation>
    </message>
    <message>
        <source>&amp;New child...</source>
        <translation>&amp;Nieuw kind...</translation>
    </message>
    <message>
        <source>&amp;Edit details...</source>
        <translation>Gegevens &amp;bewerken...</translation>
    </message>
    <message>
        <source>&amp;Move...</source>
        <translation>&amp;Verplaatsen...</translation>
    </message>
    <message>
        <source>Le&amp;ave...</source>
        <translation>Ve&amp;rtrek...</translation>
    </message>
    <message>
        <source>&amp;Import children...</source>
        <translation>Kinderen &amp;importeren...</translation>
    </message>
    <message>
        <source>Enrol a child at one of your groups (Ctrl+Shift+K)</source>
        <translation>Een kind inschrijven in een van uw groepen (Ctrl+Shift+K)</translation>
    </message>
    <message>
        <source>Correct the chosen child&apos;s details and parents (F2)</source>
        <translation>De gegevens en ouders van het gekozen kind verbeteren (F2)</translation>
    </message>
    <message>
        <source>Move the chosen child to another group</source>
        <translation>Het gekozen kind naar een andere groep verplaatsen</translation>
    </message>
    <message>
        <source>Record that the chosen child leaves</source>
        <translation>Vastleggen dat het gekozen kind vertrekt</translation>
    </message>
    <message>
        <source>Enrol or update children from the administration system&apos;s CSV file</source>
        <translation>Kinderen inschrijven of bijwerken vanuit het CSV-bestand van het administratiesysteem</translation>
    </message>
    <message>
        <source>No child matches these filters. Clear the name filter, or choose &quot;All my groups&quot; and &quot;Any level&quot;.</source>
        <translation>Geen kind past bij deze filters. Maak het naamfilter leeg, of kies &quot;Al mijn groepen&quot; en &quot;Alle kinderen&quot;.</translation>
    </message>
    <message>
        <source>No children here yet. Enrol a child with &quot;New child...&quot; (Ctrl+Shift+K), or import the children from the administration system with &quot;Import children...&quot;.</source>
        <translation>Hier zijn nog geen kinderen. Schrijf een kind in met &quot;Nieuw kind...&quot; (Ctrl+Shift+K), of importeer de kinderen uit het administratiesysteem met &quot;Kinderen importeren...&quot;.</translation>
    </message>
    <message>
        <source>You see no children: your account is not linked to a group with children yet. Ask your location manager to link you to your group.</source>
        <translation>U ziet geen kinderen: uw account is nog niet gekoppeld aan een groep met kinderen. Vraag uw locatiemanager om u aan uw groep te koppelen.</translation>
    </message>
    <message>
        <source>As an administrator you do not see children&apos;s files. Locations, groups and accounts are under Administration.</source>
        <translation>Als beheerder ziet u geen dossiers van kinderen. Locaties, groepen en accounts staan onder Beheer.</translation>
    </message>
    <message>
        <source>Filter by name</source>
        <translation>Filter op naam</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groep</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Gebied</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>The child&apos;s name; Enter opens the file</source>
        <translation>De naam van het kind; Enter opent het dossier</translation>
    </message>
    <message>
        <source>Age in years and months</source>
        <translation>Leeftijd in jaren en maanden</translation>
    </message>
    <message>
        <source>The child&apos;s group</source>
        <translation>De groep van het kind</translation>
    </message>
    <message>
        <source>Open support needs per domain, coloured by level</source>
        <translation>Open signaleringen per ontwikkelingsgebied, gekleurd naar niveau</translation>
    </message>
    <message>
        <source>Days waiting for help since a referral</source>
        <translation>Dagen wachten op hulp sinds een verwijzing</translation>
    </message>
    <message>
        <source>The date of the newest observation</source>
        <translation>De datum van de nieuwste observatie</translation>
    </message>
    <message>
        <source>The neighbourhood the child lives in, for the social map</source>
        <translation>De wijk waar het kind woont, voor de sociale kaart</translation>
    </message>
</context>
<context>
    <name>kz::CommandLine</name>
    <message>
        <source>This command needs --user NAME.</source>
        <translation>Deze opdracht heeft --user NAAM nodig.</translation>
    </message>
    <message>
        <source>No password: set KINDZICHT_PASSWORD or run the command in a terminal.</source>
        <translation>Geen wachtwoord: zet KINDZICHT_PASSWORD of voer de opdracht uit in een terminal.</translation>
    </message>
    <message>
        <source>The database file (default: the application data folder).</source>
        <translation>Het databasebestand (standaard: de gegevensmap van de toepassing).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>BESTAND</translation>
    </message>
    <message>
        <source>Act as this user; the password comes from KINDZICHT_PASSWORD or a prompt.</source>
        <translation>Werk als deze gebruiker; het wachtwoord komt uit KINDZICHT_PASSWORD of wordt gevraagd.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAAM</translation>
    </message>
    <message>
        <source>GROUP</source>
        <translation>GROEP</translation>
    </message>
    <message>
        <source>Output format: text or csv.</source>
        <translation>Uitvoer: text of csv.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAAT</translation>
    </message>
    <message>
        <source>On failure, also print the technical detail.</source>
        <translation>Toon bij een fout ook de technische details.</translation>
    </message>
    <message>
        <source>No command given; see --help.</source>
        <translation>Geen opdracht gegeven; zie --help.</translation>
    </message>
    <message>
        <source>Database %1 is ready at schema version %2.</source>
        <translation>Database %1 is klaar, schemaversie %2.</translation>
    </message>
    <message>
        <source>Demo database written to %1: %2 locations, %3 groups, %4 children, %5 support needs, %6 observations, %7 referrals, %8 partners, %9 users.</source>
        <translation>Demodatabase geschreven naar %1: %2 locaties, %3 groepen, %4 kinderen, %5 signaleringen, %6 observaties, %7 verwijzingen, %8 partners, %9 gebruikers.</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;; use text or csv.</source>
        <translation>Onbekend formaat &quot;%1&quot;; gebruik text of csv.</translation>
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation>Er is geen database op %1.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;; see --help.</source>
        <translation>Onbekende opdracht &quot;%1&quot;; zie --help.</translation>
    </message>
    <message>
        <source>There is no group &quot;%1&quot; among the groups you may see.</source>
        <translation>Er is geen groep &quot;%1&quot; bij de groepen die u mag zien.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names groups at more than one location; use the group&apos;s number.</source>
        <translation>&quot;%1&quot; is de naam van groepen op meer dan één locatie; gebruik het nummer van de groep.</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Nr</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Leeftijd</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groep</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <source>Wijk</source>
        <translation>Wijk</translation>
    </message>
    <message>
        <source>Open needs</source>
        <translation>Open signaleringen</translation>
    </message>
    <message>
        <source>Highest level</source>
        <translation>Hoogste niveau</translation>
    </message>
    <message>
        <source>Last observation</source>
        <translation>Laatste observatie</translation>
    </message>
    <message>
        <source>%1y %2m</source>
        <translation>%1j %2m</translation>
    </message>
    <message numerus="yes">
        <source>%n child(ren)</source>
        <translation>
            <numerusform>%n kind</numerusform>
            <numerusform>%n kinderen</numerusform>
        </translation>
    </message>
    <message>
        <source>L</source>
        <translation>L</translation>
    </message>
    <message>
        <source>With generate: the number of children.</source>
        <translation>Bij generate: het aantal kinderen.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>With generate: the number of observations.</source>
        <translation>Bij generate: het aantal observaties.</translation>
    </message>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <source>--%1 takes a whole number.</source>
        <translation>--%1 verwacht een geheel getal.</translation>
    </message>
    <message>
        <source>%1 exists already; generate writes a new file only.</source>
        <translation>%1 bestaat al; generate schrijft alleen een nieuw bestand.</translation>
    </message>
    <message>
        <source>Synthetic organisation written to %1: %2 locations, %3 children, %4 observations, in %5 s.</source>
        <translation>Verzonnen organisatie geschreven naar %1: %2 locaties, %3 kinderen, %4 observaties, in %5 s.</translation>
    </message>
    <message>
        <source>Write to this file instead of the terminal.</source>
        <translation>Schrijf naar dit bestand in plaats van de terminal.</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Kinderen</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kindplaatsen</translation>
    </message>
    <message>
        <source>Level 2+</source>
        <translation>Niveau 2+</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Aandeel</translation>
    </message>
    <message>
        <source>Level 3</source>
        <translation>Niveau 3</translation>
    </message>
    <message>
        <source>Support needs per group on %1; counts below 3 are shown as &lt;3.</source>
        <translation>Signaleringen per groep op %1; aantallen onder 3 staan er als &lt;3.</translation>
    </message>
    <message>
        <source>Reviews overdue: %1</source>
        <translation>Evaluaties verlopen: %1</translation>
    </message>
    <message>
        <source>Parents not informed within 14 days: %1</source>
        <translation>Ouders niet binnen 14 dagen geïnformeerd: %1</translation>
    </message>
    <message>
        <source>Referrals waiting: %1 (longest %2 days)</source>
        <translation>Wachtende verwijzingen: %1 (langste %2 dagen)</translation>
    </message>
    <message>
        <source>Escalations to level 3: %1</source>
        <translation>Opschalingen naar niveau 3: %1</translation>
    </message>
    <message>
        <source>Report written to %1.</source>
        <translation>Rapport geschreven naar %1.</translation>
    </message>
    <message>
        <source>The language of the output: nl or en (default en).</source>
        <translation>De taal van de uitvoer: nl of en (standaard en).</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>TAAL</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;; use nl or en.</source>
        <translation>Onbekende taal &quot;%1&quot;; gebruik nl of en.</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;; use text, csv or pdf.</source>
        <translation>Onbekend formaat &quot;%1&quot;; gebruik text, csv of pdf.</translation>
    </message>
    <message>
        <source>A PDF needs --output FILE.</source>
        <translation>Een PDF heeft --output BESTAND nodig.</translation>
    </message>
    <message>
        <source>Support needs per group</source>
        <translation>Signaleringen per groep</translation>
    </message>
    <message>
        <source>the backup %1</source>
        <translation>de back-up %1</translation>
    </message>
    <message>
        <source>No passphrase: set KINDZICHT_BACKUP_PASSPHRASE or run the command in a terminal.</source>
        <translation>Geen wachtzin: zet KINDZICHT_BACKUP_PASSPHRASE of voer de opdracht uit in een terminal.</translation>
    </message>
    <message>
        <source>Backup written to %1.</source>
        <translation>Back-up geschreven naar %1.</translation>
    </message>
    <message>
        <source>There is no backup at %1.</source>
        <translation>Er is geen back-up op %1.</translation>
    </message>
    <message>
        <source>Database %1 restored from %2.</source>
        <translation>Database %1 teruggezet uit %2.</translation>
    </message>
    <message>
        <source>Show what would be done, change nothing.</source>
        <translation>Toon wat er zou gebeuren, verander niets.</translation>
    </message>
    <message>
        <source>child %1, left on %2: %3 support needs, %4 observations, %5 referrals</source>
        <translation>kind %1, vertrokken op %2: %3 signaleringen, %4 observaties, %5 verwijzingen</translation>
    </message>
    <message>
        <source>%1 children would be removed (retention %2 months); nothing was changed.</source>
        <translation>%1 kinderen zouden worden verwijderd (bewaartermijn %2 maanden); er is niets veranderd.</translation>
    </message>
    <message>
        <source>%1 children removed (retention %2 months).</source>
        <translation>%1 kinderen verwijderd (bewaartermijn %2 maanden).</translation>
    </message>
    <message>
        <source>inzage takes the child&apos;s number (see children list).</source>
        <translation>inzage verwacht het nummer van het kind (zie children list).</translation>
    </message>
    <message>
        <source>Written: %1 and the same as HTML.</source>
        <translation>Geschreven: %1, en hetzelfde als HTML.</translation>
    </message>
    <message>
        <source>With init: create this first administrator (password from KINDZICHT_PASSWORD).</source>
        <translation>Bij init: maak deze eerste beheerder (wachtwoord uit KINDZICHT_PASSWORD).</translation>
    </message>
    <message>
        <source>First administrator %1 created.</source>
        <translation>Eerste beheerder %1 aangemaakt.</translation>
    </message>
    <message>
        <source>With partners export --format vcard: 4.0, or 3.0 for older Outlook.</source>
        <translation>Bij partners export --format vcard: 4.0, of 3.0 voor oudere Outlook.</translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation>VERSIE</translation>
    </message>
    <message>
        <source>Use &quot;partners import FILE&quot; or &quot;partners export --format csv|vcard|hsds&quot;.</source>
        <translation>Gebruik &quot;partners import BESTAND&quot; of &quot;partners export --format csv|vcard|hsds&quot;.</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>Er is geen bestand %1.</translation>
    </message>
    <message>
        <source>%1 is larger than 64 MB; this is not a partner list.</source>
        <translation>%1 is groter dan 64 MB; dit is geen partnerlijst.</translation>
    </message>
    <message>
        <source>%1 could not be read.</source>
        <translation>%1 kon niet worden gelezen.</translation>
    </message>
    <message>
        <source>Columns not used: %1</source>
        <translation>Kolommen niet gebruikt: %1</translation>
    </message>
    <message>
        <source>%1: add %2</source>
        <translation>%1: %2 toevoegen</translation>
    </message>
    <message>
        <source>%1: rejected: %2</source>
        <translation>%1: geweigerd: %2</translation>
    </message>
    <message>
        <source>%1 (%2): %3 to add, %4 to update, %5 unchanged, %6 rejected.</source>
        <translation>%1 (%2): %3 toe te voegen, %4 bij te werken, %5 ongewijzigd, %6 geweigerd.</translation>
    </message>
    <message>
        <source>Nothing was written (--dry-run).</source>
        <translation>Er is niets geschreven (--dry-run).</translation>
    </message>
    <message>
        <source>Written to the sociale kaart.</source>
        <translation>Opgeslagen in de sociale kaart.</translation>
    </message>
    <message>
        <source>Nothing to write.</source>
        <translation>Niets om op te slaan.</translation>
    </message>
    <message>
        <source>Unknown vCard version &quot;%1&quot;; use 4.0 or 3.0.</source>
        <translation>Onbekende vCard-versie &quot;%1&quot;; gebruik 4.0 of 3.0.</translation>
    </message>
    <message>
        <source>Choose --format csv, vcard or hsds.</source>
        <translation>Kies --format csv, vcard of hsds.</translation>
    </message>
    <message numerus="yes">
        <source>%n partner(s) written to %1.</source>
        <translation>
            <numerusform>%n partner geschreven naar %1.</numerusform>
            <numerusform>%n partners geschreven naar %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>With handover: the school (name or number in the sociale kaart).</source>
        <translation>Bij handover: de school (naam of nummer in de sociale kaart).</translation>
    </message>
    <message>
        <source>PARTNER</source>
        <translation>PARTNER</translation>
    </message>
    <message>
        <source>With handover consent: given, awaiting or denied.</source>
        <translation>Bij handover consent: given (gegeven), awaiting (wacht op antwoord) of denied (geweigerd).</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>STAAT</translation>
    </message>
    <message>
        <source>With handover consent: who answered for the parents.</source>
        <translation>Bij handover consent: wie namens de ouders antwoordde.</translation>
    </message>
    <message>
        <source>With handover consent: the sections consented to, comma separated.</source>
        <translation>Bij handover consent: de onderdelen waarvoor toestemming is gegeven, gescheiden door komma&apos;s.</translation>
    </message>
    <message>
        <source>LIST</source>
        <translation>LIJST</translation>
    </message>
    <message>
        <source>With handover consent: the date of the answer (default today).</source>
        <translation>Bij handover consent: de datum van het antwoord (standaard vandaag).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATUM</translation>
    </message>
    <message>
        <source>With handover consent: a note about the answer.</source>
        <translation>Bij handover consent: een notitie bij het antwoord.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEKST</translation>
    </message>
    <message>
        <source>No child &quot;%1&quot; among the children you may see (see children list).</source>
        <translation>Geen kind &quot;%1&quot; onder de kinderen die u mag zien (zie children list).</translation>
    </message>
    <message>
        <source>More than one child is called &quot;%1&quot;: use the number from children list.</source>
        <translation>Meer dan één kind heet &quot;%1&quot;: gebruik het nummer uit children list.</translation>
    </message>
    <message>
        <source>No school &quot;%1&quot; in the sociale kaart.</source>
        <translation>Geen school &quot;%1&quot; in de sociale kaart.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; matches several schools: %2.</source>
        <translation>&quot;%1&quot; past bij meerdere scholen: %2.</translation>
    </message>
    <message>
        <source>Use &quot;handover consent CHILD --school PARTNER --state given|awaiting|denied --given-by NAME&quot; or &quot;handover export CHILD --school PARTNER --output FILE.pdf&quot;.</source>
        <translation>Gebruik &quot;handover consent KIND --school PARTNER --state given|awaiting|denied --given-by NAAM&quot; of &quot;handover export KIND --school PARTNER --output BESTAND.pdf&quot;.</translation>
    </message>
    <message>
        <source>Name the school with --school (its name or number in the sociale kaart).</source>
        <translation>Noem de school met --school (de naam of het nummer in de sociale kaart).</translation>
    </message>
    <message>
        <source>Give --state given, awaiting or denied.</source>
        <translation>Geef --state given, awaiting of denied.</translation>
    </message>
    <message>
        <source>Give --date as yyyy-mm-dd.</source>
        <translation>Geef --date als jjjj-mm-dd.</translation>
    </message>
    <message>
        <source>Unknown section &quot;%1&quot;; use personal, development, support, partners, ve or parents_view.</source>
        <translation>Onbekend onderdeel &quot;%1&quot;; gebruik personal, development, support, partners, ve of parents_view.</translation>
    </message>
    <message>
        <source>Consent for the handover of %1 to %2 recorded: %3.</source>
        <translation>Toestemming voor de overdracht van %1 aan %2 vastgelegd: %3.</translation>
    </message>
    <message>
        <source>It covers: %1.</source>
        <translation>Ze geldt voor: %1.</translation>
    </message>
    <message>
        <source>A handover needs --output FILE.pdf.</source>
        <translation>Een overdracht heeft --output BESTAND.pdf nodig.</translation>
    </message>
    <message>
        <source>Handover of %1 to %2 written to %3 (version %4, SHA-256 %5).</source>
        <translation>Overdracht van %1 aan %2 geschreven naar %3 (versie %4, SHA-256 %5).</translation>
    </message>
    <message>
        <source>Left out, as there was nothing in them yet: %1.</source>
        <translation>Weggelaten omdat er nog niets in stond: %1.</translation>
    </message>
    <message>
        <source>--organisation goes with --admin NAME.</source>
        <translation>--organisation hoort bij --admin NAAM.</translation>
    </message>
    <message>
        <source>Unknown reason &quot;%1&quot;; use primary_school, moved, other_childcare or other.</source>
        <translation>Onbekende reden &quot;%1&quot;; gebruik primary_school, moved, other_childcare of other.</translation>
    </message>
    <message>
        <source>Child %1 enrolled: %2 in %3 from %4.</source>
        <translation>Kind %1 ingeschreven: %2 in %3 vanaf %4.</translation>
    </message>
    <message>
        <source>Use &quot;children list&quot;, &quot;children show CHILD&quot;, &quot;children add ...&quot;, &quot;children edit CHILD&quot;, &quot;children move CHILD --group G&quot;, &quot;children leave CHILD --on DATE --reason R&quot; or &quot;children import FILE&quot;; see --help.</source>
        <translation>Gebruik &quot;children list&quot;, &quot;children show KIND&quot;, &quot;children add ...&quot;, &quot;children edit KIND&quot;, &quot;children move KIND --group G&quot;, &quot;children leave KIND --on DATUM --reason R&quot; of &quot;children import BESTAND&quot;; zie --help.</translation>
    </message>
    <message>
        <source>A new group is a move: use &quot;children move CHILD --group G&quot;.</source>
        <translation>Een nieuwe groep is een verplaatsing: gebruik &quot;children move KIND --group G&quot;.</translation>
    </message>
    <message>
        <source>Nothing to change: give --given, --family, --birth, --start, --neighbourhood, --languages, --ve-indication or --external-number.</source>
        <translation>Niets te wijzigen: geef --given, --family, --birth, --start, --neighbourhood, --languages, --ve-indication of --external-number.</translation>
    </message>
    <message>
        <source>Details of child %1 corrected: %2.</source>
        <translation>Gegevens van kind %1 verbeterd: %2.</translation>
    </message>
    <message>
        <source>%1 moves to %2 on %3.</source>
        <translation>%1 gaat op %3 naar %2.</translation>
    </message>
    <message>
        <source>%1 leaves on %2 (%3); the retention period counts from that day.</source>
        <translation>%1 vertrekt op %2 (%3); de bewaartermijn telt vanaf die dag.</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Einddatum</translation>
    </message>
    <message>
        <source>Reason for leaving</source>
        <translation>Reden van vertrek</translation>
    </message>
    <message>
        <source>Home languages</source>
        <translation>Thuistalen</translation>
    </message>
    <message>
        <source>VE indication</source>
        <translation>VE-indicatie</translation>
    </message>
    <message>
        <source>External number</source>
        <translation>Kindnummer</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Verplaatst</translation>
    </message>
    <message>
        <source>%1: from %2 to %3, by %4</source>
        <translation>%1: van %2 naar %3, door %4</translation>
    </message>
    <message>
        <source>line %1: add %2 (%3)</source>
        <translation>regel %1: %2 toevoegen (%3)</translation>
    </message>
    <message>
        <source>line %1: update %2 (%3)</source>
        <translation>regel %1: %2 bijwerken (%3)</translation>
    </message>
    <message>
        <source>line %1: rejected: %2</source>
        <translation>regel %1: geweigerd: %2</translation>
    </message>
    <message>
        <source>Groups not found among your locations: %1</source>
        <translation>Groepen die niet bij uw locaties bestaan: %1</translation>
    </message>
    <message>
        <source>Not in the file, kept as they are: %1</source>
        <translation>Niet in het bestand, blijven zoals ze zijn: %1</translation>
    </message>
    <message>
        <source>%1: %2 to add, %3 to update, %4 unchanged, %5 rejected.</source>
        <translation>%1: %2 toe te voegen, %3 bij te werken, %4 ongewijzigd, %5 geweigerd.</translation>
    </message>
    <message>
        <source>Nothing was written: correct the rejected lines (or remove them) and import again.</source>
        <translation>Er is niets opgeslagen: verbeter de geweigerde regels (of haal ze weg) en importeer opnieuw.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) rejected; nothing was written.</source>
        <translation>
            <numerusform>%n regel geweigerd; er is niets opgeslagen.</numerusform>
            <numerusform>%n regels geweigerd; er is niets opgeslagen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n child(ren) written.</source>
        <translation>
            <numerusform>%n kind opgeslagen.</numerusform>
            <numerusform>%n kinderen opgeslagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown kind &quot;%1&quot;; use kdv, peuteropvang, peuteropvang_ve or bso.</source>
        <translation>Onbekende soort &quot;%1&quot;; gebruik kdv, peuteropvang, peuteropvang_ve of bso.</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>gearchiveerd</translation>
    </message>
    <message>
        <source>LRK</source>
        <translation>LRK</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Stadsdeel</source>
        <translation>Stadsdeel</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message numerus="yes">
        <source>%n location(s)</source>
        <translation>
            <numerusform>%n locatie</numerusform>
            <numerusform>%n locaties</numerusform>
        </translation>
    </message>
    <message>
        <source>Location %1 added: %2.</source>
        <translation>Locatie %1 toegevoegd: %2.</translation>
    </message>
    <message>
        <source>Location %1 changed: %2.</source>
        <translation>Locatie %1 gewijzigd: %2.</translation>
    </message>
    <message>
        <source>Location %1 archived, with its groups.</source>
        <translation>Locatie %1 gearchiveerd, met haar groepen.</translation>
    </message>
    <message>
        <source>Use &quot;locations list&quot;, &quot;locations add --name NAME&quot;, &quot;locations edit LOCATION&quot; or &quot;locations archive LOCATION&quot;; see --help.</source>
        <translation>Gebruik &quot;locations list&quot;, &quot;locations add --name NAAM&quot;, &quot;locations edit LOCATIE&quot; of &quot;locations archive LOCATIE&quot;; zie --help.</translation>
    </message>
    <message>
        <source>%1-%2 months</source>
        <translation>%1-%2 maanden</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Ages</source>
        <translation>Leeftijden</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n groep</numerusform>
            <numerusform>%n groepen</numerusform>
        </translation>
    </message>
    <message>
        <source>Group %1 added: %2 (%3, %4-%5 months, %6 places).</source>
        <translation>Groep %1 toegevoegd: %2 (%3, %4-%5 maanden, %6 kindplaatsen).</translation>
    </message>
    <message>
        <source>Nothing to change: give --name, --kind, --ages or --capacity.</source>
        <translation>Niets te wijzigen: geef --name, --kind, --ages of --capacity.</translation>
    </message>
    <message>
        <source>Group %1 changed: %2.</source>
        <translation>Groep %1 gewijzigd: %2.</translation>
    </message>
    <message>
        <source>Group %1 archived.</source>
        <translation>Groep %1 gearchiveerd.</translation>
    </message>
    <message>
        <source>Use &quot;groups list&quot;, &quot;groups add --location L --name N --kind K&quot;, &quot;groups edit GROUP&quot; or &quot;groups archive GROUP&quot;; see --help.</source>
        <translation>Gebruik &quot;groups list&quot;, &quot;groups add --location L --name N --kind K&quot;, &quot;groups edit GROEP&quot; of &quot;groups archive GROEP&quot;; zie --help.</translation>
    </message>
    <message>
        <source>With init --admin: the organisation&apos;s name.</source>
        <translation>Bij init --admin: de naam van de organisatie.</translation>
    </message>
    <message>
        <source>With locations|groups add|edit: the name.</source>
        <translation>Bij locations|groups add|edit: de naam.</translation>
    </message>
    <message>
        <source>With locations add|edit: the 9-digit LRK number.</source>
        <translation>Bij locations add|edit: het LRK-nummer van 9 cijfers.</translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation>NUMMER</translation>
    </message>
    <message>
        <source>With locations add|edit: street and number.</source>
        <translation>Bij locations add|edit: straat en huisnummer.</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>ADRES</translation>
    </message>
    <message>
        <source>With locations add|edit: the postcode.</source>
        <translation>Bij locations add|edit: de postcode.</translation>
    </message>
    <message>
        <source>POSTCODE</source>
        <translation>POSTCODE</translation>
    </message>
    <message>
        <source>With locations add|edit: the city.</source>
        <translation>Bij locations add|edit: de plaats.</translation>
    </message>
    <message>
        <source>CITY</source>
        <translation>PLAATS</translation>
    </message>
    <message>
        <source>With locations add|edit: the stadsdeel.</source>
        <translation>Bij locations add|edit: het stadsdeel.</translation>
    </message>
    <message>
        <source>DISTRICT</source>
        <translation>STADSDEEL</translation>
    </message>
    <message>
        <source>With locations and children add|edit: the wijk.</source>
        <translation>Bij locations en children add|edit: de wijk.</translation>
    </message>
    <message>
        <source>WIJK</source>
        <translation>WIJK</translation>
    </message>
    <message>
        <source>With groups: the location (name or number).</source>
        <translation>Bij groups: de locatie (naam of nummer).</translation>
    </message>
    <message>
        <source>LOCATION</source>
        <translation>LOCATIE</translation>
    </message>
    <message>
        <source>With locations|groups list: archived ones too.</source>
        <translation>Bij locations|groups list: ook de gearchiveerde.</translation>
    </message>
    <message>
        <source>With groups add|edit: kdv, peuteropvang, peuteropvang_ve or bso.</source>
        <translation>Bij groups add|edit: kdv, peuteropvang, peuteropvang_ve of bso.</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>SOORT</translation>
    </message>
    <message>
        <source>With groups add|edit: the age range in months, such as 24-48.</source>
        <translation>Bij groups add|edit: de leeftijden in maanden, zoals 24-48.</translation>
    </message>
    <message>
        <source>FROM-TO</source>
        <translation>VAN-TOT</translation>
    </message>
    <message>
        <source>With groups add|edit: the number of places.</source>
        <translation>Bij groups add|edit: het aantal kindplaatsen.</translation>
    </message>
    <message>
        <source>With users add|edit: the name shown to others.</source>
        <translation>Bij users add|edit: de naam die anderen zien.</translation>
    </message>
    <message>
        <source>With users add|edit: practitioner, manager, admin; comma separated.</source>
        <translation>Bij users add|edit: practitioner, manager, admin; gescheiden door komma&apos;s.</translation>
    </message>
    <message>
        <source>ROLES</source>
        <translation>ROLLEN</translation>
    </message>
    <message>
        <source>With users add|edit: the groups a practitioner works in, comma separated.</source>
        <translation>Bij users add|edit: de groepen waarin een pedagogisch medewerker werkt, gescheiden door komma&apos;s.</translation>
    </message>
    <message>
        <source>GROUPS</source>
        <translation>GROEPEN</translation>
    </message>
    <message>
        <source>With children add|edit: the given name.</source>
        <translation>Bij children add|edit: de voornaam.</translation>
    </message>
    <message>
        <source>With children add|edit: the family name, with its tussenvoegsel.</source>
        <translation>Bij children add|edit: de achternaam, met het tussenvoegsel.</translation>
    </message>
    <message>
        <source>With children add|edit: the birth date.</source>
        <translation>Bij children add|edit: de geboortedatum.</translation>
    </message>
    <message>
        <source>With children add|edit: the first day (default today).</source>
        <translation>Bij children add|edit: de eerste dag (standaard vandaag).</translation>
    </message>
    <message>
        <source>With children add|edit: the home languages, comma separated.</source>
        <translation>Bij children add|edit: de thuistalen, gescheiden door komma&apos;s.</translation>
    </message>
    <message>
        <source>LANGUAGES</source>
        <translation>TALEN</translation>
    </message>
    <message>
        <source>With children add|edit: the date of the VE indication.</source>
        <translation>Bij children add|edit: de datum van de VE-indicatie.</translation>
    </message>
    <message>
        <source>With children add|edit: the number in the administration system (kindnummer).</source>
        <translation>Bij children add|edit: het nummer in het administratiesysteem (kindnummer).</translation>
    </message>
    <message>
        <source>With children move|leave: the date it happens (move: default today).</source>
        <translation>Bij children move|leave: de datum waarop het gebeurt (move: standaard vandaag).</translation>
    </message>
    <message>
        <source>With children leave: primary_school, moved, other_childcare or other.</source>
        <translation>Bij children leave: primary_school, moved, other_childcare of other.</translation>
    </message>
    <message>
        <source>REASON</source>
        <translation>REDEN</translation>
    </message>
    <message>
        <source>With children list: also the children who left.</source>
        <translation>Bij children list: ook de vertrokken kinderen.</translation>
    </message>
    <message>
        <source>There is no location &quot;%1&quot; among the locations you may see.</source>
        <translation>Er is geen locatie &quot;%1&quot; bij de locaties die u mag zien.</translation>
    </message>
    <message>
        <source>More than one location is called &quot;%1&quot;: use its number.</source>
        <translation>Meer dan één locatie heet &quot;%1&quot;: gebruik het nummer.</translation>
    </message>
    <message>
        <source>There is no account &quot;%1&quot; (see users list).</source>
        <translation>Er is geen account &quot;%1&quot; (zie users list).</translation>
    </message>
    <message>
        <source>%1 (new)</source>
        <translation>%1 (nieuw)</translation>
    </message>
    <message>
        <source>No new password: set KINDZICHT_NEW_PASSWORD or run the command in a terminal.</source>
        <translation>Geen nieuw wachtwoord: zet KINDZICHT_NEW_PASSWORD of voer de opdracht uit in een terminal.</translation>
    </message>
    <message>
        <source>%1 (new, again)</source>
        <translation>%1 (nieuw, nog een keer)</translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was changed.</source>
        <translation>De twee wachtwoorden verschillen; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot;; use practitioner, manager or admin.</source>
        <translation>Onbekende rol &quot;%1&quot;; gebruik practitioner, manager of admin.</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actief</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>gedeactiveerd</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Gebruiker</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Groepen</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>Locaties</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n account</numerusform>
            <numerusform>%n accounts</numerusform>
        </translation>
    </message>
    <message>
        <source>Account %1 added for %2 (number %3).</source>
        <translation>Account %1 toegevoegd voor %2 (nummer %3).</translation>
    </message>
    <message>
        <source>Nothing to change: give --display-name, --role, --groups or --locations.</source>
        <translation>Niets te wijzigen: geef --display-name, --role, --groups of --locations.</translation>
    </message>
    <message>
        <source>Account %1 changed.</source>
        <translation>Account %1 gewijzigd.</translation>
    </message>
    <message>
        <source>Account %1 deactivated; it can no longer log in.</source>
        <translation>Account %1 gedeactiveerd; het kan niet meer inloggen.</translation>
    </message>
    <message>
        <source>The password of %1 was replaced.</source>
        <translation>Het wachtwoord van %1 is vervangen.</translation>
    </message>
    <message>
        <source>Use &quot;users list&quot;, &quot;users add NAME --role ROLES&quot;, &quot;users edit NAME&quot;, &quot;users deactivate NAME&quot; or &quot;users reset-password NAME&quot;; see --help.</source>
        <translation>Gebruik &quot;users list&quot;, &quot;users add NAAM --role ROLLEN&quot;, &quot;users edit NAAM&quot;, &quot;users deactivate NAAM&quot; of &quot;users reset-password NAAM&quot;; zie --help.</translation>
    </message>
    <message>
        <source>Their old pages are still in the database file (%1); the wipe finishes at the next opening of the database.</source>
        <translation>Hun oude gegevens staan nog in het databasebestand (%1); ze worden definitief gewist zodra de database weer wordt geopend.</translation>
    </message>
    <message>
        <source>another Kindzicht has the database open</source>
        <translation>de database is nog geopend in een ander exemplaar van Kindzicht</translation>
    </message>
    <message>
        <source>%1: warning: %2</source>
        <translation>%1: waarschuwing: %2</translation>
    </message>
    <message>
        <source>With partners import: also write updates that drop wijken, narrow ages or empty a field.</source>
        <translation>Bij partners import: ook bijwerkingen schrijven die wijken weghalen, leeftijden beperken of een veld leegmaken.</translation>
    </message>
    <message>
        <source>Accounts with the password &quot;%1&quot;: admin (administrator), %2 (manager of every location), manager1 (Locatie 1) and pm1-1 to pm1-8 (its groups). The other locations&apos; accounts (managerL, pmL-G) have no password.</source>
        <translation>Accounts met het wachtwoord &quot;%1&quot;: admin (beheerder), %2 (manager van elke locatie), manager1 (Locatie 1) en pm1-1 tot en met pm1-8 (de groepen daarvan). De accounts van de andere locaties (managerL, pmL-G) hebben geen wachtwoord.</translation>
    </message>
    <message>
        <source>%1: update %2</source>
        <translation>%1: bijwerken %2</translation>
    </message>
    <message>
        <source>This import drops wijken or other details of partners, or empties a field:</source>
        <translation>Deze import haalt wijken of andere gegevens van partners weg, of maakt een veld leeg:</translation>
    </message>
    <message>
        <source>Nothing was written. Check these changes, then run the import again with --allow-narrowing.</source>
        <translation>Er is niets geschreven. Controleer deze wijzigingen en voer de import dan opnieuw uit met --allow-narrowing.</translation>
    </message>
    <message>
        <source>show|add|edit|move|leave</source>
        <translation>show|add|edit|move|leave</translation>
    </message>
    <message>
        <source>One child&apos;s details; enrolling, correcting, moving and leaving (managers of the location).</source>
        <translation>De gegevens van één kind: inschrijven, verbeteren, verplaatsen en vertrek vastleggen (managers van de locatie).</translation>
    </message>
    <message>
        <source>one child&apos;s details and the groups it moved between</source>
        <translation>de gegevens van één kind en de groepen waartussen het is verplaatst</translation>
    </message>
    <message>
        <source>--given G --family F --birth DATE --group G [--start DATE] [--neighbourhood W] [--languages L] [--ve-indication DATE] [--external-number X] (managers of the location)</source>
        <translation>--given G --family F --birth DATE --group G [--start DATE] [--neighbourhood W] [--languages L] [--ve-indication DATE] [--external-number X] (managers van de locatie)</translation>
    </message>
    <message>
        <source>the same options but --group; only those given change</source>
        <translation>dezelfde opties behalve --group; alleen wat is opgegeven verandert</translation>
    </message>
    <message>
        <source>--group G [--on DATE]; the old group loses access</source>
        <translation>--group G [--on DATE]; de oude groep verliest de toegang</translation>
    </message>
    <message>
        <source>--on DATE --reason primary_school|moved|other_childcare|other</source>
        <translation>--on DATE --reason primary_school|moved|other_childcare|other</translation>
    </message>
    <message>
        <source>With children add|move: the group (name or number).</source>
        <translation>Bij children add|move: de groep (naam of nummer).</translation>
    </message>
    <message>
        <source>FILE [--dry-run]</source>
        <translation>FILE [--dry-run]</translation>
    </message>
    <message>
        <source>A CSV from the administration system, previewed line by line.</source>
        <translation>Een CSV-bestand uit het administratiesysteem, eerst regel voor regel getoond.</translation>
    </message>
    <message>
        <source>&apos;;&apos; or &apos;,&apos;, Dutch or English headers. Shows each line&apos;s add, update or rejection; writes only when no line is rejected, in one go. Children not in the file are listed and kept.</source>
        <translation>&apos;;&apos; of &apos;,&apos;, Nederlandse of Engelse kolomnamen. Toont per regel of die wordt toegevoegd, bijgewerkt of geweigerd; slaat alles in één keer op, en alleen als geen enkele regel is geweigerd. Kinderen die niet in het bestand staan, worden genoemd en blijven staan.</translation>
    </message>
    <message>
        <source>[--group G] [--format text|csv] [--include-left]</source>
        <translation>[--group G] [--format text|csv] [--include-left]</translation>
    </message>
    <message>
        <source>The children you may see.</source>
        <translation>De kinderen die u mag zien.</translation>
    </message>
    <message>
        <source>The text is a table for the terminal (levels in words); the CSV is data (levels as numbers), and its export is recorded in the audit trail.</source>
        <translation>De tekst is een tabel voor de terminal (niveaus in woorden); de CSV is een gegevensbestand (niveaus als getallen), en de export ervan wordt vastgelegd in het logboek.</translation>
    </message>
    <message>
        <source>With children list: only this group.</source>
        <translation>Bij children list: alleen deze groep.</translation>
    </message>
    <message>
        <source>(default %1)</source>
        <translation>(standaard %1)</translation>
    </message>
    <message>
        <source>Usage: kindzicht-cli [--database FILE] [--user NAME] %1</source>
        <translation>Gebruik: kindzicht-cli [--database FILE] [--user NAME] %1</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Opties:</translation>
    </message>
    <message>
        <source>Options of every command:</source>
        <translation>Opties van elke opdracht:</translation>
    </message>
    <message>
        <source>The command to run; see --help.</source>
        <translation>De opdracht die moet worden uitgevoerd; zie --help.</translation>
    </message>
    <message>
        <source>Kindzicht on the command line.</source>
        <translation>Kindzicht op de opdrachtregel.</translation>
    </message>
    <message>
        <source>Usage: kindzicht-cli [--database FILE] [--user NAME] COMMAND [ARGS]</source>
        <translation>Gebruik: kindzicht-cli [--database FILE] [--user NAME] COMMAND [ARGS]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Opdrachten:</translation>
    </message>
    <message>
        <source>LOCATION, GROUP, CHILD: a number or a name; DATE: yyyy-mm-dd or dd-mm-yyyy.</source>
        <translation>LOCATION, GROUP, CHILD: een nummer of een naam; DATE: jjjj-mm-dd of dd-mm-jjjj.</translation>
    </message>
    <message>
        <source>&quot;kindzicht-cli help COMMAND&quot; or &quot;kindzicht-cli COMMAND --help&quot; shows a command&apos;s options.</source>
        <translation>&quot;kindzicht-cli help COMMAND&quot; of &quot;kindzicht-cli COMMAND --help&quot; toont de opties van een opdracht.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Toon deze hulptekst.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Toon de versie.</translation>
    </message>
    <message>
        <source>Two invented locations in The Hague with children, support needs, observations and a sociale kaart. Every demo account has the password %1.</source>
        <translation>Twee verzonnen locaties in Den Haag met kinderen, signaleringen, observaties en een sociale kaart. Elk demo-account heeft het wachtwoord %1.</translation>
    </message>
    <message>
        <source>[--locations L] [--children N] [--observations M]</source>
        <translation>[--locations L] [--children N] [--observations M]</translation>
    </message>
    <message>
        <source>A large synthetic organisation, for scale tests (a new file only).</source>
        <translation>Een grote verzonnen organisatie, om te testen met veel gegevens (alleen in een nieuw bestand).</translation>
    </message>
    <message>
        <source>admin, directie (every location), manager1 and pm1-1..8 log in with the demo password %1.</source>
        <translation>admin, directie (elke locatie), manager1 en pm1-1..8 loggen in met het demowachtwoord %1.</translation>
    </message>
    <message>
        <source>With generate: the number of locations.</source>
        <translation>Bij generate: het aantal locaties.</translation>
    </message>
    <message>
        <source>list|add|edit|archive</source>
        <translation>list|add|edit|archive</translation>
    </message>
    <message>
        <source>The groups of the locations.</source>
        <translation>De groepen van de locaties.</translation>
    </message>
    <message>
        <source>[--location L] [--all]</source>
        <translation>[--location L] [--all]</translation>
    </message>
    <message>
        <source>--location L --name N --kind kdv|peuteropvang|peuteropvang_ve|bso [--ages 24-48] [--capacity 16]</source>
        <translation>--location L --name N --kind kdv|peuteropvang|peuteropvang_ve|bso [--ages 24-48] [--capacity 16]</translation>
    </message>
    <message>
        <source>[--name N] [--kind K] [--ages A] [--capacity C]</source>
        <translation>[--name N] [--kind K] [--ages A] [--capacity C]</translation>
    </message>
    <message>
        <source>refused while children attend</source>
        <translation>geweigerd zolang er nog kinderen geplaatst zijn</translation>
    </message>
    <message>
        <source>CHILD --school PARTNER --state given|awaiting|denied --given-by NAME [--sections LIST] [--date yyyy-mm-dd] [--notes TEXT]</source>
        <translation>CHILD --school PARTNER --state given|awaiting|denied --given-by NAME [--sections LIST] [--date jjjj-mm-dd] [--notes TEXT]</translation>
    </message>
    <message>
        <source>The parents&apos; answer about a handover to a school.</source>
        <translation>Het antwoord van de ouders over een overdracht naar een school.</translation>
    </message>
    <message>
        <source>CHILD: number or full name. LIST: personal,development,support,partners,ve,parents_view (given covers every section when --sections is left out). Denied deletes the draft.</source>
        <translation>CHILD: nummer of volledige naam. LIST: personal,development,support,partners,ve,parents_view (given geldt voor alle onderdelen als --sections ontbreekt). Bij denied wordt het concept verwijderd.</translation>
    </message>
    <message>
        <source>CHILD --school PARTNER --output FILE.pdf [--language nl|en]</source>
        <translation>CHILD --school PARTNER --output FILE.pdf [--language nl|en]</translation>
    </message>
    <message>
        <source>The overdracht as PDF, only with consent.</source>
        <translation>De overdracht als PDF, alleen met toestemming.</translation>
    </message>
    <message>
        <source>The saved draft, or a prefill without its empty sections; the document is Dutch unless --language en. Kept in the child&apos;s file with the SHA-256 it prints.</source>
        <translation>Het opgeslagen concept, of een vooraf ingevulde versie zonder de lege onderdelen; het document is Nederlands, tenzij --language en. Wordt bewaard in het dossier van het kind, met de SHA-256 die wordt getoond.</translation>
    </message>
    <message>
        <source>[--admin NAME [--organisation NAME]]</source>
        <translation>[--admin NAME [--organisation NAME]]</translation>
    </message>
    <message>
        <source>Create an empty database at the current schema, with its first administrator.</source>
        <translation>Maak een lege database met het huidige schema en de eerste beheerder.</translation>
    </message>
    <message>
        <source>The administrator&apos;s password comes from KINDZICHT_PASSWORD or is asked for. An existing database is brought to the current schema.</source>
        <translation>Het wachtwoord van de beheerder komt uit KINDZICHT_PASSWORD of wordt gevraagd. Een bestaande database wordt bijgewerkt naar het huidige schema.</translation>
    </message>
    <message>
        <source>CHILD [--output DIR]</source>
        <translation>CHILD [--output DIR]</translation>
    </message>
    <message>
        <source>Everything held about one child, and who saw it.</source>
        <translation>Alles wat over één kind is vastgelegd, en wie het zag.</translation>
    </message>
    <message>
        <source>The folder to write to.</source>
        <translation>De map waarin de bestanden komen.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>The locations of the organisation.</source>
        <translation>De locaties van de organisatie.</translation>
    </message>
    <message>
        <source>[--all] with archived ones</source>
        <translation>[--all] ook de gearchiveerde</translation>
    </message>
    <message>
        <source>the same options; only those given change</source>
        <translation>dezelfde opties; alleen wat is opgegeven verandert</translation>
    </message>
    <message>
        <source>with its groups; refused while children attend</source>
        <translation>met de groepen; geweigerd zolang er nog kinderen geplaatst zijn</translation>
    </message>
    <message>
        <source>--format csv|vcard|hsds [--output FILE] [--vcard-version 4.0|3.0] [--language nl|en]</source>
        <translation>--format csv|vcard|hsds [--output FILE] [--vcard-version 4.0|3.0] [--language nl|en]</translation>
    </message>
    <message>
        <source>The whole sociale kaart.</source>
        <translation>De hele sociale kaart.</translation>
    </message>
    <message>
        <source>Output format: csv, vcard or hsds.</source>
        <translation>Uitvoer: csv, vcard of hsds.</translation>
    </message>
    <message>
        <source>FILE [--dry-run] [--allow-narrowing]</source>
        <translation>FILE [--dry-run] [--allow-narrowing]</translation>
    </message>
    <message>
        <source>Partners into the sociale kaart from CSV (&apos;,&apos; or &apos;;&apos;) or HSDS JSON.</source>
        <translation>Partners in de sociale kaart inlezen uit CSV (&apos;,&apos; of &apos;;&apos;) of HSDS-JSON.</translation>
    </message>
    <message>
        <source>Shows what is added, updated (each field old -&gt; new) or rejected, then writes it in one go. Rejected rows are skipped and make the exit code 1. An update that drops wijken, narrows the ages or empties a field needs --allow-narrowing.</source>
        <translation>Toont wat wordt toegevoegd, bijgewerkt (per veld oud -&gt; nieuw) of geweigerd, en slaat het daarna in één keer op. Geweigerde regels worden overgeslagen en maken de exitcode 1. Een bijwerking die wijken weghaalt, de leeftijden beperkt of een veld leegmaakt, heeft --allow-narrowing nodig.</translation>
    </message>
    <message>
        <source>[--format text|csv|pdf] [--output FILE] [--language nl|en]</source>
        <translation>[--format text|csv|pdf] [--output FILE] [--language nl|en]</translation>
    </message>
    <message>
        <source>Needs per group, small counts suppressed (counts below 3 shown as &lt;3).</source>
        <translation>Signaleringen per groep, zonder kleine aantallen (aantallen onder 3 staan er als &lt;3).</translation>
    </message>
    <message>
        <source>Aggregates only, no child&apos;s name: this report may leave the location. A PDF needs --output.</source>
        <translation>Alleen totalen, geen namen van kinderen: dit rapport mag buiten de locatie worden gedeeld. Een PDF heeft --output nodig.</translation>
    </message>
    <message>
        <source>Output format: text, csv or pdf.</source>
        <translation>Uitvoer: text, csv of pdf.</translation>
    </message>
    <message>
        <source>Replace the database with a backup, after checking it.</source>
        <translation>Vervang de database door een back-up, nadat die is gecontroleerd.</translation>
    </message>
    <message>
        <source>[--dry-run]</source>
        <translation>[--dry-run]</translation>
    </message>
    <message>
        <source>Remove the files of children who left longer ago than the retention period (admins).</source>
        <translation>Verwijder de dossiers van kinderen die langer dan de bewaartermijn geleden zijn vertrokken (beheerders).</translation>
    </message>
    <message>
        <source>list|add|edit|deactivate|reset-password</source>
        <translation>list|add|edit|deactivate|reset-password</translation>
    </message>
    <message>
        <source>Accounts, their roles and the groups and locations they reach (admins).</source>
        <translation>Accounts, hun rollen en de groepen en locaties waar ze bij kunnen (beheerders).</translation>
    </message>
    <message>
        <source>accounts with their roles, groups and locations (admins)</source>
        <translation>accounts met hun rollen, groepen en locaties (beheerders)</translation>
    </message>
    <message>
        <source>--role practitioner|manager|admin[,...] [--display-name D] [--groups G1,G2] [--locations L1,L2]; the password comes from KINDZICHT_NEW_PASSWORD or is asked for twice</source>
        <translation>--role practitioner|manager|admin[,...] [--display-name D] [--groups G1,G2] [--locations L1,L2]; het wachtwoord komt uit KINDZICHT_NEW_PASSWORD of wordt twee keer gevraagd</translation>
    </message>
    <message>
        <source>the account can no longer log in; its history stays</source>
        <translation>het account kan niet meer inloggen; de geschiedenis blijft bewaard</translation>
    </message>
    <message>
        <source>a new password (KINDZICHT_NEW_PASSWORD or asked for)</source>
        <translation>een nieuw wachtwoord (uit KINDZICHT_NEW_PASSWORD of gevraagd)</translation>
    </message>
    <message>
        <source>With users add|edit: the locations a manager runs, comma separated.</source>
        <translation>Bij users add|edit: de locaties die een manager leidt, gescheiden door komma&apos;s.</translation>
    </message>
    <message>
        <source>FILE | --auto [--folder DIR]</source>
        <translation>FILE | --auto [--folder DIR]</translation>
    </message>
    <message>
        <source>An encrypted backup (admins; passphrase from KINDZICHT_BACKUP_PASSPHRASE), or with --auto the automatic backup.</source>
        <translation>Een versleutelde back-up (beheerders; wachtzin uit KINDZICHT_BACKUP_PASSPHRASE), of met --auto de automatische back-up.</translation>
    </message>
    <message>
        <source>The passphrase (at least %1 characters) comes from KINDZICHT_BACKUP_PASSPHRASE or is asked for. Without it the backup cannot be restored.
With --auto the backup is sealed to the backup key (backup key create) and written to the backup folder chosen in Beheer, or to --folder; the backups beyond the plan are removed. It needs no user and no passphrase, so the system&apos;s scheduler can run it.</source>
        <translation>De wachtzin (minstens %1 tekens) komt uit KINDZICHT_BACKUP_PASSPHRASE of wordt gevraagd. Zonder de wachtzin is de back-up niet terug te zetten.
Met --auto wordt de back-up versleuteld voor de back-upsleutel (backup key create) en geschreven naar de back-upmap die in Beheer is gekozen, of naar --folder; de back-ups die buiten het schema vallen, worden verwijderd. Er is geen gebruiker en geen wachtzin voor nodig, zodat de taakplanner van het systeem de opdracht kan uitvoeren.</translation>
    </message>
    <message>
        <source>Make the automatic backup (no user or passphrase needed).</source>
        <translation>Maak de automatische back-up (geen gebruiker of wachtzin nodig).</translation>
    </message>
    <message>
        <source>With --auto: write into this folder instead of the chosen one.</source>
        <translation>Bij --auto: schrijf naar deze map in plaats van de gekozen map.</translation>
    </message>
    <message>
        <source>Use &quot;backup FILE&quot; or &quot;backup --auto [--folder DIR]&quot;.</source>
        <translation>Gebruik &quot;backup BESTAND&quot; of &quot;backup --auto [--folder DIR]&quot;.</translation>
    </message>
    <message>
        <source>Backup written to %1 and checked (%2 bytes); %3 kept, %4 removed.</source>
        <translation>Back-up geschreven naar %1 en gecontroleerd (%2 bytes); %3 bewaard, %4 verwijderd.</translation>
    </message>
    <message>
        <source>CHILD --output FILE.txt|FILE.pdf [--question TEXT]</source>
        <translation>CHILD --output FILE.txt|FILE.pdf [--question TEXT]</translation>
    </message>
    <message>
        <source>An anonymous case for intervisie.</source>
        <translation>Een anonieme casus voor intervisie.</translation>
    </message>
    <message>
        <source>The child&apos;s age in years, the kind of group, the needs and observations over time, without names, places or dates; every replacement is listed. PDF when FILE ends in .pdf, otherwise text. For whoever may see the child; recorded in the audit trail.</source>
        <translation>De leeftijd van het kind in jaren, de soort groep, de signaleringen en de observaties in de loop van de tijd, zonder namen, plaatsen of datums; elke vervanging wordt getoond. PDF als FILE eindigt op .pdf, anders tekst. Voor wie het kind mag zien; wordt vastgelegd in het logboek.</translation>
    </message>
    <message>
        <source>With case-summary: the question for the intervisie.</source>
        <translation>Bij case-summary: de vraag voor de intervisie.</translation>
    </message>
    <message>
        <source>A case needs --output FILE.txt or FILE.pdf.</source>
        <translation>Een casus heeft --output BESTAND.txt of BESTAND.pdf nodig.</translation>
    </message>
    <message>
        <source>Anonymous case written to %1.</source>
        <translation>Anonieme casus geschreven naar %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n replacement(s); check them before you share the case:</source>
        <translation>
            <numerusform>%n vervanging; controleer die voordat u de casus deelt:</numerusform>
            <numerusform>%n vervangingen; controleer ze voordat u de casus deelt:</numerusform>
        </translation>
    </message>
    <message>
        <source>--recovery-file FILE</source>
        <translation>--recovery-file FILE</translation>
    </message>
    <message>
        <source>Make (or replace) the backup key for automatic backups and write its recovery file (admins).</source>
        <translation>Maak (of vervang) de back-upsleutel voor automatische back-ups en schrijf het herstelbestand ervan (beheerders).</translation>
    </message>
    <message>
        <source>The recovery file holds the key&apos;s secret half, encrypted under a passphrase of at least %1 characters (KINDZICHT_BACKUP_PASSPHRASE, or asked for twice). Keep it apart from the backups: with its passphrase, or with the recovery code printed here, it restores every automatic backup. The computer keeps only the public half and cannot read its own backups. Backups made before a replaced key still need that key&apos;s recovery file.</source>
        <translation>Het herstelbestand bevat de geheime helft van de sleutel, versleuteld met een wachtzin van minstens %1 tekens (KINDZICHT_BACKUP_PASSPHRASE, of twee keer gevraagd). Bewaar het los van de back-ups: met de wachtzin, of met de herstelcode die hier wordt getoond, zet het elke automatische back-up terug. De computer bewaart alleen de publieke helft en kan zijn eigen back-ups niet lezen. Back-ups van vóór een vervangen sleutel hebben nog het herstelbestand van die sleutel nodig.</translation>
    </message>
    <message>
        <source>Where the recovery file is written.</source>
        <translation>Waar het herstelbestand wordt geschreven.</translation>
    </message>
    <message>
        <source>Use &quot;backup key create --recovery-file FILE&quot;.</source>
        <translation>Gebruik &quot;backup key create --recovery-file BESTAND&quot;.</translation>
    </message>
    <message>
        <source>Backup key %1 made; its recovery file is %2.</source>
        <translation>Back-upsleutel %1 gemaakt; het herstelbestand is %2.</translation>
    </message>
    <message>
        <source>Recovery code (write it down and keep it safe; it is not shown again):</source>
        <translation>Herstelcode (schrijf hem op en bewaar hem veilig; hij wordt niet nog eens getoond):</translation>
    </message>
    <message>
        <source>the recovery file (new)</source>
        <translation>het herstelbestand (nieuw)</translation>
    </message>
    <message>
        <source>the recovery file (new, again)</source>
        <translation>het herstelbestand (nieuw, nogmaals)</translation>
    </message>
    <message>
        <source>The two passphrases differ; no key was made.</source>
        <translation>De twee wachtzinnen verschillen; er is geen sleutel gemaakt.</translation>
    </message>
    <message>
        <source>Use &quot;backup FILE&quot;, &quot;backup --auto [--folder DIR]&quot; or &quot;backup key create --recovery-file FILE&quot;.</source>
        <translation>Gebruik &quot;backup BESTAND&quot;, &quot;backup --auto [--folder DIR]&quot; of &quot;backup key create --recovery-file BESTAND&quot;.</translation>
    </message>
    <message>
        <source>CHILD --date DATE --participants TEXT --held-in LANGUAGE [--interpreter LANGUAGE] --discussed TEXT [--agreed TEXT] [--next DATE]</source>
        <translation>CHILD --date DATE --participants TEXT --held-in LANGUAGE [--interpreter LANGUAGE] --discussed TEXT [--agreed TEXT] [--next DATE]</translation>
    </message>
    <message>
        <source>Record a conversation with the child&apos;s parents.</source>
        <translation>Leg een gesprek met de ouders van het kind vast.</translation>
    </message>
    <message>
        <source>--held-in names the language the conversation was held in (Nederlands, Turks, ...); without it, --language nl or en says Dutch or English. --interpreter gives the language an interpreter spoke, when one took part.</source>
        <translation>--held-in noemt de taal waarin het gesprek is gevoerd (Nederlands, Turks, ...); zonder --held-in geeft --language nl of en Nederlands of Engels aan. --interpreter geeft de taal die een tolk sprak, als er een tolk bij was.</translation>
    </message>
    <message>
        <source>The day the conversation was held (default today).</source>
        <translation>De dag waarop het gesprek was (standaard vandaag).</translation>
    </message>
    <message>
        <source>Who took part, comma separated.</source>
        <translation>Wie er meededen, gescheiden door komma&apos;s.</translation>
    </message>
    <message>
        <source>The language of the conversation.</source>
        <translation>De taal van het gesprek.</translation>
    </message>
    <message>
        <source>LANGUAGE</source>
        <translation>TAAL</translation>
    </message>
    <message>
        <source>An interpreter took part, speaking this language.</source>
        <translation>Er deed een tolk mee die deze taal sprak.</translation>
    </message>
    <message>
        <source>What was discussed.</source>
        <translation>Wat er is besproken.</translation>
    </message>
    <message>
        <source>What was agreed.</source>
        <translation>Wat er is afgesproken.</translation>
    </message>
    <message>
        <source>The date of the next conversation.</source>
        <translation>De datum van het volgende gesprek.</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <source>%1 needs --held-in (or --language nl|en).</source>
        <translation>%1 heeft --held-in nodig (of --language nl|en).</translation>
    </message>
    <message>
        <source>Conversation of %1 recorded.</source>
        <translation>Gesprek van %1 vastgelegd.</translation>
    </message>
    <message>
        <source>JSON and the same as an HTML page the parents can read, in the language of --language, in DIR (default the current folder). CHILD is the number from children list. Managers of the child&apos;s location only.</source>
        <translation>JSON en hetzelfde als een HTML-pagina die de ouders kunnen lezen, in de taal van --language, in DIR (standaard de huidige map). CHILD is het nummer uit children list. Alleen voor locatiemanagers van de locatie van het kind.</translation>
    </message>
    <message>
        <source>--name N [--lrk 123456789] [--address A] [--postcode P] [--city C] [--district D] [--neighbourhood W] [--ve-programme P] (admins)</source>
        <translation>--name N [--lrk 123456789] [--address A] [--postcode P] [--city C] [--district D] [--neighbourhood W] [--ve-programme P] (beheerders)</translation>
    </message>
    <message>
        <source>With locations add|edit: the VE programme (Uk &amp; Puk, Piramide, Kaleidoscoop, ...).</source>
        <translation>Bij locations add|edit: het VE-programma (Uk &amp; Puk, Piramide, Kaleidoscoop, ...).</translation>
    </message>
    <message>
        <source>PROGRAMME</source>
        <translation>PROGRAMMA</translation>
    </message>
    <message>
        <source>VE programme</source>
        <translation>VE-programma</translation>
    </message>
    <message>
        <source>Nothing to change: give --name, --lrk, --address, --postcode, --city, --district, --neighbourhood or --ve-programme.</source>
        <translation>Niets te wijzigen: geef --name, --lrk, --address, --postcode, --city, --district, --neighbourhood of --ve-programme.</translation>
    </message>
    <message>
        <source>CHILD --language nl|en --output FILE.pdf [--strengths TEXT]</source>
        <translation>CHILD --language nl|en --output FILE.pdf [--strengths TEXT]</translation>
    </message>
    <message>
        <source>A summary for the parents in plain words, as PDF.</source>
        <translation>Een samenvatting voor de ouders in eenvoudige woorden, als PDF.</translation>
    </message>
    <message>
        <source>What goes well, what we work on, tips for home, who can help and the next conversation, written from the file at language level B1. --strengths gives what goes well in your own words (needed when the file says nothing about it). Kept in the child&apos;s file as given.</source>
        <translation>Wat goed gaat, waar we aan werken, tips voor thuis, wie kan helpen en het volgende gesprek, geschreven vanuit het dossier op taalniveau B1. --strengths geeft in uw eigen woorden wat goed gaat (nodig als het dossier daar niets over zegt). Wordt zo in het dossier van het kind bewaard.</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>Het PDF-bestand dat wordt geschreven.</translation>
    </message>
    <message>
        <source>What goes well, in your own words.</source>
        <translation>Wat goed gaat, in uw eigen woorden.</translation>
    </message>
    <message>
        <source>A summary for parents needs --output FILE.pdf.</source>
        <translation>Een samenvatting voor ouders heeft --output BESTAND.pdf nodig.</translation>
    </message>
    <message>
        <source>Too hard for B1: %1</source>
        <translation>Te moeilijk voor B1: %1</translation>
    </message>
    <message>
        <source>Summary for the parents written to %1 (SHA-256 %2).</source>
        <translation>Samenvatting voor de ouders geschreven naar %1 (SHA-256 %2).</translation>
    </message>
    <message>
        <source>FILE [--recovery-file KEY | --recovery-code]</source>
        <translation>FILE [--recovery-file KEY | --recovery-code]</translation>
    </message>
    <message>
        <source>The backup key&apos;s recovery file.</source>
        <translation>Het herstelbestand van de back-upsleutel.</translation>
    </message>
    <message>
        <source>Open the backup with the recovery code.</source>
        <translation>Open de back-up met de herstelcode.</translation>
    </message>
    <message>
        <source>the recovery code</source>
        <translation>de herstelcode</translation>
    </message>
    <message>
        <source>No recovery code: set KINDZICHT_RECOVERY_CODE or run the command in a terminal.</source>
        <translation>Geen herstelcode: zet KINDZICHT_RECOVERY_CODE of voer de opdracht uit in een terminal.</translation>
    </message>
    <message>
        <source>%1 is an automatic backup: add --recovery-file FILE (the backup key&apos;s recovery file) or --recovery-code.</source>
        <translation>%1 is een automatische back-up: voeg --recovery-file BESTAND toe (het herstelbestand van de back-upsleutel) of --recovery-code.</translation>
    </message>
    <message>
        <source>There is no development domain &quot;%1&quot;.</source>
        <translation>Er is geen ontwikkelingsdomein &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Use &quot;tips show LOCATION DOMAIN&quot; or &quot;tips set LOCATION DOMAIN FILE&quot;.</source>
        <translation>Gebruik &quot;tips show LOCATION DOMAIN&quot; of &quot;tips set LOCATION DOMAIN BESTAND&quot;.</translation>
    </message>
    <message>
        <source>LOCATION DOMAIN FILE [--language nl|en]</source>
        <translation>LOCATION DOMAIN FILE [--language nl|en]</translation>
    </message>
    <message>
        <source>Replace the tips for home of a location for one domain (managers of the location).</source>
        <translation>Vervang de tips voor thuis van een locatie voor één domein (locatiemanagers).</translation>
    </message>
    <message>
        <source>FILE holds one tip a line (UTF-8), in Dutch unless --language en; an empty file goes back to the tips Kindzicht ships. Each tip is checked for language level B1: what is too hard is named, so it can be rewritten before a summary for parents uses it.</source>
        <translation>FILE bevat één tip per regel (UTF-8), in het Nederlands tenzij --language en; een leeg bestand zet de tips van Kindzicht terug. Elke tip wordt gecontroleerd op taalniveau B1: wat te moeilijk is, wordt genoemd, zodat u het kunt herschrijven voordat een samenvatting voor ouders het gebruikt.</translation>
    </message>
    <message>
        <source>The location uses the tips Kindzicht ships again.</source>
        <translation>De locatie gebruikt weer de tips van Kindzicht.</translation>
    </message>
    <message numerus="yes">
        <source>%n tip(s) saved for this location.</source>
        <translation>
            <numerusform>%n tip bewaard voor deze locatie.</numerusform>
            <numerusform>%n tips bewaard voor deze locatie.</numerusform>
        </translation>
    </message>
    <message>
        <source>LOCATION DOMAIN [--language nl|en]</source>
        <translation>LOCATION DOMAIN [--language nl|en]</translation>
    </message>
    <message>
        <source>The tips for home that summaries for parents of a location use for one domain.</source>
        <translation>De tips voor thuis die samenvattingen voor ouders van een locatie gebruiken voor één domein.</translation>
    </message>
    <message>
        <source>The location&apos;s own tips when it wrote them (tips set), otherwise the ones Kindzicht ships; in Dutch unless --language en. DOMAIN is its code (language, social_emotional, ...) or its name.</source>
        <translation>De eigen tips van de locatie als die ze schreef (tips set), anders die van Kindzicht; in het Nederlands tenzij --language en. DOMAIN is de code (language, social_emotional, ...) of de naam.</translation>
    </message>
    <message>
        <source>The location&apos;s own tips:</source>
        <translation>De eigen tips van de locatie:</translation>
    </message>
    <message>
        <source>The tips Kindzicht ships:</source>
        <translation>De tips van Kindzicht:</translation>
    </message>
    <message>
        <source>Use &quot;server init URI --admin NAME&quot; or &quot;server upgrade URI&quot;.</source>
        <translation>Gebruik &quot;server init URI --admin NAAM&quot; of &quot;server upgrade URI&quot;.</translation>
    </message>
    <message>
        <source>Create the demo database (a new file, or an empty database on a server).</source>
        <translation>Maak de demodatabase (een nieuw bestand, of een lege database op een server).</translation>
    </message>
    <message>
        <source>Replacing a database takes its administrator (--user) and the backup&apos;s passphrase (KINDZICHT_BACKUP_PASSPHRASE or asked for); restoring where there is no database takes the passphrase only. Refused while Kindzicht has the database open.
On the organisation&apos;s server (--database postgresql://…) a backup is restored only into an empty database; a database in use there is never replaced.
An automatic backup opens with the backup key&apos;s recovery file (--recovery-file; its passphrase as above) or with the recovery code from the recovery sheet (--recovery-code; from KINDZICHT_RECOVERY_CODE or asked for).</source>
        <translation>Een database vervangen vraagt om de beheerder ervan (--user) en de wachtzin van de back-up (KINDZICHT_BACKUP_PASSPHRASE, anders wordt erom gevraagd); terugzetten waar nog geen database is vraagt alleen om de wachtzin. Dit wordt geweigerd zolang Kindzicht de database open heeft.
Op de server van de organisatie (--database postgresql://…) wordt een back-up alleen teruggezet in een lege database; een database die daar in gebruik is, wordt nooit vervangen.
Een automatische back-up gaat open met het herstelbestand van de back-upsleutel (--recovery-file; de wachtzin zoals hierboven) of met de herstelcode van het herstelblad (--recovery-code; uit KINDZICHT_RECOVERY_CODE, anders wordt erom gevraagd).</translation>
    </message>
    <message>
        <source>--from A --to B [--to-user NAME]</source>
        <translation>--from A --to B [--to-user NAAM]</translation>
    </message>
    <message>
        <source>Everything from one database to another (file or server), checked afterwards.</source>
        <translation>Alles van de ene database naar de andere (bestand of server), daarna gecontroleerd.</translation>
    </message>
    <message>
        <source>A and B are database files or server addresses (postgresql://…), either way round. A is read as it is at one moment while others keep working; B is written in one step and checked (rows per table, references) before it is kept, so a copy that fails leaves B as it was. A new file or an empty database receives A as it is. A database that holds other locations already receives A&apos;s locations beside its own: accounts, children, notes and the audit trail are added, partners it knows (same HSDS id, else same name and postcode) are kept once; an account name it has already is refused before anything is written.
--user is an administrator of A (password from KINDZICHT_PASSWORD or asked for); adding to a database in use takes one of its administrators too, named with --to-user (password from KINDZICHT_TO_PASSWORD or asked for).</source>
        <translation>A en B zijn databasebestanden of serveradressen (postgresql://…), in beide richtingen. A wordt gelezen zoals het op één moment is, terwijl anderen doorwerken; B wordt in één stap geschreven en gecontroleerd (rijen per tabel, verwijzingen) voordat het wordt bewaard, dus een kopie die mislukt laat B zoals het was. Een nieuw bestand of een lege database krijgt A zoals het is. Een database die al andere locaties bevat, krijgt de locaties van A naast de eigen locaties: accounts, kinderen, notities en de audittrail worden toegevoegd, partners die hij al kent (zelfde HSDS-id, anders zelfde naam en postcode) worden één keer bewaard; een accountnaam die hij al heeft, wordt geweigerd voordat er iets wordt geschreven.
--user is een beheerder van A (wachtwoord uit KINDZICHT_PASSWORD, anders wordt erom gevraagd); toevoegen aan een database die in gebruik is, vraagt ook om een van de beheerders daarvan, genoemd met --to-user (wachtwoord uit KINDZICHT_TO_PASSWORD, anders wordt erom gevraagd).</translation>
    </message>
    <message>
        <source>The database to copy (a file or a server&apos;s address).</source>
        <translation>De database die u wilt kopiëren (een bestand of het adres van een server).</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>The database to copy into (a new or existing file, or a server).</source>
        <translation>De database waarnaar u kopieert (een nieuw of bestaand bestand, of een server).</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>An administrator of B, where B holds other locations already.</source>
        <translation>Een beheerder van B, als B al andere locaties bevat.</translation>
    </message>
    <message>
        <source>Use &quot;copy --from A --to B&quot;.</source>
        <translation>Gebruik &quot;copy --from A --to B&quot;.</translation>
    </message>
    <message>
        <source>%1 exists already.</source>
        <translation>%1 bestaat al.</translation>
    </message>
    <message>
        <source>%1 holds other locations already: name one of its administrators with --to-user NAME to add to it.</source>
        <translation>%1 bevat al andere locaties: noem een van de beheerders ervan met --to-user NAAM om eraan toe te voegen.</translation>
    </message>
    <message>
        <source>No password for %1: set KINDZICHT_TO_PASSWORD or run the command in a terminal.</source>
        <translation>Geen wachtwoord voor %1: stel KINDZICHT_TO_PASSWORD in of voer de opdracht uit in een terminal.</translation>
    </message>
    <message>
        <source>%1 locations, %2 children, %3 observations, %4 audit entries</source>
        <translation>%1 locaties, %2 kinderen, %3 observaties, %4 regels in de audittrail</translation>
    </message>
    <message>
        <source>Added %1 to %2: %3; %4 partners it knew already; checked.</source>
        <translation>%1 toegevoegd aan %2: %3; %4 partners waren al bekend; gecontroleerd.</translation>
    </message>
    <message>
        <source>Copied %1 to %2: %3; checked.</source>
        <translation>%1 gekopieerd naar %2: %3; gecontroleerd.</translation>
    </message>
    <message>
        <source>URI --admin NAME</source>
        <translation>URI --admin NAAM</translation>
    </message>
    <message>
        <source>Prepare an empty PostgreSQL database on the organisation&apos;s server for Kindzicht.</source>
        <translation>Maak een lege PostgreSQL-database op de server van de organisatie klaar voor Kindzicht.</translation>
    </message>
    <message>
        <source>With server init: the first administrator&apos;s login role and Kindzicht account.</source>
        <translation>Bij server init: de inlogrol en het Kindzicht-account van de eerste beheerder.</translation>
    </message>
    <message>
        <source>server init needs --admin NAME: the first administrator.</source>
        <translation>server init heeft --admin NAAM nodig: de eerste beheerder.</translation>
    </message>
    <message>
        <source>This login may not set the server&apos;s log settings; add these lines to postgresql.conf (children&apos;s data stays out of the log):
%1</source>
        <translation>Deze login mag de loginstellingen van de server niet aanpassen; zet deze regels in postgresql.conf (dan blijven de gegevens van kinderen uit het log):
%1</translation>
    </message>
    <message>
        <source>The first administrator needs a password: set KINDZICHT_PASSWORD or run the command in a terminal. Nothing was changed.</source>
        <translation>De eerste beheerder heeft een wachtwoord nodig: stel KINDZICHT_PASSWORD in of voer de opdracht uit in een terminal. Er is niets veranderd.</translation>
    </message>
    <message>
        <source>URI</source>
        <translation>URI</translation>
    </message>
    <message>
        <source>Bring the Kindzicht database on the organisation&apos;s server to this version&apos;s schema.</source>
        <translation>Breng de Kindzicht-database op de server van de organisatie naar het schema van deze versie.</translation>
    </message>
    <message>
        <source>Run it as the database&apos;s owner (a login in kindzicht_owner, or the server&apos;s superuser) after installing a new version of Kindzicht; everyday logins are told to wait for it.</source>
        <translation>Voer dit uit als eigenaar van de database (een login in kindzicht_owner, of de superuser van de server) na het installeren van een nieuwe versie van Kindzicht; gewone logins krijgen de melding daarop te wachten.</translation>
    </message>
    <message>
        <source>Database %1 is at schema version %2 already.</source>
        <translation>Database %1 heeft al schemaversie %2.</translation>
    </message>
    <message>
        <source>Database %1 upgraded from schema version %2 to %3.</source>
        <translation>Database %1 is bijgewerkt van schemaversie %2 naar %3.</translation>
    </message>
    <message>
        <source>Run it as the server&apos;s superuser or as the database&apos;s owner with CREATEROLE, e.g. sudo -u postgres kindzicht-cli server init &apos;postgresql://postgres@localhost/kindzicht?host=/var/run/postgresql&apos; --admin NAME.
In one transaction: the unaccent extension; the roles kindzicht_owner (owns the tables) and kindzicht_user (everyday rights; the audit and the snapshots only grow); the schema; a login role NAME in kindzicht_user and the first administrator&apos;s Kindzicht account NAME, both with the password from KINDZICHT_PASSWORD (or asked for); and log settings that keep children&apos;s data out of the server&apos;s log. A database that is not empty is refused.</source>
        <translation>Voer dit uit als superuser van de server of als eigenaar van de database met CREATEROLE, bijv. sudo -u postgres kindzicht-cli server init &apos;postgresql://postgres@localhost/kindzicht?host=/var/run/postgresql&apos; --admin NAAM.
In één transactie: de extensie unaccent; de rollen kindzicht_owner (eigenaar van de tabellen) en kindzicht_user (rechten voor elke dag; de audit en de momentopnamen kunnen alleen groeien); het schema; een inlogrol NAAM in kindzicht_user en het Kindzicht-account NAAM van de eerste beheerder, allebei met het wachtwoord uit KINDZICHT_PASSWORD (anders wordt erom gevraagd); en loginstellingen die de gegevens van kinderen uit het log van de server houden. Een database die niet leeg is, wordt geweigerd.</translation>
    </message>
    <message>
        <source>Login role %1 created in kindzicht_user, with the password given.</source>
        <translation>Inlogrol %1 gemaakt in kindzicht_user, met het opgegeven wachtwoord.</translation>
    </message>
    <message>
        <source>Login role %1 existed and joined kindzicht_user; its password is now the one given.</source>
        <translation>Inlogrol %1 bestond al en is toegevoegd aan kindzicht_user; het wachtwoord is nu het opgegeven wachtwoord.</translation>
    </message>
</context>
<context>
    <name>kz::ConnectionBanner</name>
    <message>
        <source>The connection to the server is lost. Kindzicht tries again every few seconds; what you are typing stays in its window, and nothing is saved until the connection is back.</source>
        <translation>De verbinding met de server is verbroken. Kindzicht probeert het om de paar seconden opnieuw; wat u aan het typen bent, blijft in het venster staan en er wordt niets opgeslagen tot de verbinding terug is.</translation>
    </message>
    <message>
        <source>Connected to the server again.</source>
        <translation>Weer verbonden met de server.</translation>
    </message>
</context>
<context>
    <name>kz::ConversationDialog</name>
    <message>
        <source>An &amp;interpreter took part, speaking</source>
        <translation>Er was een t&amp;olk bij, in het</translation>
    </message>
    <message>
        <source>What did you talk about? The parents&apos; view too.</source>
        <translation>Waarover hebt u gesproken? Ook hoe de ouders het zien.</translation>
    </message>
    <message>
        <source>Who does what, at home and in the group?</source>
        <translation>Wie doet wat, thuis en in de groep?</translation>
    </message>
    <message>
        <source>&amp;Next conversation on</source>
        <translation>&amp;Volgend gesprek op</translation>
    </message>
    <message>
        <source>Conversation with the parents of %1</source>
        <translation>Gesprek met de ouders van %1</translation>
    </message>
    <message>
        <source>The parents were told about</source>
        <translation>De ouders zijn geïnformeerd over</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <source>&amp;Who took part</source>
        <translation>&amp;Wie waren erbij</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <source>Dis&amp;cussed</source>
        <translation>&amp;Besproken</translation>
    </message>
    <message>
        <source>A&amp;greed</source>
        <translation>A&amp;fgesproken</translation>
    </message>
    <message>
        <source>Parents &amp;told about</source>
        <translation>Ouders &amp;geïnformeerd over</translation>
    </message>
    <message>
        <source>Interpreter&apos;s language</source>
        <translation>Taal van de tolk</translation>
    </message>
</context>
<context>
    <name>kz::ConversationRecords</name>
    <message>
        <source>Conversations with the parents</source>
        <translation>Gesprekken met de ouders</translation>
    </message>
    <message>
        <source>interpreter (%1)</source>
        <translation>tolk (%1)</translation>
    </message>
    <message>
        <source>Discussed</source>
        <translation>Besproken</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Afgesproken</translation>
    </message>
    <message>
        <source>Next conversation</source>
        <translation>Volgend gesprek</translation>
    </message>
    <message>
        <source>Summaries given to the parents</source>
        <translation>Samenvattingen die de ouders kregen</translation>
    </message>
</context>
<context>
    <name>kz::ConversationStore</name>
    <message>
        <source>Give the date of the conversation.</source>
        <translation>Geef de datum van het gesprek.</translation>
    </message>
    <message>
        <source>The conversation date lies in the future; record a conversation once it was held.</source>
        <translation>De datum van het gesprek ligt in de toekomst; leg een gesprek vast als het heeft plaatsgevonden.</translation>
    </message>
    <message>
        <source>Name who took part in the conversation.</source>
        <translation>Geef aan wie er bij het gesprek waren.</translation>
    </message>
    <message>
        <source>Give the language the conversation was held in.</source>
        <translation>Geef de taal waarin het gesprek werd gevoerd.</translation>
    </message>
    <message>
        <source>Write down what was discussed.</source>
        <translation>Schrijf op wat er is besproken.</translation>
    </message>
    <message>
        <source>Give the language the interpreter spoke.</source>
        <translation>Geef de taal die de tolk sprak.</translation>
    </message>
    <message>
        <source>An interpreter&apos;s language is given, but no interpreter was used.</source>
        <translation>Er is een taal voor de tolk opgegeven, maar er was geen tolk bij.</translation>
    </message>
    <message>
        <source>The next conversation must come after this one.</source>
        <translation>Het volgende gesprek moet na dit gesprek komen.</translation>
    </message>
    <message>
        <source>A field of the conversation is longer than %1 characters.</source>
        <translation>Een veld van het gesprek is langer dan %1 tekens.</translation>
    </message>
    <message>
        <source>This conversation was not found.</source>
        <translation>Dit gesprek is niet gevonden.</translation>
    </message>
</context>
<context>
    <name>kz::CsvReader</name>
    <message>
        <source>The file is larger than %1 MB; split it into smaller files.</source>
        <translation>Het bestand is groter dan %1 MB; splits het in kleinere bestanden.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Het bestand is leeg.</translation>
    </message>
    <message>
        <source>Line %1 is not valid UTF-8 text. Save the file as &quot;CSV UTF-8&quot; and try again.</source>
        <translation>Regel %1 is geen geldige UTF-8-tekst. Sla het bestand op als &quot;CSV UTF-8&quot; en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>A field on line %1 is longer than %2 KB; this is not a partner list.</source>
        <translation>Een veld op regel %1 is langer dan %2 KB; dit is geen partnerlijst.</translation>
    </message>
    <message>
        <source>Line %1: text follows a closing quote; put the whole field between quotes and double the quotes inside it.</source>
        <translation>Regel %1: er staat tekst na een sluitend aanhalingsteken; zet het hele veld tussen aanhalingstekens en verdubbel de aanhalingstekens erin.</translation>
    </message>
    <message>
        <source>The quote opened on line %1 is never closed.</source>
        <translation>Het aanhalingsteken dat op regel %1 opent, wordt nergens gesloten.</translation>
    </message>
</context>
<context>
    <name>kz::Database</name>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>De map %1 kon niet worden gemaakt.</translation>
    </message>
    <message>
        <source>The database file %1 could not be created.</source>
        <translation>Het databasebestand %1 kon niet worden gemaakt.</translation>
    </message>
    <message>
        <source>The database %1 could not be opened.</source>
        <translation>De database %1 kon niet worden geopend.</translation>
    </message>
    <message>
        <source>The database could not complete the request.</source>
        <translation>De database kon het verzoek niet uitvoeren.</translation>
    </message>
    <message>
        <source>%1 could not be put in place.</source>
        <translation>%1 kon niet op zijn plaats worden gezet.</translation>
    </message>
    <message>
        <source>Another Kindzicht has the database; try again.</source>
        <translation>De database is in gebruik door een ander exemplaar van Kindzicht; probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The disk is full: the database could not be written. Make room in the database&apos;s folder and try again; nothing was changed.</source>
        <translation>De schijf is vol: de database kon niet worden geschreven. Maak ruimte vrij in de map van de database en probeer het opnieuw; er is niets veranderd.</translation>
    </message>
    <message>
        <source>The database is read-only here; nothing was changed.</source>
        <translation>De database is hier alleen-lezen; er is niets veranderd.</translation>
    </message>
    <message>
        <source>The disk failed while the database was being read or written; nothing was changed.</source>
        <translation>De schijf gaf een fout bij het lezen of schrijven van de database; er is niets veranderd.</translation>
    </message>
    <message>
        <source>The database file is damaged; restore it from a backup.</source>
        <translation>Het databasebestand is beschadigd; zet het terug vanuit een back-up.</translation>
    </message>
    <message>
        <source>Kindzicht cannot work with this kind of database.</source>
        <translation>Met dit soort database kan Kindzicht niet werken.</translation>
    </message>
    <message>
        <source>The server %1 could not be reached or refused the connection.</source>
        <translation>De server %1 was niet bereikbaar of weigerde de verbinding.</translation>
    </message>
    <message>
        <source>The server asks for the password of %1.</source>
        <translation>De server vraagt om het wachtwoord van %1.</translation>
    </message>
    <message>
        <source>The server refused the password of %1.</source>
        <translation>De server heeft het wachtwoord van %1 geweigerd.</translation>
    </message>
    <message>
        <source>%1 is a file; give the server&apos;s address (postgresql://…).</source>
        <translation>%1 is een bestand; geef het adres van de server op (postgresql://…).</translation>
    </message>
    <message>
        <source>Someone else changed the same data at the same moment; nothing was changed. Try again.</source>
        <translation>Iemand anders heeft op hetzelfde moment dezelfde gegevens veranderd; er is niets veranderd. Probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Your account on the database server may not do this; nothing was changed. Ask whoever runs the server.</source>
        <translation>Uw account op de databaseserver mag dit niet doen; er is niets veranderd. Vraag het aan wie de server beheert.</translation>
    </message>
    <message>
        <source>This is in the database already; nothing was changed.</source>
        <translation>Dit staat al in de database; er is niets veranderd.</translation>
    </message>
    <message>
        <source>This refers to something that is not in the database (any more), or something else still refers to it; nothing was changed.</source>
        <translation>Dit verwijst naar iets wat niet (meer) in de database staat, of iets anders verwijst er nog naar; er is niets veranderd.</translation>
    </message>
    <message>
        <source>The database refused this change: it breaks one of its rules; nothing was changed.</source>
        <translation>De database heeft deze wijziging geweigerd: die breekt een van de regels van de database; er is niets veranderd.</translation>
    </message>
    <message>
        <source>The connection to the database server was lost; try again. If it keeps happening, ask whoever runs the server.</source>
        <translation>De verbinding met de databaseserver is verbroken; probeer het opnieuw. Gebeurt dit vaker, vraag het dan aan wie de server beheert.</translation>
    </message>
    <message>
        <source>A second connection to %1 could not be opened.</source>
        <translation>Een tweede verbinding met %1 kon niet worden geopend.</translation>
    </message>
</context>
<context>
    <name>kz::DatabaseAddress</name>
    <message>
        <source>No database was given.</source>
        <translation>Er is geen database opgegeven.</translation>
    </message>
    <message>
        <source>%1 is neither a database file nor a postgresql:// address.</source>
        <translation>%1 is geen databasebestand en ook geen postgresql://-adres.</translation>
    </message>
    <message>
        <source>The server address %1 is not valid: %2</source>
        <translation>Het serveradres %1 is niet geldig: %2</translation>
    </message>
    <message>
        <source>Leave the password out of the server address: Kindzicht asks for it, so it is not kept in settings or in the shell&apos;s history.</source>
        <translation>Laat het wachtwoord weg uit het serveradres: Kindzicht vraagt erom, zodat het niet in de instellingen of in de geschiedenis van de shell blijft staan.</translation>
    </message>
    <message>
        <source>it names no database (postgresql://user@host/database)</source>
        <translation>er staat geen database in (postgresql://user@host/database)</translation>
    </message>
    <message>
        <source>the port must be a number from 1 to 65535</source>
        <translation>de poort moet een getal van 1 tot en met 65535 zijn</translation>
    </message>
    <message>
        <source>sslmode must be one of %1</source>
        <translation>sslmode moet een van deze waarden hebben: %1</translation>
    </message>
    <message>
        <source>Kindzicht does not know the option %1</source>
        <translation>Kindzicht kent de optie %1 niet</translation>
    </message>
    <message>
        <source>it names no server (postgresql://user@host/database)</source>
        <translation>er staat geen server in (postgresql://user@host/database)</translation>
    </message>
    <message>
        <source>Enter the server&apos;s name or address.</source>
        <translation>Vul de naam of het adres van de server in.</translation>
    </message>
    <message>
        <source>Enter the name of the database on the server.</source>
        <translation>Vul de naam van de database op de server in.</translation>
    </message>
    <message>
        <source>Enter your user name on the server.</source>
        <translation>Vul uw gebruikersnaam op de server in.</translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535.</source>
        <translation>De poort moet een getal van 1 tot en met 65535 zijn.</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>deze computer</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 op %2</translation>
    </message>
</context>
<context>
    <name>kz::DatabaseChooser</name>
    <message>
        <source>Kindzicht</source>
        <translation>Kindzicht</translation>
    </message>
    <message>
        <source>Check the network, or ask whoever looks after the server. You can also connect to another server or work on a file on this computer.</source>
        <translation>Controleer het netwerk, of vraag het aan wie de server beheert. U kunt ook verbinding maken met een andere server of werken in een bestand op deze computer.</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>Opnieuw &amp;proberen</translation>
    </message>
    <message>
        <source>&amp;Change the server...</source>
        <translation>Server &amp;wijzigen...</translation>
    </message>
    <message>
        <source>Use a &amp;file on this computer</source>
        <translation>Een &amp;bestand op deze computer gebruiken</translation>
    </message>
    <message>
        <source>There is no Kindzicht database at %1 yet.</source>
        <translation>Er is nog geen Kindzicht-database op %1.</translation>
    </message>
    <message>
        <source>Start with your own organisation: its name, the first location and its groups, and you as its administrator. Or open the demo, with an invented location, children and the social map of The Hague, to look around first. Where the organisation keeps its data on a server, connect to it.</source>
        <translation>Begin met uw eigen organisatie: de naam, de eerste locatie met de groepen, en u als beheerder. Of open de demo, met een verzonnen locatie, kinderen en de sociale kaart van Den Haag, om eerst rond te kijken. Bewaart de organisatie haar gegevens op een server, maak dan verbinding met die server.</translation>
    </message>
    <message>
        <source>Start with your own &amp;organisation...</source>
        <translation>Beginnen met uw eigen &amp;organisatie...</translation>
    </message>
    <message>
        <source>Open the &amp;demo</source>
        <translation>De &amp;demo openen</translation>
    </message>
    <message>
        <source>Open &amp;another file...</source>
        <translation>&amp;Ander bestand openen...</translation>
    </message>
    <message>
        <source>Connect to the organisation&apos;s &amp;server...</source>
        <translation>Verbinding maken met de &amp;server van de organisatie...</translation>
    </message>
    <message>
        <source>Creating the demo database...</source>
        <translation>De demodatabase wordt gemaakt...</translation>
    </message>
    <message>
        <source>Open a Kindzicht database</source>
        <translation>Een Kindzicht-database openen</translation>
    </message>
    <message>
        <source>Kindzicht databases (*.db);;All files (*)</source>
        <translation>Kindzicht-databases (*.db);;Alle bestanden (*)</translation>
    </message>
</context>
<context>
    <name>kz::DatabaseCopy</name>
    <message>
        <source>%1 holds tables this version of Kindzicht cannot copy; nothing was copied.</source>
        <translation>%1 bevat tabellen die deze versie van Kindzicht niet kan kopiëren; er is niets gekopieerd.</translation>
    </message>
    <message>
        <source>The source and the target are the same database.</source>
        <translation>De bron en het doel zijn dezelfde database.</translation>
    </message>
    <message>
        <source>The two databases have different schema versions (%1 and %2); open both with this version of Kindzicht first.</source>
        <translation>De twee databases hebben verschillende schemaversies (%1 en %2); open eerst allebei met deze versie van Kindzicht.</translation>
    </message>
    <message>
        <source>The copy did not match its source when it was checked; nothing was written.</source>
        <translation>De kopie kwam bij de controle niet overeen met de bron; er is niets geschreven.</translation>
    </message>
    <message>
        <source>%1 holds other locations already: log in as one of its administrators to add to it.</source>
        <translation>%1 bevat al andere locaties: log in als een van de beheerders ervan om eraan toe te voegen.</translation>
    </message>
    <message>
        <source>%1 holds data already; nothing was copied.</source>
        <translation>%1 bevat al gegevens; er is niets gekopieerd.</translation>
    </message>
</context>
<context>
    <name>kz::DatabaseMerge</name>
    <message>
        <source>%1 has accounts with these names already: %2. Give those accounts other names in %3 first; nothing was copied.</source>
        <translation>%1 heeft al accounts met deze namen: %2. Geef die accounts eerst andere namen in %3; er is niets gekopieerd.</translation>
    </message>
    <message>
        <source>%1 has children with these numbers already: %2. Nothing was copied.</source>
        <translation>%1 heeft al kinderen met deze nummers: %2. Er is niets gekopieerd.</translation>
    </message>
    <message>
        <source>The source database refers to rows it does not hold; nothing was copied.</source>
        <translation>De brondatabase verwijst naar rijen die er niet in staan; er is niets gekopieerd.</translation>
    </message>
</context>
<context>
    <name>kz::DateEdits</name>
    <message>
        <source>not set</source>
        <translation>niet gezet</translation>
    </message>
</context>
<context>
    <name>kz::DemoDatabase</name>
    <message>
        <source>The demo can only be written into an empty database.</source>
        <translation>De demo kan alleen in een lege database worden geschreven.</translation>
    </message>
    <message>
        <source>%1 exists already; the demo is only written to a new file.</source>
        <translation>%1 bestaat al; de demo wordt alleen in een nieuw bestand geschreven.</translation>
    </message>
    <message>
        <source>The server&apos;s database %1 already holds an organisation; the demo goes into an empty database only.</source>
        <translation>De database %1 op de server bevat al een organisatie; de demo kan alleen in een lege database.</translation>
    </message>
</context>
<context>
    <name>kz::DialogKeys</name>
    <message>
        <source>%1 (Ctrl+Enter)</source>
        <translation>%1 (Ctrl+Enter)</translation>
    </message>
</context>
<context>
    <name>kz::DomainChips</name>
    <message>
        <source>Development domain; pressed when the observation is about it</source>
        <translation>Ontwikkelingsgebied; ingedrukt als de observatie erover gaat</translation>
    </message>
</context>
<context>
    <name>kz::DomainStore</name>
    <message>
        <source>A domain code has 2 to 41 lower-case letters, digits or underscores.</source>
        <translation>Een code van een ontwikkelingsgebied heeft 2 tot 41 kleine letters, cijfers of liggende streepjes.</translation>
    </message>
    <message>
        <source>A domain needs a Dutch and an English name.</source>
        <translation>Een ontwikkelingsgebied heeft een Nederlandse en een Engelse naam nodig.</translation>
    </message>
    <message>
        <source>A domain with the code &quot;%1&quot; exists already.</source>
        <translation>Er bestaat al een ontwikkelingsgebied met de code &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>kz::Dossier</name>
    <message>
        <source>signalled</source>
        <translation>gesignaleerd</translation>
    </message>
    <message>
        <source>discussed with parents</source>
        <translation>besproken met ouders</translation>
    </message>
    <message>
        <source>support in place</source>
        <translation>ondersteuning ingezet</translation>
    </message>
    <message>
        <source>evaluated</source>
        <translation>geëvalueerd</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>afgesloten</translation>
    </message>
    <message>
        <source>Support need signalled</source>
        <translation>Signalering vastgelegd</translation>
    </message>
    <message>
        <source>Status: %1 → %2</source>
        <translation>Status: %1 → %2</translation>
    </message>
    <message>
        <source>Escalated to level 3 (specialised support)</source>
        <translation>Opgeschaald naar niveau 3 (gespecialiseerde ondersteuning)</translation>
    </message>
    <message>
        <source>Review date set to %1</source>
        <translation>Evaluatiedatum gezet op %1</translation>
    </message>
    <message>
        <source>Parents informed on %1</source>
        <translation>Ouders geïnformeerd op %1</translation>
    </message>
    <message>
        <source>Handover to %1 exported (version %2, %3); SHA-256 %4</source>
        <translation>Overdracht aan %1 geëxporteerd (versie %2, %3); SHA-256 %4</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <source>Handover version %1 received by %2</source>
        <translation>Overdracht versie %1 ontvangen door %2</translation>
    </message>
    <message>
        <source>Level: %1 → %2</source>
        <translation>Niveau: %1 → %2</translation>
    </message>
    <message>
        <source>%1, interpreter %2</source>
        <translation>%1, tolk %2</translation>
    </message>
    <message>
        <source>Conversation with parents (%1), with %2</source>
        <translation>Gesprek met ouders (%1), met %2</translation>
    </message>
    <message>
        <source>Discussed: %1</source>
        <translation>Besproken: %1</translation>
    </message>
    <message>
        <source>Agreed: %1</source>
        <translation>Afgesproken: %1</translation>
    </message>
    <message>
        <source>Next conversation: %1</source>
        <translation>Volgend gesprek: %1</translation>
    </message>
</context>
<context>
    <name>kz::DossierSummary</name>
    <message>
        <source>1 (basic)</source>
        <translation>1 (basis)</translation>
    </message>
    <message>
        <source>2 (basic plus)</source>
        <translation>2 (basis plus)</translation>
    </message>
    <message>
        <source>3 (specialised)</source>
        <translation>3 (gespecialiseerd)</translation>
    </message>
    <message>
        <source>signalled</source>
        <translation>gesignaleerd</translation>
    </message>
    <message>
        <source>discussed with the parents</source>
        <translation>besproken met de ouders</translation>
    </message>
    <message>
        <source>support in place</source>
        <translation>ondersteuning ingezet</translation>
    </message>
    <message>
        <source>evaluated</source>
        <translation>geëvalueerd</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>afgesloten</translation>
    </message>
    <message>
        <source>File summary: %1</source>
        <translation>Samenvatting van het dossier: %1</translation>
    </message>
    <message>
        <source>born %1</source>
        <translation>geboren %1</translation>
    </message>
    <message>
        <source>group %1</source>
        <translation>groep %1</translation>
    </message>
    <message>
        <source>Confidential: personal data of a child. Keep this page in a closed place and destroy it when it is no longer needed.</source>
        <translation>Vertrouwelijk: persoonsgegevens van een kind. Bewaar deze pagina op een afgesloten plek en vernietig haar als ze niet meer nodig is.</translation>
    </message>
    <message>
        <source>What goes well</source>
        <translation>Wat gaat goed</translation>
    </message>
    <message>
        <source>Nothing noted yet.</source>
        <translation>Nog niets vastgelegd.</translation>
    </message>
    <message>
        <source>Open support needs</source>
        <translation>Open signaleringen</translation>
    </message>
    <message numerus="yes">
        <source>Observations of the last %n month(s)</source>
        <translation>
            <numerusform>Observaties van de laatste %n maand</numerusform>
            <numerusform>Observaties van de laatste %n maanden</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (since %2)</source>
        <translation>%1 (sinds %2)</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>niet ingesteld</translation>
    </message>
    <message>
        <source>parents informed %1</source>
        <translation>ouders geïnformeerd %1</translation>
    </message>
    <message>
        <source>parents not informed yet</source>
        <translation>ouders nog niet geïnformeerd</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Geen.</translation>
    </message>
    <message>
        <source>Domain and description</source>
        <translation>Gebied en omschrijving</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Evaluatie</translation>
    </message>
    <message>
        <source>Parents and referrals</source>
        <translation>Ouders en verwijzingen</translation>
    </message>
    <message numerus="yes">
        <source>%n restricted observation(s) left out: read them in Kindzicht.</source>
        <translation>
            <numerusform>%n afgeschermde observatie weggelaten: lees haar in Kindzicht.</numerusform>
            <numerusform>%n afgeschermde observaties weggelaten: lees ze in Kindzicht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Pagina %1 van %2</translation>
    </message>
</context>
<context>
    <name>kz::DossierView</name>
    <message>
        <source>born %1</source>
        <translation>geboren %1</translation>
    </message>
    <message>
        <source>home languages: %1</source>
        <translation>thuistalen: %1</translation>
    </message>
    <message>
        <source>VE indication since %1</source>
        <translation>VE-indicatie sinds %1</translation>
    </message>
    <message>
        <source>no VE indication</source>
        <translation>geen VE-indicatie</translation>
    </message>
    <message>
        <source>Nothing noted yet: what goes well with this child?</source>
        <translation>Nog niets vastgelegd: wat gaat goed bij dit kind?</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>niet gezet</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (verlopen)</translation>
    </message>
    <message>
        <source>yes, %1</source>
        <translation>ja, %1</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>nog niet</translation>
    </message>
    <message numerus="yes">
        <source>%1: waiting %n day(s)</source>
        <translation>
            <numerusform>%1: wacht %n dag</numerusform>
            <numerusform>%1: wacht %n dagen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: help started</source>
        <translation>%1: hulp gestart</translation>
    </message>
    <message>
        <source>All domains</source>
        <translation>Alle gebieden</translation>
    </message>
    <message>
        <source>Restricted note: only its author and the location manager can read it.</source>
        <translation>Afgeschermde notitie: alleen de auteur en de locatiemanager kunnen haar lezen.</translation>
    </message>
    <message>
        <source>(changed, version %1)</source>
        <translation>(gewijzigd, versie %1)</translation>
    </message>
    <message numerus="yes">
        <source>%n restricted note(s) you cannot read.</source>
        <translation>
            <numerusform>%n afgeschermde notitie die je niet kunt lezen.</numerusform>
            <numerusform>%n afgeschermde notities die je niet kunt lezen.</numerusform>
        </translation>
    </message>
    <message>
        <source>You may not change a restricted note of someone else.</source>
        <translation>U mag een afgeschermde notitie van iemand anders niet wijzigen.</translation>
    </message>
    <message>
        <source>← &amp;Back</source>
        <translation>← &amp;Terug</translation>
    </message>
    <message>
        <source>New &amp;observation</source>
        <translation>Nieuwe &amp;observatie</translation>
    </message>
    <message>
        <source>New &amp;support need</source>
        <translation>Nieuwe &amp;signalering</translation>
    </message>
    <message>
        <source>S&amp;tatus...</source>
        <translation>Stat&amp;us...</translation>
    </message>
    <message>
        <source>&amp;Parents informed...</source>
        <translation>Ouders &amp;geïnformeerd...</translation>
    </message>
    <message>
        <source>&amp;Close...</source>
        <translation>A&amp;fsluiten...</translation>
    </message>
    <message>
        <source>&amp;Make this a support need...</source>
        <translation>&amp;Maak hier een signalering van...</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>What goes well</source>
        <translation>Wat gaat goed</translation>
    </message>
    <message>
        <source>Open support needs</source>
        <translation>Open signaleringen</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Tijdlijn</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Gebied</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Evaluatie</translation>
    </message>
    <message>
        <source>Parents informed</source>
        <translation>Ouders geïnformeerd</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Verwijzingen</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Door</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Afgelopen maand</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>Afgelopen 3 maanden</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Afgelopen 12 maanden</translation>
    </message>
    <message>
        <source>Version %1, replaced %2 by %3:
%4</source>
        <translation>Versie %1, vervangen op %2 door %3:
%4</translation>
    </message>
    <message>
        <source>group %1</source>
        <translation>groep %1</translation>
    </message>
    <message>
        <source>Update referral</source>
        <translation>Verwijzing bijwerken</translation>
    </message>
    <message>
        <source>Which referral?</source>
        <translation>Welke verwijzing?</translation>
    </message>
    <message>
        <source>On the waiting list</source>
        <translation>Op de wachtlijst</translation>
    </message>
    <message>
        <source>Help has started</source>
        <translation>Hulp is gestart</translation>
    </message>
    <message>
        <source>Help completed</source>
        <translation>Hulp afgerond</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Afgewezen</translation>
    </message>
    <message>
        <source>%1: what is the state today?</source>
        <translation>%1: hoe staat het er vandaag voor?</translation>
    </message>
    <message>
        <source>&amp;Update referral...</source>
        <translation>Verwijzing &amp;bijwerken...</translation>
    </message>
    <message>
        <source>Everything held about this child, and who saw it, for the parents&apos; access request</source>
        <translation>Alles wat over dit kind is vastgelegd, en wie het zag, voor het inzageverzoek van de ouders</translation>
    </message>
    <message>
        <source>Folder for the access request</source>
        <translation>Map voor het inzageverzoek</translation>
    </message>
    <message>
        <source>handover to %1: version %2, %3</source>
        <translation>overdracht aan %1: versie %2, %3</translation>
    </message>
    <message>
        <source>Chil&amp;d</source>
        <translation>Kin&amp;d</translation>
    </message>
    <message>
        <source>Correct the details, move to another group, record leaving</source>
        <translation>Gegevens verbeteren, naar een andere groep verplaatsen, vertrek vastleggen</translation>
    </message>
    <message>
        <source>&amp;Edit details and parents...</source>
        <translation>Gegevens en ouders &amp;bewerken...</translation>
    </message>
    <message>
        <source>&amp;Move to another group...</source>
        <translation>Ver&amp;plaatsen naar een andere groep...</translation>
    </message>
    <message>
        <source>Record &amp;leaving...</source>
        <translation>&amp;Vertrek vastleggen...</translation>
    </message>
    <message>
        <source>Leaves on %1.</source>
        <translation>Vertrekt op %1.</translation>
    </message>
    <message>
        <source>Leaves on %1: %2.</source>
        <translation>Vertrekt op %1: %2.</translation>
    </message>
    <message>
        <source>Left on %1.</source>
        <translation>Vertrokken op %1.</translation>
    </message>
    <message>
        <source>Left on %1: %2.</source>
        <translation>Vertrokken op %1: %2.</translation>
    </message>
    <message>
        <source>The file is kept until %1.</source>
        <translation>Het dossier wordt bewaard tot %1.</translation>
    </message>
    <message>
        <source>interpreter needed</source>
        <translation>tolk nodig</translation>
    </message>
    <message>
        <source>Parents and guardians: none recorded yet.</source>
        <translation>Ouders/verzorgers: nog niet vastgelegd.</translation>
    </message>
    <message>
        <source>Parents and guardians: %1</source>
        <translation>Ouders/verzorgers: %1</translation>
    </message>
    <message>
        <source>%1: %2, interpreter needed</source>
        <translation>%1: %2, tolk nodig</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&amp;Access request...</source>
        <translation>&amp;Inzageverzoek...</translation>
    </message>
    <message>
        <source>Back to the list (Alt+Left or Backspace)</source>
        <translation>Terug naar de lijst (Alt+Left of Backspace)</translation>
    </message>
    <message>
        <source>The handover to the primary school, with the parents&apos; consent</source>
        <translation>De overdracht naar de basisschool, met toestemming van de ouders</translation>
    </message>
    <message>
        <source>Print...</source>
        <translation>Afdrukken...</translation>
    </message>
    <message>
        <source>Print a summary of the file</source>
        <translation>Een samenvatting van het dossier afdrukken</translation>
    </message>
    <message>
        <source>Print a summary of this file, after a preview (%1)</source>
        <translation>Een samenvatting van dit dossier afdrukken, na een afdrukvoorbeeld (%1)</translation>
    </message>
    <message>
        <source>Support needs</source>
        <translation>Signaleringen</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>The development domain of the need</source>
        <translation>Het ontwikkelingsgebied van de signalering</translation>
    </message>
    <message>
        <source>1 basic, 2 basic plus, 3 specialised support</source>
        <translation>1 basis, 2 basis plus, 3 gespecialiseerde ondersteuning</translation>
    </message>
    <message>
        <source>Where the need stands: signalled, discussed with the parents, support in place, evaluated</source>
        <translation>Hoe ver de signalering is: gesignaleerd, besproken met de ouders, ondersteuning ingezet, geëvalueerd</translation>
    </message>
    <message>
        <source>The date to look at the need again; red when it has passed</source>
        <translation>De datum om de signalering opnieuw te bekijken; rood als die voorbij is</translation>
    </message>
    <message>
        <source>Whether and when the parents were told</source>
        <translation>Of en wanneer de ouders zijn geïnformeerd</translation>
    </message>
    <message>
        <source>Partners the child was referred to</source>
        <translation>Partners naar wie het kind is verwezen</translation>
    </message>
    <message>
        <source>When it was observed or done</source>
        <translation>Wanneer het is geobserveerd of gedaan</translation>
    </message>
    <message>
        <source>The development domains it concerns</source>
        <translation>De ontwikkelingsgebieden waar het over gaat</translation>
    </message>
    <message>
        <source>Who wrote it</source>
        <translation>Wie het schreef</translation>
    </message>
    <message>
        <source>The observation, or what happened to the need</source>
        <translation>De observatie, of wat er met de signalering is gebeurd</translation>
    </message>
    <message>
        <source>Access request</source>
        <translation>Inzageverzoek</translation>
    </message>
    <message>
        <source>neighbourhood %1</source>
        <translation>wijk %1</translation>
    </message>
    <message>
        <source>Revie&amp;w date...</source>
        <translation>E&amp;valuatiedatum...</translation>
    </message>
    <message>
        <source>L&amp;evel...</source>
        <translation>&amp;Niveau...</translation>
    </message>
    <message>
        <source>&amp;Refer...</source>
        <translation>Ve&amp;rwijzen...</translation>
    </message>
    <message>
        <source>Chan&amp;ge...</source>
        <translation>&amp;Wijzigen...</translation>
    </message>
    <message>
        <source>Ha&amp;ndover to school...</source>
        <translation>Overdr&amp;acht naar school...</translation>
    </message>
    <message>
        <source>Written to %1 as JSON and as a page the parents can read, in the language of the program.</source>
        <translation>Geschreven naar %1 als JSON en als pagina die de ouders kunnen lezen, in de taal van het programma.</translation>
    </message>
    <message>
        <source>&amp;Open the page</source>
        <translation>Pagina &amp;openen</translation>
    </message>
    <message>
        <source>Case for &amp;intervisie...</source>
        <translation>&amp;Casus voor intervisie...</translation>
    </message>
    <message>
        <source>This child&apos;s story without names, places or dates, to discuss with colleagues in intervisie</source>
        <translation>Het verhaal van dit kind zonder namen, plaatsen of datums, om met collega&apos;s te bespreken in intervisie</translation>
    </message>
    <message>
        <source>Tal&amp;k with parents</source>
        <translation>Ges&amp;prek met ouders</translation>
    </message>
    <message>
        <source>Record a conversation with the parents, or give them a summary in plain words</source>
        <translation>Een gesprek met de ouders vastleggen, of hun een samenvatting in eenvoudige woorden geven</translation>
    </message>
    <message>
        <source>Parent &amp;conversation...</source>
        <translation>Ouder&amp;gesprek...</translation>
    </message>
    <message>
        <source>&amp;Summary for parents...</source>
        <translation>&amp;Samenvatting voor ouders...</translation>
    </message>
    <message>
        <source>Conversation with the parents recorded.</source>
        <translation>Gesprek met de ouders vastgelegd.</translation>
    </message>
</context>
<context>
    <name>kz::DraftStore</name>
    <message>
        <source>The draft is too long to keep.</source>
        <translation>Het concept is te lang om te bewaren.</translation>
    </message>
</context>
<context>
    <name>kz::EditConflictDialog</name>
    <message>
        <source>Their version, as it is saved now:</source>
        <translation>Hun versie, zoals die nu is opgeslagen:</translation>
    </message>
    <message>
        <source>&amp;Show their version</source>
        <translation>Hun versie &amp;bekijken</translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation>&amp;Mijn versie houden</translation>
    </message>
    <message>
        <source>Start again from &amp;theirs</source>
        <translation>Opnieuw beginnen met &amp;hun versie</translation>
    </message>
    <message>
        <source>&amp;Back to editing</source>
        <translation>&amp;Terug naar bewerken</translation>
    </message>
    <message>
        <source>Someone else saved first</source>
        <translation>Iemand anders heeft eerder opgeslagen</translation>
    </message>
    <message>
        <source>Keep mine saves your version over theirs (the audit trail records it). Start again from theirs shows their version in the form; what you typed stays in a window of its own to copy from.</source>
        <translation>Mijn versie houden slaat uw versie op over die van de ander (het auditlogboek legt dat vast). Opnieuw beginnen met hun versie zet hun versie in het formulier; wat u typte blijft in een eigen venster staan om uit te kopiëren.</translation>
    </message>
    <message>
        <source>What you typed:</source>
        <translation>Wat u typte:</translation>
    </message>
    <message>
        <source>Save your version over the newer one</source>
        <translation>Uw versie opslaan over de nieuwere</translation>
    </message>
    <message>
        <source>Load their version into the form; your text stays available to copy</source>
        <translation>Hun versie in het formulier laden; uw tekst blijft beschikbaar om te kopiëren</translation>
    </message>
    <message>
        <source>Close this message; the form keeps what you typed</source>
        <translation>Deze melding sluiten; het formulier houdt wat u typte</translation>
    </message>
    <message>
        <source>&amp;Hide their version</source>
        <translation>Hun versie &amp;verbergen</translation>
    </message>
</context>
<context>
    <name>kz::EditingPresence</name>
    <message>
        <source>%1 is also working in this child&apos;s file.</source>
        <translation>%1 werkt ook in het dossier van dit kind.</translation>
    </message>
    <message>
        <source>%1 are also working in this child&apos;s file.</source>
        <translation>%1 werken ook in het dossier van dit kind.</translation>
    </message>
</context>
<context>
    <name>kz::EventLoopGuard</name>
    <message>
        <source>Kindzicht</source>
        <translation>Kindzicht</translation>
    </message>
    <message>
        <source>Kindzicht could not finish this action. What happened is written to the log file %1.</source>
        <translation>Kindzicht kon deze handeling niet afmaken. Wat er is gebeurd, staat in het logbestand %1.</translation>
    </message>
</context>
<context>
    <name>kz::GroupDialog</name>
    <message>
        <source>Group %1</source>
        <translation>Groep %1</translation>
    </message>
    <message>
        <source>New group</source>
        <translation>Nieuwe groep</translation>
    </message>
    <message>
        <source> children</source>
        <translation> kinderen</translation>
    </message>
    <message>
        <source>&amp;Location</source>
        <translation>&amp;Locatie</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Soort</translation>
    </message>
    <message>
        <source>&amp;Ages</source>
        <translation>Leef&amp;tijden</translation>
    </message>
    <message>
        <source>&amp;Capacity</source>
        <translation>&amp;Kindplaatsen</translation>
    </message>
    <message>
        <source>Add a location first; a group belongs to a location.</source>
        <translation>Voeg eerst een locatie toe; een groep hoort bij een locatie.</translation>
    </message>
</context>
<context>
    <name>kz::GroupNeedsView</name>
    <message>
        <source>Save the report</source>
        <translation>Rapport opslaan</translation>
    </message>
    <message>
        <source>group-needs-%1.pdf</source>
        <translation>groepsoverzicht-%1.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>All my locations</source>
        <translation>Al mijn locaties</translation>
    </message>
    <message>
        <source>All domains</source>
        <translation>Alle gebieden</translation>
    </message>
    <message>
        <source>Trend: 6 months</source>
        <translation>Verloop: 6 maanden</translation>
    </message>
    <message>
        <source>Trend: 12 months</source>
        <translation>Verloop: 12 maanden</translation>
    </message>
    <message>
        <source>Trend: 24 months</source>
        <translation>Verloop: 24 maanden</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groep</translation>
    </message>
    <message>
        <source>%1 of %2 children in %3 have an open need of level 2 or higher in %4 (%5)</source>
        <translation>%1 van de %2 kinderen in %3 hebben een open signalering van niveau 2 of hoger voor %4 (%5)</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Kinderen</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kindplaatsen</translation>
    </message>
    <message>
        <source>Level 2 or higher</source>
        <translation>Niveau 2 of hoger</translation>
    </message>
    <message>
        <source>Level 3</source>
        <translation>Niveau 3</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>Dagen verlopen</translation>
    </message>
    <message>
        <source>Days since the signal</source>
        <translation>Dagen sinds de signalering</translation>
    </message>
    <message>
        <source>Days waiting</source>
        <translation>Dagen wachten</translation>
    </message>
    <message>
        <source>Days until four</source>
        <translation>Dagen tot vier jaar</translation>
    </message>
    <message>
        <source>Reviews overdue</source>
        <translation>Evaluaties verlopen</translation>
    </message>
    <message>
        <source>Parents not informed</source>
        <translation>Ouders niet geïnformeerd</translation>
    </message>
    <message>
        <source>Waiting for help</source>
        <translation>Wacht op hulp</translation>
    </message>
    <message>
        <source>Turning four</source>
        <translation>Wordt vier</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Gebied</translation>
    </message>
    <message>
        <source>Support needs per group</source>
        <translation>Signaleringen per groep</translation>
    </message>
    <message>
        <source>Group needs</source>
        <translation>Groepsoverzicht</translation>
    </message>
    <message>
        <source>Children with an open need of level 2 or higher, per group and domain (double-click to see them)</source>
        <translation>Kinderen met een open signalering van niveau 2 of hoger, per groep en gebied (dubbelklik om ze te zien)</translation>
    </message>
    <message>
        <source>Needs opened and closed per month</source>
        <translation>Signaleringen geopend en afgesloten per maand</translation>
    </message>
    <message>
        <source>&amp;Report (PDF)...</source>
        <translation>&amp;Rapport (PDF)...</translation>
    </message>
    <message>
        <source>Handover</source>
        <translation>Overdracht</translation>
    </message>
    <message>
        <source>sent to school</source>
        <translation>naar school verstuurd</translation>
    </message>
    <message>
        <source>The group; point at a name to see its location</source>
        <translation>De groep; wijs een naam aan om de locatie te zien</translation>
    </message>
    <message>
        <source>%1: children with an open need of level 2 or higher in this domain. The colour is their share of the group.</source>
        <translation>%1: kinderen met een open signalering van niveau 2 of hoger in dit gebied. De kleur is hun aandeel in de groep.</translation>
    </message>
    <message>
        <source>The group</source>
        <translation>De groep</translation>
    </message>
    <message>
        <source>Children in the group now</source>
        <translation>Kinderen die nu in de groep zitten</translation>
    </message>
    <message>
        <source>Places in the group</source>
        <translation>Kindplaatsen in de groep</translation>
    </message>
    <message>
        <source>Children with an open need of level 2 or higher, and their share of the group</source>
        <translation>Kinderen met een open signalering van niveau 2 of hoger, en hun aandeel in de groep</translation>
    </message>
    <message>
        <source>Children with a need at level 3 (specialised support)</source>
        <translation>Kinderen met een signalering op niveau 3 (gespecialiseerde ondersteuning)</translation>
    </message>
    <message>
        <source>Days since the review date passed</source>
        <translation>Dagen sinds de evaluatiedatum voorbij is</translation>
    </message>
    <message>
        <source>Days since the need was signalled, without the parents informed</source>
        <translation>Dagen sinds de signalering, zonder dat de ouders zijn geïnformeerd</translation>
    </message>
    <message>
        <source>Days since the referral, still waiting</source>
        <translation>Dagen sinds de verwijzing, nog steeds wachtend</translation>
    </message>
    <message>
        <source>Days since the need was signalled</source>
        <translation>Dagen sinds de signalering</translation>
    </message>
    <message>
        <source>Days until the child turns four</source>
        <translation>Dagen tot het kind vier wordt</translation>
    </message>
    <message>
        <source>Double-click a child to open the file</source>
        <translation>Dubbelklik op een kind om het dossier te openen</translation>
    </message>
    <message>
        <source>The child&apos;s group</source>
        <translation>De groep van het kind</translation>
    </message>
    <message>
        <source>The partner the child was referred to</source>
        <translation>De partner naar wie het kind is verwezen</translation>
    </message>
    <message>
        <source>Where the handover to school stands</source>
        <translation>Hoe ver de overdracht naar school is</translation>
    </message>
    <message>
        <source>The development domain of the need</source>
        <translation>Het ontwikkelingsgebied van de signalering</translation>
    </message>
    <message numerus="yes">
        <source>%n more in this list; press Enter or double-click to show them</source>
        <translation>
            <numerusform>Nog %n in deze lijst; druk op Enter of dubbelklik om die te tonen</numerusform>
            <numerusform>Nog %n in deze lijst; druk op Enter of dubbelklik om ze te tonen</numerusform>
        </translation>
    </message>
    <message>
        <source>Print...</source>
        <translation>Afdrukken...</translation>
    </message>
    <message>
        <source>Print the report</source>
        <translation>Het rapport afdrukken</translation>
    </message>
    <message>
        <source>Print the report, after a preview (%1)</source>
        <translation>Het rapport afdrukken, na een afdrukvoorbeeld (%1)</translation>
    </message>
    <message>
        <source>There are no groups for you here. Group needs show the children of the locations you manage or the groups you work in; an administrator without a location of her own sees none. Ask the administrator to link your account to a location or group.</source>
        <translation>Er zijn hier geen groepen voor u. Het groepsoverzicht toont de kinderen van de locaties die u beheert of van de groepen waarin u werkt; een beheerder zonder eigen locatie ziet er geen. Vraag de beheerder om uw account aan een locatie of groep te koppelen.</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Groepen</translation>
    </message>
    <message>
        <source>Children with an open need of level 2 or higher, per group and domain</source>
        <translation>Kinderen met een open signalering van niveau 2 of hoger, per groep en ontwikkelingsgebied</translation>
    </message>
    <message>
        <source>Counting the figures of every group you may see...</source>
        <translation>De cijfers van alle groepen die u mag zien worden geteld...</translation>
    </message>
</context>
<context>
    <name>kz::GroupReport</name>
    <message>
        <source>Support needs per group on %1. Aggregates only: counts below %2 are shown as &amp;lt;%2, so that no child can be recognised.</source>
        <translation>Signaleringen per groep op %1. Alleen totalen: aantallen onder %2 staan er als &amp;lt;%2, zodat geen kind herkenbaar is.</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Groepen</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groep</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Kinderen</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kindplaatsen</translation>
    </message>
    <message>
        <source>Level 2 or higher</source>
        <translation>Niveau 2 of hoger</translation>
    </message>
    <message>
        <source>Level 3</source>
        <translation>Niveau 3</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Vraagt aandacht</translation>
    </message>
    <message>
        <source>Reviews overdue: %1</source>
        <translation>Evaluaties verlopen: %1</translation>
    </message>
    <message>
        <source>Parents not informed within 14 days: %1</source>
        <translation>Ouders niet binnen 14 dagen geïnformeerd: %1</translation>
    </message>
    <message>
        <source>Referrals waiting: %1; the longest for %2 days</source>
        <translation>Wachtende verwijzingen: %1; de langste %2 dagen</translation>
    </message>
    <message>
        <source>Children turning four within six months: %1</source>
        <translation>Kinderen die binnen zes maanden vier worden: %1</translation>
    </message>
    <message>
        <source>Needs opened and closed per month</source>
        <translation>Signaleringen geopend en afgesloten per maand</translation>
    </message>
    <message>
        <source>Children with an open need of %1 or higher, per domain</source>
        <translation>Kinderen met een open signalering van %1 of hoger, per ontwikkelingsgebied</translation>
    </message>
    <message>
        <source>Escalations to %1: %2</source>
        <translation>Opschalingen naar %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n location(s)</source>
        <translation>
            <numerusform>%n locatie</numerusform>
            <numerusform>%n locaties</numerusform>
        </translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Pagina %1 van %2</translation>
    </message>
</context>
<context>
    <name>kz::GuardianDialog</name>
    <message>
        <source>mother</source>
        <translation>moeder</translation>
    </message>
    <message>
        <source>father</source>
        <translation>vader</translation>
    </message>
    <message>
        <source>parent</source>
        <translation>ouder</translation>
    </message>
    <message>
        <source>foster parent</source>
        <translation>pleegouder</translation>
    </message>
    <message>
        <source>guardian</source>
        <translation>voogd</translation>
    </message>
    <message>
        <source>grandparent</source>
        <translation>grootouder</translation>
    </message>
    <message>
        <source>An &amp;interpreter is needed for conversations</source>
        <translation>Er is een t&amp;olk nodig voor gesprekken</translation>
    </message>
    <message>
        <source>Parent or guardian</source>
        <translation>Ouder/verzorger</translation>
    </message>
    <message>
        <source>Add a parent or guardian</source>
        <translation>Een ouder/verzorger toevoegen</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <source>The language in which conversations with this parent go best</source>
        <translation>De taal waarin gesprekken met deze ouder het best gaan</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>niet verplicht</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <source>&amp;Relation to the child</source>
        <translation>&amp;Relatie tot het kind</translation>
    </message>
    <message>
        <source>&amp;Language for conversations</source>
        <translation>&amp;Taal voor gesprekken</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>Tele&amp;foon</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
</context>
<context>
    <name>kz::GuardianStore</name>
    <message>
        <source>This parent or guardian was not found.</source>
        <translation>Deze ouder/verzorger is niet gevonden.</translation>
    </message>
</context>
<context>
    <name>kz::GuardiansEditor</name>
    <message>
        <source>&amp;Add...</source>
        <translation>&amp;Toevoegen...</translation>
    </message>
    <message>
        <source>Ed&amp;it...</source>
        <translation>&amp;Bewerken...</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Ve&amp;rwijderen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relatie</translation>
    </message>
    <message>
        <source>Language for conversations</source>
        <translation>Taal voor gesprekken</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Tolk</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Parents and guardians</source>
        <translation>Ouders/verzorgers</translation>
    </message>
    <message>
        <source>Add a parent or guardian</source>
        <translation>Een ouder/verzorger toevoegen</translation>
    </message>
    <message>
        <source>Edit the chosen parent or guardian</source>
        <translation>De gekozen ouder/verzorger bewerken</translation>
    </message>
    <message>
        <source>Remove the chosen parent or guardian</source>
        <translation>De gekozen ouder/verzorger verwijderen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Remove %1 from this child&apos;s parents and guardians?</source>
        <translation>%1 verwijderen bij de ouders/verzorgers van dit kind?</translation>
    </message>
    <message>
        <source>needed</source>
        <translation>nodig</translation>
    </message>
    <message>
        <source>The parent&apos;s or guardian&apos;s name</source>
        <translation>De naam van de ouder/verzorger</translation>
    </message>
    <message>
        <source>How this person is related to the child</source>
        <translation>De relatie van deze persoon tot het kind</translation>
    </message>
    <message>
        <source>The language to speak with this parent</source>
        <translation>De taal om met deze ouder te spreken</translation>
    </message>
    <message>
        <source>Whether an interpreter is needed in conversations</source>
        <translation>Of er een tolk nodig is bij gesprekken</translation>
    </message>
    <message>
        <source>The phone number to reach this parent</source>
        <translation>Het telefoonnummer waarop deze ouder bereikbaar is</translation>
    </message>
    <message>
        <source>The e-mail address of this parent</source>
        <translation>Het e-mailadres van deze ouder</translation>
    </message>
</context>
<context>
    <name>kz::GuiApplication</name>
    <message>
        <source>Kindzicht</source>
        <translation>Kindzicht</translation>
    </message>
    <message>
        <source>The server&apos;s database has no accounts yet. Whoever looks after the server sets it up with: kindzicht-cli server init ADDRESS --admin NAME</source>
        <translation>De database op de server heeft nog geen accounts. Wie de server beheert, richt die in met: kindzicht-cli server init ADRES --admin NAAM</translation>
    </message>
</context>
<context>
    <name>kz::HandoverConsentPage</name>
    <message>
        <source>The parents&apos; consent</source>
        <translation>Toestemming van de ouders</translation>
    </message>
    <message>
        <source>Nothing goes to the school without the parents&apos; consent. Show them the draft first: you can prepare it while their answer is awaited.</source>
        <translation>Zonder toestemming van de ouders gaat er niets naar de school. Laat hen eerst het concept zien: u kunt het voorbereiden terwijl u op hun antwoord wacht.</translation>
    </message>
    <message>
        <source>the parent who answered, e.g. J. de Vries (mother)</source>
        <translation>de ouder die antwoordde, bijv. J. de Vries (moeder)</translation>
    </message>
    <message>
        <source>e.g. read the draft together at the parents&apos; meeting</source>
        <translation>bijv. concept samen gelezen in het oudergesprek</translation>
    </message>
    <message>
        <source>The parents agree to share</source>
        <translation>De ouders geven toestemming voor</translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation>Antwoord:</translation>
    </message>
    <message>
        <source>&amp;Given by:</source>
        <translation>&amp;Gegeven door:</translation>
    </message>
    <message>
        <source>Recorded by:</source>
        <translation>Vastgelegd door:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notities:</translation>
    </message>
    <message>
        <source>%1 (you are %2)</source>
        <translation>%1 (u bent %2)</translation>
    </message>
    <message>
        <source>To %1. Nothing goes to the school without the parents&apos; consent. Show them the draft first: you can prepare it while their answer is awaited.</source>
        <translation>Aan %1. Zonder toestemming van de ouders gaat er niets naar de school. Laat hen eerst het concept zien: u kunt het voorbereiden terwijl u op hun antwoord wacht.</translation>
    </message>
    <message>
        <source>Asked on:</source>
        <translation>Gevraagd op:</translation>
    </message>
    <message>
        <source>&amp;Date of the answer:</source>
        <translation>&amp;Datum van het antwoord:</translation>
    </message>
    <message>
        <source>Consent denied</source>
        <translation>Toestemming geweigerd</translation>
    </message>
    <message>
        <source>The parents denied consent. The draft for %1 will be deleted; the audit trail keeps only that it was deleted. Continue?</source>
        <translation>De ouders weigeren toestemming. Het concept voor %1 wordt verwijderd; het auditlog bewaart alleen dát het is verwijderd. Doorgaan?</translation>
    </message>
</context>
<context>
    <name>kz::HandoverContentPage</name>
    <message>
        <source>The location would like a &amp;warm handover: a conversation with the school</source>
        <translation>De locatie wil graag een &amp;warme overdracht: een gesprek met de school</translation>
    </message>
    <message>
        <source>What the school will read</source>
        <translation>Wat de school leest</translation>
    </message>
    <message>
        <source>Prefilled from the dossier; restricted observations are never used. Strengths come first.</source>
        <translation>Vooraf ingevuld uit het dossier; afgeschermde observaties worden nooit gebruikt. Sterke kanten komen eerst.</translation>
    </message>
    <message>
        <source>e.g. Uk &amp; Puk, Piramide, Startblokken</source>
        <translation>bijv. Uk &amp; Puk, Piramide, Startblokken</translation>
    </message>
    <message>
        <source>e.g. 18 months, 16 hours a week</source>
        <translation>bijv. 18 maanden, 16 uur per week</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Beschrijving:</translation>
    </message>
    <message>
        <source>What goes well:</source>
        <translation>Wat goed gaat:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Toevoegen</translation>
    </message>
    <message>
        <source>Another domain:</source>
        <translation>Nog een gebied:</translation>
    </message>
    <message>
        <source>Programme:</source>
        <translation>Programma:</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>Duur:</translation>
    </message>
    <message>
        <source>Contact at the location</source>
        <translation>Contact met de locatie</translation>
    </message>
    <message>
        <source>Contact &amp;person:</source>
        <translation>Contact&amp;persoon:</translation>
    </message>
    <message>
        <source>Fill in again from the &amp;dossier...</source>
        <translation>Opnieuw invullen uit het &amp;dossier...</translation>
    </message>
    <message>
        <source>Fill in again</source>
        <translation>Opnieuw invullen</translation>
    </message>
    <message>
        <source>Replace everything written here with a new prefill from the dossier?</source>
        <translation>Alles wat hier staat vervangen door een nieuwe invulling uit het dossier?</translation>
    </message>
    <message>
        <source>The parents&apos; consent does not cover this section.</source>
        <translation>De toestemming van de ouders geldt niet voor dit onderdeel.</translation>
    </message>
    <message>
        <source>The parents have not given consent yet. You can prepare the draft and show it to them; it can only be exported after their consent is recorded.</source>
        <translation>De ouders hebben nog geen toestemming gegeven. U kunt het concept voorbereiden en hun laten zien; exporteren kan pas als hun toestemming is vastgelegd.</translation>
    </message>
    <message>
        <source>Another domain</source>
        <translation>Een ander ontwikkelingsgebied</translation>
    </message>
</context>
<context>
    <name>kz::HandoverDocument</name>
    <message>
        <source>The font DejaVu Sans is not installed (Debian package fonts-dejavu-core); without it the document would have no text.</source>
        <translation>Het lettertype DejaVu Sans is niet geïnstalleerd (Debian-pakket fonts-dejavu-core); zonder dat zou het document geen tekst bevatten.</translation>
    </message>
</context>
<context>
    <name>kz::HandoverPreviewPage</name>
    <message>
        <source>Preview: as the school will read it</source>
        <translation>Voorbeeld: zoals de school het leest</translation>
    </message>
    <message>
        <source>Restricted observations never appear; sections outside the parents&apos; consent are absent.</source>
        <translation>Afgeschermde observaties staan er nooit in; onderdelen buiten de toestemming van de ouders ontbreken.</translation>
    </message>
    <message>
        <source>&amp;Language of the document:</source>
        <translation>&amp;Taal van het document:</translation>
    </message>
    <message>
        <source>Ready to export. Every export is kept as a new version in the child&apos;s file.</source>
        <translation>Klaar om te exporteren. Elke export wordt als nieuwe versie bewaard in het dossier van het kind.</translation>
    </message>
    <message>
        <source>Not ready to export: %1</source>
        <translation>Nog niet te exporteren: %1</translation>
    </message>
    <message>
        <source>Print...</source>
        <translation>Afdrukken...</translation>
    </message>
    <message>
        <source>Print the document, after a preview (%1). Before it is ready to export, the pages say that it is a draft.</source>
        <translation>Het document afdrukken, na een afdrukvoorbeeld (%1). Zolang het nog niet klaar is voor export, staat op de pagina&apos;s dat het een concept is.</translation>
    </message>
</context>
<context>
    <name>kz::HandoverRules</name>
    <message>
        <source>Personal description and strengths</source>
        <translation>Persoonlijke beschrijving en sterke kanten</translation>
    </message>
    <message>
        <source>Development per domain</source>
        <translation>Ontwikkeling per ontwikkelingsgebied</translation>
    </message>
    <message>
        <source>Support that worked</source>
        <translation>Ondersteuning die werkte</translation>
    </message>
    <message>
        <source>Partners involved</source>
        <translation>Betrokken partners</translation>
    </message>
    <message>
        <source>VE programme</source>
        <translation>VE-programma</translation>
    </message>
    <message>
        <source>The parents&apos; view</source>
        <translation>Zienswijze van de ouders</translation>
    </message>
    <message>
        <source>not requested</source>
        <translation>niet gevraagd</translation>
    </message>
    <message>
        <source>awaiting an answer</source>
        <translation>wacht op antwoord</translation>
    </message>
    <message>
        <source>given</source>
        <translation>gegeven</translation>
    </message>
    <message>
        <source>denied</source>
        <translation>geweigerd</translation>
    </message>
    <message>
        <source>The handover cannot be exported yet: the parents have not given their consent (%1). A handover goes to the school only after the parents have given their consent.</source>
        <translation>De overdracht kan nog niet worden geëxporteerd: de ouders hebben geen toestemming gegeven (%1). Een overdracht gaat pas naar de school als de ouders toestemming hebben gegeven.</translation>
    </message>
    <message>
        <source>Choose at least one section to hand over.</source>
        <translation>Kies ten minste één onderdeel om over te dragen.</translation>
    </message>
    <message>
        <source>The parents&apos; consent does not cover: %1. Leave these sections out, or record consent that covers them.</source>
        <translation>De toestemming van de ouders geldt niet voor: %1. Laat deze onderdelen weg, of leg toestemming vast die ze wel omvat.</translation>
    </message>
    <message>
        <source>This child has a VE indication: the VE programme and how long the child took part in it must be handed over.</source>
        <translation>Dit kind heeft een VE-indicatie: het VE-programma en hoe lang het kind eraan deelnam, moeten worden overgedragen.</translation>
    </message>
    <message>
        <source>The section &quot;%1&quot; is empty: fill it in or leave it out.</source>
        <translation>Het onderdeel &quot;%1&quot; is leeg: vul het in of laat het weg.</translation>
    </message>
    <message>
        <source>Enter the contact person at the location for the school.</source>
        <translation>Vul de contactpersoon op de locatie in voor de school.</translation>
    </message>
    <message>
        <source>The handover contains text of a restricted observation (of %1). Restricted observations never go to the school: remove that text first.</source>
        <translation>De overdracht bevat tekst uit een afgeschermde observatie (van %1). Afgeschermde observaties gaan nooit naar de school: haal die tekst eerst weg.</translation>
    </message>
</context>
<context>
    <name>kz::HandoverSchoolPage</name>
    <message>
        <source>Which school does %1 go to?</source>
        <translation>Naar welke school gaat %1?</translation>
    </message>
    <message>
        <source>The schools come from the sociale kaart (category school). Type to search.</source>
        <translation>De scholen komen uit de sociale kaart (categorie school). Typ om te zoeken.</translation>
    </message>
    <message>
        <source>&amp;School:</source>
        <translation>&amp;School:</translation>
    </message>
    <message>
        <source>%1: consent %2</source>
        <translation>%1: toestemming %2</translation>
    </message>
    <message>
        <source>%1: version %2 sent on %3 by %4</source>
        <translation>%1: versie %2 verstuurd op %3 door %4</translation>
    </message>
    <message>
        <source>No handover has been prepared for %1 yet.</source>
        <translation>Voor %1 is nog geen overdracht voorbereid.</translation>
    </message>
    <message>
        <source>Earlier:</source>
        <translation>Eerder:</translation>
    </message>
    <message>
        <source>&lt;b&gt;There is no school on the sociale kaart yet.&lt;/b&gt; A manager adds schools there, with the category School.</source>
        <translation>&lt;b&gt;Er staat nog geen school op de sociale kaart.&lt;/b&gt; Een manager voegt scholen daar toe, met de categorie School.</translation>
    </message>
</context>
<context>
    <name>kz::HandoverStore</name>
    <message>
        <source>This school is not in the sociale kaart.</source>
        <translation>Deze school staat niet in de sociale kaart.</translation>
    </message>
    <message>
        <source>A handover goes to a school: this partner is not of the category school.</source>
        <translation>Een overdracht gaat naar een school: deze partner hoort niet bij de categorie school.</translation>
    </message>
    <message>
        <source>Enter the date on which the parents answered.</source>
        <translation>Vul de datum in waarop de ouders antwoordden.</translation>
    </message>
    <message>
        <source>Enter who answered for the parents (a parent&apos;s name).</source>
        <translation>Vul in wie namens de ouders antwoordde (de naam van een ouder).</translation>
    </message>
    <message>
        <source>The date of the parents&apos; answer cannot lie in the future.</source>
        <translation>De datum van het antwoord van de ouders kan niet in de toekomst liggen.</translation>
    </message>
    <message>
        <source>Choose the sections the parents agreed to share.</source>
        <translation>Kies de onderdelen waarvoor de ouders toestemming gaven.</translation>
    </message>
    <message>
        <source>The parents denied consent for this handover: a draft is not kept. Record a new answer from the parents first.</source>
        <translation>De ouders hebben toestemming voor deze overdracht geweigerd: er wordt geen concept bewaard. Leg eerst een nieuw antwoord van de ouders vast.</translation>
    </message>
    <message>
        <source>A handover is written in Dutch (nl) or English (en).</source>
        <translation>Een overdracht wordt in het Nederlands (nl) of Engels (en) geschreven.</translation>
    </message>
    <message>
        <source>Meanwhile another version of this handover was exported. Open the handover again to export a new version.</source>
        <translation>Intussen is er een andere versie van deze overdracht geëxporteerd. Open de overdracht opnieuw om een nieuwe versie te exporteren.</translation>
    </message>
    <message>
        <source>This handover was not found.</source>
        <translation>Deze overdracht is niet gevonden.</translation>
    </message>
    <message>
        <source>The school&apos;s receipt of this handover is already recorded.</source>
        <translation>De ontvangst door de school is voor deze overdracht al vastgelegd.</translation>
    </message>
    <message>
        <source>Enter who received the handover at the school.</source>
        <translation>Vul in wie de overdracht op school ontving.</translation>
    </message>
    <message>
        <source>The date of receipt must lie between the export and today.</source>
        <translation>De datum van ontvangst moet tussen de export en vandaag liggen.</translation>
    </message>
</context>
<context>
    <name>kz::HandoverView</name>
    <message>
        <source>%1 on %2 %3</source>
        <translation>%1 op %2 %3</translation>
    </message>
    <message>
        <source>version %1, %2</source>
        <translation>versie %1, %2</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 door %2</translation>
    </message>
    <message>
        <source>not yet recorded</source>
        <translation>nog niet vastgelegd</translation>
    </message>
    <message>
        <source>No children you may see turn four in this period.</source>
        <translation>Geen van de kinderen die u mag zien wordt in deze periode vier.</translation>
    </message>
    <message numerus="yes">
        <source>%n child(ren).</source>
        <translation>
            <numerusform>%n kind.</numerusform>
            <numerusform>%n kinderen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Consent not asked yet: %1; awaiting the parents: %2; given: %3; denied: %4.</source>
        <translation>Toestemming nog niet gevraagd: %1; wacht op de ouders: %2; gegeven: %3; geweigerd: %4.</translation>
    </message>
    <message>
        <source>%1 to %2, %3</source>
        <translation>%1 aan %2, %3</translation>
    </message>
    <message>
        <source>The school&apos;s receipt is recorded.</source>
        <translation>De ontvangst door de school is vastgelegd.</translation>
    </message>
    <message>
        <source>Handover to school</source>
        <translation>Overdracht naar school</translation>
    </message>
    <message>
        <source>&amp;Open handover...</source>
        <translation>&amp;Overdracht openen...</translation>
    </message>
    <message>
        <source>Open &amp;dossier</source>
        <translation>&amp;Dossier openen</translation>
    </message>
    <message>
        <source>Record &amp;receipt...</source>
        <translation>Ontvangst &amp;vastleggen...</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groep</translation>
    </message>
    <message>
        <source>Turns 4</source>
        <translation>Wordt 4</translation>
    </message>
    <message>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Toestemming</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Verstuurd</translation>
    </message>
    <message>
        <source>Received by the school</source>
        <translation>Ontvangen door de school</translation>
    </message>
    <message>
        <source>Turning 4 in the next 6 months</source>
        <translation>Wordt 4 in de komende 6 maanden</translation>
    </message>
    <message>
        <source>Turning 4 in the next 12 months</source>
        <translation>Wordt 4 in de komende 12 maanden</translation>
    </message>
    <message>
        <source>Turned 4 in the last 3 months</source>
        <translation>Werd 4 in de afgelopen 3 maanden</translation>
    </message>
    <message>
        <source>The child going to primary school</source>
        <translation>Het kind dat naar de basisschool gaat</translation>
    </message>
    <message>
        <source>The child&apos;s group</source>
        <translation>De groep van het kind</translation>
    </message>
    <message>
        <source>The date the child turns four</source>
        <translation>De datum waarop het kind vier wordt</translation>
    </message>
    <message>
        <source>The school chosen for the handover</source>
        <translation>De school die gekozen is voor de overdracht</translation>
    </message>
    <message>
        <source>Whether the parents gave consent to share</source>
        <translation>Of de ouders toestemming gaven om te delen</translation>
    </message>
    <message>
        <source>The version sent to the school, and when</source>
        <translation>De versie die naar de school is gestuurd, en wanneer</translation>
    </message>
    <message>
        <source>When and by whom the school received it</source>
        <translation>Wanneer en door wie de school haar ontving</translation>
    </message>
    <message>
        <source>Children turning four and their handovers</source>
        <translation>Kinderen die vier worden en hun overdrachten</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>&amp;Print sent version...</source>
        <translation>Verstuurde versie &amp;afdrukken...</translation>
    </message>
    <message>
        <source>Print the handover as it was sent to the school, after a preview</source>
        <translation>De overdracht afdrukken zoals die naar de school is gestuurd, na een afdrukvoorbeeld</translation>
    </message>
</context>
<context>
    <name>kz::HandoverWizard</name>
    <message>
        <source>Handover to school: %1</source>
        <translation>Overdracht naar school: %1</translation>
    </message>
    <message>
        <source>Save &amp;draft</source>
        <translation>Concept op&amp;slaan</translation>
    </message>
    <message>
        <source>&amp;Export PDF...</source>
        <translation>PDF &amp;exporteren...</translation>
    </message>
    <message>
        <source>The draft is saved.</source>
        <translation>Het concept is opgeslagen.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <source>Handover %1 - %2.pdf</source>
        <translation>Overdracht %1 - %2.pdf</translation>
    </message>
    <message>
        <source>Export the handover</source>
        <translation>De overdracht exporteren</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-documenten (*.pdf)</translation>
    </message>
    <message>
        <source>Handover of %1 to %2 written to %3 (version %4). Its fingerprint (SHA-256) is kept in the child&apos;s file: %5</source>
        <translation>Overdracht van %1 aan %2 geschreven naar %3 (versie %4). De vingerafdruk (SHA-256) is bewaard in het dossier van het kind: %5</translation>
    </message>
    <message>
        <source>Handover to school</source>
        <translation>Overdracht naar school</translation>
    </message>
    <message>
        <source>Keep what you wrote as the draft for %1?</source>
        <translation>Wat u schreef bewaren als concept voor %1?</translation>
    </message>
</context>
<context>
    <name>kz::HeatCellDelegate</name>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>half or more</source>
        <translation>de helft of meer</translation>
    </message>
    <message>
        <source>Colour: the share of the group&apos;s children, not their number. Three children in a small group show darker than three in a large group.</source>
        <translation>Kleur: het aandeel van de kinderen in de groep, niet hun aantal. Drie kinderen in een kleine groep zijn donkerder dan drie in een grote groep.</translation>
    </message>
</context>
<context>
    <name>kz::HelpController</name>
    <message>
        <source>Kindzicht &amp;Help</source>
        <translation>&amp;Help bij Kindzicht</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Sneltoetsen</translation>
    </message>
    <message>
        <source>Menu %1</source>
        <translation>Menu %1</translation>
    </message>
    <message>
        <source>Child&apos;s file</source>
        <translation>Dossier van het kind</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>Overal</translation>
    </message>
</context>
<context>
    <name>kz::HelpWindow</name>
    <message>
        <source>Kindzicht Help - %1</source>
        <translation>Help bij Kindzicht - %1</translation>
    </message>
</context>
<context>
    <name>kz::IdentifyingTerms</name>
    <message>
        <source>a Hague district</source>
        <translation>een Haags stadsdeel</translation>
    </message>
    <message>
        <source>a district</source>
        <translation>een stadsdeel</translation>
    </message>
    <message>
        <source>[a school]</source>
        <translation>[een school]</translation>
    </message>
    <message>
        <source>[an organisation: %1]</source>
        <translation>[een organisatie: %1]</translation>
    </message>
    <message>
        <source>[address]</source>
        <translation>[adres]</translation>
    </message>
    <message>
        <source>[the location]</source>
        <translation>[de locatie]</translation>
    </message>
    <message>
        <source>[the group]</source>
        <translation>[de groep]</translation>
    </message>
    <message>
        <source>a Hague neighbourhood</source>
        <translation>een Haagse wijk</translation>
    </message>
    <message>
        <source>a neighbourhood</source>
        <translation>een wijk</translation>
    </message>
    <message>
        <source>another home language</source>
        <translation>een andere thuistaal</translation>
    </message>
    <message>
        <source>[child]</source>
        <translation>[kind]</translation>
    </message>
    <message>
        <source>[family name]</source>
        <translation>[achternaam]</translation>
    </message>
    <message>
        <source>[parent]</source>
        <translation>[ouder]</translation>
    </message>
    <message>
        <source>[phone number]</source>
        <translation>[telefoonnummer]</translation>
    </message>
    <message>
        <source>[e-mail address]</source>
        <translation>[e-mailadres]</translation>
    </message>
    <message>
        <source>[number]</source>
        <translation>[nummer]</translation>
    </message>
    <message>
        <source>[another child]</source>
        <translation>[een ander kind]</translation>
    </message>
    <message>
        <source>[staff member]</source>
        <translation>[medewerker]</translation>
    </message>
</context>
<context>
    <name>kz::Labels</name>
    <message>
        <source>Pedagogical practitioner</source>
        <translation>Pedagogisch medewerker</translation>
    </message>
    <message>
        <source>Location manager</source>
        <translation>Locatiemanager</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Beheerder</translation>
    </message>
    <message>
        <source>Day care</source>
        <translation>Kinderdagverblijf</translation>
    </message>
    <message>
        <source>Pre-school (VE)</source>
        <translation>Peuteropvang (VE)</translation>
    </message>
    <message>
        <source>Out-of-school care</source>
        <translation>Buitenschoolse opvang</translation>
    </message>
    <message>
        <source>Signalled</source>
        <translation>Gesignaleerd</translation>
    </message>
    <message>
        <source>Discussed with parents</source>
        <translation>Besproken met ouders</translation>
    </message>
    <message>
        <source>Support in place</source>
        <translation>Ondersteuning ingezet</translation>
    </message>
    <message>
        <source>Evaluated</source>
        <translation>Geëvalueerd</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Afgesloten</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactief</translation>
    </message>
    <message>
        <source>Defunct</source>
        <translation>Opgeheven</translation>
    </message>
    <message>
        <source>Temporarily closed</source>
        <translation>Tijdelijk gesloten</translation>
    </message>
    <message>
        <source>%1 y %2 m</source>
        <translation>%1 jr %2 mnd</translation>
    </message>
    <message>
        <source>Pre-school</source>
        <translation>Peuteropvang</translation>
    </message>
    <message>
        <source>To primary school</source>
        <translation>Naar de basisschool</translation>
    </message>
    <message>
        <source>Moved away</source>
        <translation>Verhuisd</translation>
    </message>
    <message>
        <source>To other childcare</source>
        <translation>Naar andere kinderopvang</translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation>Anders</translation>
    </message>
    <message>
        <source>registered, not yet waiting</source>
        <translation>aangemeld, nog niet op de wachtlijst</translation>
    </message>
    <message>
        <source>waiting for help</source>
        <translation>wacht op hulp</translation>
    </message>
    <message>
        <source>help has started</source>
        <translation>hulp is begonnen</translation>
    </message>
    <message>
        <source>help completed</source>
        <translation>hulp is afgerond</translation>
    </message>
    <message>
        <source>not taken up</source>
        <translation>hulp niet aangenomen</translation>
    </message>
    <message>
        <source>what goes well</source>
        <translation>wat goed gaat</translation>
    </message>
    <message>
        <source>a concern</source>
        <translation>een zorg</translation>
    </message>
    <message>
        <source>a note</source>
        <translation>een notitie</translation>
    </message>
</context>
<context>
    <name>kz::LeaveChildDialog</name>
    <message>
        <source>%1 leaves</source>
        <translation>%1 vertrekt</translation>
    </message>
    <message>
        <source>&amp;Last day</source>
        <translation>&amp;Laatste dag</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Reden</translation>
    </message>
    <message>
        <source>&amp;Record leaving...</source>
        <translation>&amp;Vertrek vastleggen...</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>Give the child&apos;s last day.</source>
        <translation>Geef de laatste dag van het kind.</translation>
    </message>
    <message>
        <source>After %1, %2 no longer appears in the children lists; &quot;Include children who left&quot; still shows the child. The file is kept until %3, %4 months after the last day, and stays readable for the location manager until then; then the retention purge removes it.</source>
        <translation>Na %1 staat %2 niet meer in de kinderlijsten; met &quot;Ook vertrokken kinderen tonen&quot; is het kind nog te zien. Het dossier wordt bewaard tot %3, %4 maanden na de laatste dag, en blijft tot dan leesbaar voor de locatiemanager; daarna wordt het verwijderd bij het opschonen na de bewaartermijn.</translation>
    </message>
    <message>
        <source>Record that %1 leaves on %2 (%3)?

The file is kept until the retention period has passed (%4) and is then removed.</source>
        <translation>Vastleggen dat %1 vertrekt op %2 (%3)?

Het dossier wordt bewaard tot de bewaartermijn voorbij is (%4) en daarna verwijderd.</translation>
    </message>
    <message>
        <source>Record leaving</source>
        <translation>Vertrek vastleggen</translation>
    </message>
</context>
<context>
    <name>kz::LocationDialog</name>
    <message>
        <source>Location %1</source>
        <translation>Locatie %1</translation>
    </message>
    <message>
        <source>New location</source>
        <translation>Nieuwe locatie</translation>
    </message>
</context>
<context>
    <name>kz::LocationForm</name>
    <message>
        <source>9 digits, from the Landelijk Register Kinderopvang</source>
        <translation>9 cijfers, uit het Landelijk Register Kinderopvang</translation>
    </message>
    <message>
        <source>e.g. 2593 AB</source>
        <translation>bijv. 2593 AB</translation>
    </message>
    <message>
        <source>&amp;Name of the location</source>
        <translation>&amp;Naam van de locatie</translation>
    </message>
    <message>
        <source>&amp;LRK number</source>
        <translation>&amp;LRK-nummer</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Adres</translation>
    </message>
    <message>
        <source>P&amp;ostcode</source>
        <translation>P&amp;ostcode</translation>
    </message>
    <message>
        <source>&amp;City</source>
        <translation>&amp;Plaats</translation>
    </message>
    <message>
        <source>&amp;Stadsdeel (district)</source>
        <translation>&amp;Stadsdeel</translation>
    </message>
    <message>
        <source>&amp;Wijk (neighbourhood)</source>
        <translation>&amp;Wijk</translation>
    </message>
    <message>
        <source>The VE programme this location works with; a VE child&apos;s handover names it.</source>
        <translation>Het VE-programma waarmee deze locatie werkt; bij een VE-kind staat het in de overdracht.</translation>
    </message>
    <message>
        <source>&amp;VE programme</source>
        <translation>&amp;VE-programma</translation>
    </message>
</context>
<context>
    <name>kz::LockController</name>
    <message>
        <source>Kindzicht is locked</source>
        <translation>Kindzicht is vergrendeld</translation>
    </message>
    <message numerus="yes">
        <source>Kindzicht locked itself after %n minute(s) without use.</source>
        <translation>
            <numerusform>Kindzicht is vergrendeld na %n minuut zonder gebruik.</numerusform>
            <numerusform>Kindzicht is vergrendeld na %n minuten zonder gebruik.</numerusform>
        </translation>
    </message>
    <message>
        <source>Kindzicht was locked (Ctrl+L).</source>
        <translation>Kindzicht is vergrendeld (Ctrl+L).</translation>
    </message>
    <message>
        <source>%1, give your password to go on where you were. Someone else can log in instead; what you were typing is kept as your draft.</source>
        <translation>%1, geef uw wachtwoord om verder te gaan waar u was. Iemand anders kan in plaats van u inloggen; wat u aan het typen was, blijft bewaard als uw concept.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Ontgrendelen</translation>
    </message>
    <message>
        <source>Log in as &amp;someone else...</source>
        <translation>Als &amp;iemand anders inloggen...</translation>
    </message>
</context>
<context>
    <name>kz::LoginDialog</name>
    <message>
        <source>Kindzicht - log in</source>
        <translation>Kindzicht - inloggen</translation>
    </message>
    <message>
        <source>Log in to %1.</source>
        <translation>Inloggen op %1.</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Gebruikersnaam</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Wachtwoord</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Inloggen</translation>
    </message>
    <message>
        <source>Demo database: log in as fatima (practitioner), saskia (manager) or beheer (administrator), password %1.</source>
        <translation>Demodatabase: log in als fatima (pedagogisch medewerker), saskia (locatiemanager) of beheer (beheerder), wachtwoord %1.</translation>
    </message>
</context>
<context>
    <name>kz::MainWindow</name>
    <message>
        <source>Kindzicht - %1</source>
        <translation>Kindzicht - %1</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Kinderen</translation>
    </message>
    <message>
        <source>Group needs</source>
        <translation>Groepsoverzicht</translation>
    </message>
    <message>
        <source>Handover to school</source>
        <translation>Overdracht naar school</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <source>&amp;Children</source>
        <translation>&amp;Kinderen</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Zoeken</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Vernieuwen</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Kindzicht</source>
        <translation>&amp;Over Kindzicht</translation>
    </message>
    <message>
        <source>Logged in as %1 (%2)</source>
        <translation>Ingelogd als %1 (%2)</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>Kindzicht</source>
        <translation>Kindzicht</translation>
    </message>
    <message>
        <source>About Kindzicht</source>
        <translation>Over Kindzicht</translation>
    </message>
    <message>
        <source>Social map</source>
        <translation>Sociale kaart</translation>
    </message>
    <message>
        <source>&amp;Social map</source>
        <translation>&amp;Sociale kaart</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Kindzicht %1&lt;/h3&gt;&lt;p&gt;Support needs, observations and the social map for inclusive childcare.&lt;/p&gt;&lt;p&gt;Licence: GNU General Public License, version 3 or later (GPL-3.0-or-later).&lt;/p&gt;&lt;p&gt;Uses Qt %2 (LGPL-3.0), SQLite %3 (public domain) and libsodium %4 (ISC).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Kindzicht %1&lt;/h3&gt;&lt;p&gt;Signaleringen, observaties en de sociale kaart voor inclusieve kinderopvang.&lt;/p&gt;&lt;p&gt;Licentie: GNU General Public License, versie 3 of later (GPL-3.0-or-later).&lt;/p&gt;&lt;p&gt;Gebruikt Qt %2 (LGPL-3.0), SQLite %3 (publiek domein) en libsodium %4 (ISC).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <source>Search &amp;observations</source>
        <translation>&amp;Observaties zoeken</translation>
    </message>
    <message>
        <source>&amp;New observation...</source>
        <translation>&amp;Nieuwe observatie...</translation>
    </message>
    <message>
        <source>Observation saved.</source>
        <translation>Observatie opgeslagen.</translation>
    </message>
    <message>
        <source>&amp;Group needs</source>
        <translation>&amp;Groepsoverzicht</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Logboek</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Vergrendelen</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>Je wachtwoord is gewijzigd.</translation>
    </message>
    <message>
        <source>&amp;Switch user...</source>
        <translation>Andere &amp;gebruiker...</translation>
    </message>
    <message>
        <source>Change &amp;password...</source>
        <translation>&amp;Wachtwoord wijzigen...</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Beheer</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>Retention and backup</source>
        <translation>Bewaartermijn en back-up</translation>
    </message>
    <message>
        <source>&amp;Handover to school</source>
        <translation>Over&amp;dracht naar school</translation>
    </message>
    <message>
        <source>Locations and groups</source>
        <translation>Locaties en groepen</translation>
    </message>
    <message>
        <source>New &amp;child...</source>
        <translation>Nieuw &amp;kind...</translation>
    </message>
    <message>
        <source>Workspaces</source>
        <translation>Werkruimtes</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Back-ups</translation>
    </message>
    <message>
        <source>Connect to the organisation&apos;s se&amp;rver...</source>
        <translation>Verbinding maken met de se&amp;rver van de organisatie...</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
</context>
<context>
    <name>kz::MaintenanceView</name>
    <message>
        <source>Remove files</source>
        <translation>Dossiers verwijderen</translation>
    </message>
    <message numerus="yes">
        <source>Remove the files of %n child(ren) for good? This cannot be undone; make a backup first if in doubt.</source>
        <translation>
            <numerusform>Het dossier van %n kind definitief verwijderen? Dit kan niet ongedaan worden; maak bij twijfel eerst een back-up.</numerusform>
            <numerusform>De dossiers van %n kinderen definitief verwijderen? Dit kan niet ongedaan worden; maak bij twijfel eerst een back-up.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the backup</source>
        <translation>Back-up opslaan</translation>
    </message>
    <message>
        <source>kindzicht-%1.kzbackup</source>
        <translation>kindzicht-%1.kzbackup</translation>
    </message>
    <message>
        <source>Kindzicht backups (*.kzbackup)</source>
        <translation>Kindzicht-back-ups (*.kzbackup)</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Wachtzin</translation>
    </message>
    <message>
        <source>A passphrase of at least %1 characters. Without it the backup cannot be restored: keep it safe, apart from the backup.</source>
        <translation>Een wachtzin van minstens %1 tekens. Zonder de wachtzin is de back-up niet terug te zetten: bewaar hem veilig, los van de back-up.</translation>
    </message>
    <message>
        <source>The same passphrase once more:</source>
        <translation>Dezelfde wachtzin nog eens:</translation>
    </message>
    <message>
        <source>The two passphrases are not the same; no backup was made.</source>
        <translation>De twee wachtzinnen zijn niet gelijk; er is geen back-up gemaakt.</translation>
    </message>
    <message>
        <source>child %1</source>
        <translation>kind %1</translation>
    </message>
    <message numerus="yes">
        <source>The files of %n child(ren) were removed.</source>
        <translation>
            <numerusform>Het dossier van %n kind is verwijderd.</numerusform>
            <numerusform>De dossiers van %n kinderen zijn verwijderd.</numerusform>
        </translation>
    </message>
    <message>
        <source>Backup written to %1.</source>
        <translation>Back-up geschreven naar %1.</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Bewaartermijn</translation>
    </message>
    <message>
        <source>A child&apos;s file is kept this many months after the child left, then removed with everything about her. The list shows what a purge removes today.</source>
        <translation>Het dossier van een kind wordt zoveel maanden na vertrek bewaard en daarna met alles erop en eraan verwijderd. De lijst toont wat vandaag verwijderd zou worden.</translation>
    </message>
    <message>
        <source> months</source>
        <translation> maanden</translation>
    </message>
    <message>
        <source>&amp;Remove these files...</source>
        <translation>Deze dossiers &amp;verwijderen...</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>Vertrokken op</translation>
    </message>
    <message>
        <source>Support needs</source>
        <translation>Signaleringen</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Observaties</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Verwijzingen</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Back-up</translation>
    </message>
    <message>
        <source>Make a &amp;backup...</source>
        <translation>&amp;Back-up maken...</translation>
    </message>
    <message>
        <source>Choose the backup</source>
        <translation>Kies de back-up</translation>
    </message>
    <message>
        <source>Kindzicht backups (*.kzbackup);;All files (*)</source>
        <translation>Kindzicht-back-ups (*.kzbackup);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>The backup&apos;s passphrase:</source>
        <translation>De wachtzin van de back-up:</translation>
    </message>
    <message>
        <source>Restore into a new database file</source>
        <translation>Terugzetten in een nieuw databasebestand</translation>
    </message>
    <message>
        <source>kindzicht-restored.db</source>
        <translation>kindzicht-teruggezet.db</translation>
    </message>
    <message>
        <source>Kindzicht databases (*.db)</source>
        <translation>Kindzicht-databases (*.db)</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Back-up teruggezet</translation>
    </message>
    <message>
        <source>The backup was checked and restored to %1. Open it with: kindzicht --database &quot;%1&quot;</source>
        <translation>De back-up is gecontroleerd en teruggezet in %1. Open hem met: kindzicht --database &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Backup restored to %1.</source>
        <translation>Back-up teruggezet in %1.</translation>
    </message>
    <message>
        <source>An encrypted copy of the whole database. A backup is restored into a new file, checked first; to replace the database itself, use kindzicht-cli restore FILE while Kindzicht is closed.</source>
        <translation>Een versleutelde kopie van de hele database. Een back-up wordt na controle in een nieuw bestand teruggezet; om de database zelf te vervangen gebruik je kindzicht-cli restore BESTAND terwijl Kindzicht gesloten is.</translation>
    </message>
    <message>
        <source>Restore into a &amp;new file...</source>
        <translation>Terugzetten in een &amp;nieuw bestand...</translation>
    </message>
    <message>
        <source>The child whose file has passed the retention period</source>
        <translation>Het kind van wie het dossier de bewaartermijn voorbij is</translation>
    </message>
    <message>
        <source>The child&apos;s last day at the location</source>
        <translation>De laatste dag van het kind op de locatie</translation>
    </message>
    <message>
        <source>Support needs that will be removed</source>
        <translation>Signaleringen die worden verwijderd</translation>
    </message>
    <message>
        <source>Observations that will be removed</source>
        <translation>Observaties die worden verwijderd</translation>
    </message>
    <message>
        <source>Referrals that will be removed</source>
        <translation>Verwijzingen die worden verwijderd</translation>
    </message>
    <message>
        <source>Choose the recovery file (cancel to type the recovery code)</source>
        <translation>Kies het herstelbestand (annuleer om de herstelcode te typen)</translation>
    </message>
    <message>
        <source>Kindzicht recovery files (*.kzkey);;All files (*)</source>
        <translation>Kindzicht-herstelbestanden (*.kzkey);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Herstelcode</translation>
    </message>
    <message>
        <source>The recovery code from the recovery sheet:</source>
        <translation>De herstelcode van het herstelblad:</translation>
    </message>
    <message>
        <source>The recovery file&apos;s passphrase:</source>
        <translation>De wachtzin van het herstelbestand:</translation>
    </message>
    <message>
        <source>Files removed today still live in the kept automatic backups until %1 at the latest, when the backup plan lets the oldest go.</source>
        <translation>Dossiers die vandaag worden verwijderd, staan nog tot uiterlijk %1 in de bewaarde automatische back-ups; dan laat het back-upschema de oudste vervallen.</translation>
    </message>
</context>
<context>
    <name>kz::Migrations</name>
    <message>
        <source>This database was written by a newer version of Kindzicht (schema %1; this version knows up to %2). Update Kindzicht to open it; the file was not changed.</source>
        <translation>Deze database is geschreven door een nieuwere versie van Kindzicht (schema %1; deze versie kent tot en met %2). Werk Kindzicht bij om hem te openen; het bestand is niet gewijzigd.</translation>
    </message>
    <message>
        <source>The database could not be upgraded to schema version %1; it was left at version %2.</source>
        <translation>De database kon niet worden bijgewerkt naar schemaversie %1; hij is op versie %2 gebleven.</translation>
    </message>
    <message>
        <source>The upgrade would break a reference between tables.</source>
        <translation>De upgrade zou een verwijzing tussen tabellen breken.</translation>
    </message>
    <message>
        <source>The database %1 is empty. Whoever looks after the server prepares it first: kindzicht-cli server init.</source>
        <translation>De database %1 is leeg. Wie de server beheert, maakt die eerst klaar: kindzicht-cli server init.</translation>
    </message>
    <message>
        <source>The database %1 has schema version %2 and this version of Kindzicht needs %3. Whoever looks after the server upgrades it first: kindzicht-cli server upgrade. Nothing was changed.</source>
        <translation>De database %1 heeft schemaversie %2 en deze versie van Kindzicht heeft %3 nodig. Wie de server beheert, werkt die eerst bij: kindzicht-cli server upgrade. Er is niets veranderd.</translation>
    </message>
</context>
<context>
    <name>kz::MoveChildDialog</name>
    <message>
        <source>Move %1 to another group</source>
        <translation>%1 naar een andere groep verplaatsen</translation>
    </message>
    <message>
        <source>Choose the new group</source>
        <translation>Kies de nieuwe groep</translation>
    </message>
    <message>
        <source>%1: from %2 to %3 (by %4)</source>
        <translation>%1: van %2 naar %3 (door %4)</translation>
    </message>
    <message>
        <source>Not moved before.</source>
        <translation>Niet eerder verplaatst.</translation>
    </message>
    <message>
        <source>Earlier moves:</source>
        <translation>Eerdere verplaatsingen:</translation>
    </message>
    <message>
        <source>Now in</source>
        <translation>Nu in</translation>
    </message>
    <message>
        <source>&amp;To group</source>
        <translation>&amp;Naar groep</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Vanaf</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>Ver&amp;plaatsen</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>the new group</source>
        <translation>de nieuwe groep</translation>
    </message>
    <message>
        <source>From %1 the practitioners of %2 no longer see %3: not in their list, not in the dossier. The practitioners of %4 see %3 and everything noted so far. The move is kept in the child&apos;s history.</source>
        <translation>Vanaf %1 is %3 niet meer te zien voor de pedagogisch medewerkers van %2: niet in hun lijst, niet in het dossier. De pedagogisch medewerkers van %4 zien %3 en alles wat tot nu toe is vastgelegd. De verplaatsing blijft bewaard in de geschiedenis van het kind.</translation>
    </message>
    <message>
        <source>Choose the group %1 moves to.</source>
        <translation>Kies de groep waar %1 naartoe gaat.</translation>
    </message>
</context>
<context>
    <name>kz::NeedLevel</name>
    <message>
        <source>basic</source>
        <translation>basis</translation>
    </message>
    <message>
        <source>basic plus</source>
        <translation>basis plus</translation>
    </message>
    <message>
        <source>specialised</source>
        <translation>gespecialiseerd</translation>
    </message>
    <message>
        <source>Level %1 (%2)</source>
        <translation>Niveau %1 (%2)</translation>
    </message>
    <message>
        <source>Basic support: what every child gets in the group.</source>
        <translation>Basisondersteuning: wat elk kind in de groep krijgt.</translation>
    </message>
    <message>
        <source>Basic plus (categorie 2): a little extra in the group, with the parents, sometimes with a partner.</source>
        <translation>Basis plus (categorie 2): iets extra in de groep, met de ouders, soms met een partner.</translation>
    </message>
    <message>
        <source>Specialised (categorie 3): this child needs specialised support from outside the location.</source>
        <translation>Gespecialiseerd (categorie 3): dit kind heeft gespecialiseerde ondersteuning van buiten de locatie nodig.</translation>
    </message>
</context>
<context>
    <name>kz::NeedStepDialog</name>
    <message>
        <source>New support need</source>
        <translation>Nieuwe signalering</translation>
    </message>
    <message>
        <source>&amp;Domain</source>
        <translation>&amp;Ontwikkelingsgebied</translation>
    </message>
    <message>
        <source>&amp;Level</source>
        <translation>&amp;Niveau</translation>
    </message>
    <message>
        <source>&amp;What do you see?</source>
        <translation>&amp;Wat zie je?</translation>
    </message>
    <message>
        <source>The support need, in a sentence or two</source>
        <translation>De ondersteuningsbehoefte, in een paar zinnen</translation>
    </message>
    <message>
        <source>What &amp;works</source>
        <translation>Wat &amp;werkt</translation>
    </message>
    <message>
        <source>What helps this child, what goes well</source>
        <translation>Wat helpt dit kind, wat gaat goed</translation>
    </message>
    <message>
        <source>&amp;Review on</source>
        <translation>&amp;Evalueren op</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>Status wijzigen</translation>
    </message>
    <message>
        <source>&amp;New status</source>
        <translation>&amp;Nieuwe status</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Notitie</translation>
    </message>
    <message>
        <source>What was done or agreed</source>
        <translation>Wat is gedaan of afgesproken</translation>
    </message>
    <message>
        <source>Parents informed</source>
        <translation>Ouders geïnformeerd</translation>
    </message>
    <message>
        <source>&amp;Informed on</source>
        <translation>&amp;Geïnformeerd op</translation>
    </message>
    <message>
        <source>Their &amp;response</source>
        <translation>Hun &amp;reactie</translation>
    </message>
    <message>
        <source>How the parents see it</source>
        <translation>Hoe de ouders het zien</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Evaluatiedatum</translation>
    </message>
    <message>
        <source>Why this date</source>
        <translation>Waarom deze datum</translation>
    </message>
    <message>
        <source>Change level</source>
        <translation>Niveau wijzigen</translation>
    </message>
    <message>
        <source>&amp;New level</source>
        <translation>&amp;Nieuw niveau</translation>
    </message>
    <message>
        <source>Why the level changes</source>
        <translation>Waarom het niveau verandert</translation>
    </message>
    <message>
        <source>Close support need</source>
        <translation>Signalering afsluiten</translation>
    </message>
    <message>
        <source>&amp;Closed on</source>
        <translation>&amp;Afgesloten op</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Reden</translation>
    </message>
    <message>
        <source>For example: goals reached, moved, referred on</source>
        <translation>Bijvoorbeeld: doelen bereikt, verhuisd, doorverwezen</translation>
    </message>
    <message>
        <source>Escalate to level 3</source>
        <translation>Opschalen naar niveau 3</translation>
    </message>
    <message>
        <source>Level 3 means this child needs specialised support (categorie 3).</source>
        <translation>Niveau 3 betekent dat dit kind gespecialiseerde ondersteuning nodig heeft (categorie 3).</translation>
    </message>
    <message>
        <source>Discuss it with the parents and bring in a specialised partner:
%1

This is separate from the meldcode procedure for concerns about the child&apos;s safety, which Kindzicht does not keep.</source>
        <translation>Bespreek het met de ouders en schakel een gespecialiseerde partner in:
%1

Dit staat los van de meldcode bij zorgen over de veiligheid van het kind; die houdt Kindzicht niet bij.</translation>
    </message>
    <message>
        <source>&amp;Escalate</source>
        <translation>&amp;Opschalen</translation>
    </message>
    <message>
        <source>(no specialised partner on the sociale kaart serves this child&apos;s wijk yet)</source>
        <translation>(nog geen gespecialiseerde partner op de sociale kaart werkt in de wijk van dit kind)</translation>
    </message>
    <message>
        <source>Status: %1
Level: %2
Parents informed on: %3
Their response: %4
Review on: %5</source>
        <translation>Status: %1
Niveau: %2
Ouders geïnformeerd op: %3
Hun reactie: %4
Evaluatie op: %5</translation>
    </message>
    <message>
        <source>The form now starts from their version: %1</source>
        <translation>Het formulier begint nu met hun versie: %1</translation>
    </message>
</context>
<context>
    <name>kz::ObservationDialog</name>
    <message>
        <source>&amp;Restricted: only I and the location manager can read the text</source>
        <translation>&amp;Afgeschermd: alleen ik en de locatiemanager kunnen de tekst lezen</translation>
    </message>
    <message>
        <source>Change observation</source>
        <translation>Observatie wijzigen</translation>
    </message>
    <message>
        <source>New observation</source>
        <translation>Nieuwe observatie</translation>
    </message>
    <message>
        <source>&amp;Goes well</source>
        <translation>Gaat &amp;goed</translation>
    </message>
    <message>
        <source>C&amp;oncern</source>
        <translation>&amp;Zorg</translation>
    </message>
    <message>
        <source>&amp;Neither</source>
        <translation>Gee&amp;n van beide</translation>
    </message>
    <message>
        <source>What did you see? Describe, do not judge.</source>
        <translation>Wat zag je? Beschrijf, oordeel niet.</translation>
    </message>
    <message>
        <source>&amp;Child</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <source>Domains</source>
        <translation>Gebieden</translation>
    </message>
    <message>
        <source>This is</source>
        <translation>Dit is</translation>
    </message>
    <message>
        <source>&amp;Observation</source>
        <translation>&amp;Observatie</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;Wanneer</translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation>Opslaan (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Your unsaved observation was restored.</source>
        <translation>Je niet-opgeslagen observatie is teruggezet.</translation>
    </message>
    <message>
        <source>Choose the child this observation is about.</source>
        <translation>Kies het kind waar deze observatie over gaat.</translation>
    </message>
    <message>
        <source>You have typed an observation that is not saved.</source>
        <translation>Je hebt een observatie getypt die nog niet is opgeslagen.</translation>
    </message>
    <message>
        <source>Keep it as a draft for later, or throw it away?</source>
        <translation>Bewaren als concept voor later, of weggooien?</translation>
    </message>
    <message>
        <source>&amp;Keep as draft</source>
        <translation>&amp;Bewaren als concept</translation>
    </message>
    <message>
        <source>&amp;Throw away</source>
        <translation>&amp;Weggooien</translation>
    </message>
</context>
<context>
    <name>kz::ObservationStore</name>
    <message>
        <source>The support need belongs to another child.</source>
        <translation>De signalering hoort bij een ander kind.</translation>
    </message>
    <message>
        <source>The chosen development domain does not exist.</source>
        <translation>Het gekozen ontwikkelingsgebied bestaat niet.</translation>
    </message>
    <message>
        <source>You may not change a restricted note of someone else.</source>
        <translation>U mag een afgeschermde notitie van iemand anders niet wijzigen.</translation>
    </message>
    <message>
        <source>Only the author or a manager of the location may change an observation.</source>
        <translation>Alleen de auteur of een manager van de locatie mag een observatie wijzigen.</translation>
    </message>
    <message>
        <source>This observation was not found.</source>
        <translation>Deze observatie is niet gevonden.</translation>
    </message>
</context>
<context>
    <name>kz::OptionValues</name>
    <message>
        <source>--%1 takes a date as yyyy-mm-dd or dd-mm-yyyy (found &quot;%2&quot;).</source>
        <translation>--%1 verwacht een datum als jjjj-mm-dd of dd-mm-jjjj (gevonden: &quot;%2&quot;).</translation>
    </message>
    <message>
        <source>%1 needs --%2.</source>
        <translation>%1 heeft --%2 nodig.</translation>
    </message>
    <message>
        <source>--%1 takes a whole number from %2 to %3.</source>
        <translation>--%1 verwacht een geheel getal van %2 tot en met %3.</translation>
    </message>
    <message>
        <source>--%1 takes a range in months such as 24-48.</source>
        <translation>--%1 verwacht leeftijden in maanden, zoals 24-48.</translation>
    </message>
</context>
<context>
    <name>kz::OrganisationSetup</name>
    <message>
        <source>Give the name of your organisation.</source>
        <translation>Geef de naam van uw organisatie.</translation>
    </message>
    <message>
        <source>The administrator needs a password.</source>
        <translation>De beheerder heeft een wachtwoord nodig.</translation>
    </message>
    <message>
        <source>This database has accounts already; the organisation was set up before.</source>
        <translation>Deze database heeft al accounts; de organisatie is al eerder ingericht.</translation>
    </message>
    <message>
        <source>Give the location at least one group.</source>
        <translation>Geef de locatie minstens één groep.</translation>
    </message>
</context>
<context>
    <name>kz::OrganisationStore</name>
    <message>
        <source>The location was not found.</source>
        <translation>De locatie is niet gevonden.</translation>
    </message>
    <message>
        <source>This location already has a group called &quot;%1&quot;.</source>
        <translation>Deze locatie heeft al een groep &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>This group was not found among the groups you may see.</source>
        <translation>Deze groep staat niet bij de groepen die u mag zien.</translation>
    </message>
    <message numerus="yes">
        <source>This group still has %n child(ren) who have not left; move them to another group or record that they left before archiving it.</source>
        <translation>
            <numerusform>Deze groep heeft nog %n kind dat niet vertrokken is; verplaats het naar een andere groep of leg vast dat het vertrokken is voordat u de groep archiveert.</numerusform>
            <numerusform>Deze groep heeft nog %n kinderen die niet vertrokken zijn; verplaats ze naar een andere groep of leg vast dat ze vertrokken zijn voordat u de groep archiveert.</numerusform>
        </translation>
    </message>
    <message>
        <source>This location was not found among the locations you may see.</source>
        <translation>Deze locatie staat niet bij de locaties die u mag zien.</translation>
    </message>
    <message>
        <source>This location is archived; choose a current location.</source>
        <translation>Deze locatie is gearchiveerd; kies een huidige locatie.</translation>
    </message>
    <message>
        <source>This location is archived already.</source>
        <translation>Deze locatie is al gearchiveerd.</translation>
    </message>
    <message numerus="yes">
        <source>This location still has %n child(ren) who have not left; move them to another location&apos;s group or record that they left before archiving it.</source>
        <translation>
            <numerusform>Deze locatie heeft nog %n kind dat niet vertrokken is; verplaats het naar een groep van een andere locatie of leg vast dat het vertrokken is voordat u de locatie archiveert.</numerusform>
            <numerusform>Deze locatie heeft nog %n kinderen die niet vertrokken zijn; verplaats ze naar een groep van een andere locatie of leg vast dat ze vertrokken zijn voordat u de locatie archiveert.</numerusform>
        </translation>
    </message>
    <message>
        <source>This group is archived already.</source>
        <translation>Deze groep is al gearchiveerd.</translation>
    </message>
    <message>
        <source>The organisation&apos;s name may not be empty.</source>
        <translation>De naam van de organisatie mag niet leeg zijn.</translation>
    </message>
    <message>
        <source>The organisation&apos;s name is longer than 200 characters.</source>
        <translation>De naam van de organisatie is langer dan 200 tekens.</translation>
    </message>
</context>
<context>
    <name>kz::OrganisationView</name>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (gearchiveerd)</translation>
    </message>
    <message>
        <source>Locations and groups</source>
        <translation>Locaties en groepen</translation>
    </message>
    <message>
        <source>Location added.</source>
        <translation>Locatie toegevoegd.</translation>
    </message>
    <message>
        <source>Group added.</source>
        <translation>Groep toegevoegd.</translation>
    </message>
    <message>
        <source>Changes saved.</source>
        <translation>Wijzigingen opgeslagen.</translation>
    </message>
    <message>
        <source>Archive the location &quot;%1&quot; and all its groups? They disappear from every choice; their history stays.</source>
        <translation>De locatie &quot;%1&quot; en al haar groepen archiveren? Ze verdwijnen uit elke keuzelijst; hun geschiedenis blijft bewaard.</translation>
    </message>
    <message>
        <source>Archive the group &quot;%1&quot;? It disappears from every choice; its history stays.</source>
        <translation>De groep &quot;%1&quot; archiveren? Ze verdwijnt uit elke keuzelijst; haar geschiedenis blijft bewaard.</translation>
    </message>
    <message>
        <source>Archive location</source>
        <translation>Locatie archiveren</translation>
    </message>
    <message>
        <source>Archive group</source>
        <translation>Groep archiveren</translation>
    </message>
    <message>
        <source>Location &quot;%1&quot; archived.</source>
        <translation>Locatie &quot;%1&quot; gearchiveerd.</translation>
    </message>
    <message>
        <source>Group &quot;%1&quot; archived.</source>
        <translation>Groep &quot;%1&quot; gearchiveerd.</translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation>Naam van de organisatie</translation>
    </message>
    <message>
        <source>Name of the organisation:</source>
        <translation>Naam van de organisatie:</translation>
    </message>
    <message>
        <source>Re&amp;name organisation...</source>
        <translation>Organisatie&amp;naam wijzigen...</translation>
    </message>
    <message>
        <source>New &amp;location...</source>
        <translation>Nieuwe &amp;locatie...</translation>
    </message>
    <message>
        <source>New &amp;group...</source>
        <translation>Nieuwe &amp;groep...</translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation>&amp;Bewerken...</translation>
    </message>
    <message>
        <source>F2, Enter or double-click</source>
        <translation>F2, Enter of dubbelklik</translation>
    </message>
    <message>
        <source>&amp;Archive...</source>
        <translation>&amp;Archiveren...</translation>
    </message>
    <message>
        <source>Show arc&amp;hived</source>
        <translation>Gearc&amp;hiveerde tonen</translation>
    </message>
    <message>
        <source>Location / group</source>
        <translation>Locatie / groep</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Ages</source>
        <translation>Leeftijden</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kindplaatsen</translation>
    </message>
    <message>
        <source>LRK number</source>
        <translation>LRK-nummer</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>District · neighbourhood</source>
        <translation>Stadsdeel · wijk</translation>
    </message>
    <message>
        <source>A location, with its groups below it</source>
        <translation>Een locatie, met haar groepen eronder</translation>
    </message>
    <message>
        <source>The kind of group</source>
        <translation>Het soort groep</translation>
    </message>
    <message>
        <source>The ages of the children in the group</source>
        <translation>De leeftijden van de kinderen in de groep</translation>
    </message>
    <message>
        <source>The number of places (kindplaatsen)</source>
        <translation>Het aantal kindplaatsen</translation>
    </message>
    <message>
        <source>The location&apos;s number in the national childcare register (LRK)</source>
        <translation>Het nummer van de locatie in het Landelijk Register Kinderopvang (LRK)</translation>
    </message>
    <message>
        <source>The location&apos;s address</source>
        <translation>Het adres van de locatie</translation>
    </message>
    <message>
        <source>The district and neighbourhood, for the social map</source>
        <translation>Het stadsdeel en de wijk, voor de sociale kaart</translation>
    </message>
</context>
<context>
    <name>kz::OutputFile</name>
    <message>
        <source>The disk is full: %1 could not be written. Make room in %2 and try again.</source>
        <translation>De schijf is vol: %1 kon niet worden geschreven. Maak ruimte vrij in %2 en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>%1 is on a read-only disk; nothing was written.</source>
        <translation>%1 staat op een alleen-lezen schijf; er is niets geschreven.</translation>
    </message>
    <message>
        <source>You may not write in %1 (read-only); nothing was written.</source>
        <translation>U mag niet schrijven in %1 (alleen-lezen); er is niets geschreven.</translation>
    </message>
    <message>
        <source>The disk failed while %1 was being written; try another disk.</source>
        <translation>De schijf gaf een fout bij het schrijven van %1; probeer een andere schijf.</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>%1 kon niet worden geschreven.</translation>
    </message>
    <message>
        <source>No file was given to write to.</source>
        <translation>Er is geen bestand opgegeven om naar te schrijven.</translation>
    </message>
    <message>
        <source>%1 is a folder; give a file name.</source>
        <translation>%1 is een map; geef een bestandsnaam op.</translation>
    </message>
    <message>
        <source>%1 is not an ordinary file; nothing was written.</source>
        <translation>%1 is geen gewoon bestand; er is niets geschreven.</translation>
    </message>
    <message>
        <source>%1 is a database; Kindzicht does not overwrite it with an export.</source>
        <translation>%1 is een database; Kindzicht overschrijft die niet met een export.</translation>
    </message>
    <message>
        <source>%1 belongs to a database; choose another name.</source>
        <translation>%1 hoort bij een database; kies een andere naam.</translation>
    </message>
</context>
<context>
    <name>kz::ParentSummaryComposer</name>
    <message>
        <source>A summary for parents is written in Dutch (nl) or English (en).</source>
        <translation>Een samenvatting voor ouders wordt geschreven in het Nederlands (nl) of het Engels (en).</translation>
    </message>
</context>
<context>
    <name>kz::ParentSummaryDialog</name>
    <message>
        <source>&amp;Print...</source>
        <translation>&amp;Afdrukken...</translation>
    </message>
    <message>
        <source>Save as P&amp;DF...</source>
        <translation>Opslaan als P&amp;DF...</translation>
    </message>
    <message>
        <source>Summary for the parents of %1</source>
        <translation>Samenvatting voor de ouders van %1</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <source>&amp;Language of the summary</source>
        <translation>&amp;Taal van de samenvatting</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>T&amp;itel</translation>
    </message>
    <message>
        <source>What goes &amp;well (first)</source>
        <translation>Wat &amp;goed gaat (eerst)</translation>
    </message>
    <message>
        <source>What we &amp;work on</source>
        <translation>Waar we aan &amp;werken</translation>
    </message>
    <message>
        <source>Tips for &amp;home</source>
        <translation>Tips voor thui&amp;s</translation>
    </message>
    <message>
        <source>Who can &amp;help</source>
        <translation>Wie kan &amp;helpen</translation>
    </message>
    <message>
        <source>&amp;Next conversation</source>
        <translation>&amp;Volgend gesprek</translation>
    </message>
    <message>
        <source>Nothing in the file says what goes well: write it here, it comes first.</source>
        <translation>In het dossier staat niet wat goed gaat: schrijf het hier op, het komt als eerste.</translation>
    </message>
    <message>
        <source>Too hard for language level B1</source>
        <translation>Te moeilijk voor taalniveau B1</translation>
    </message>
    <message>
        <source>Preview and print; what is printed is kept in the file</source>
        <translation>Afdrukvoorbeeld bekijken en afdrukken; wat wordt afgedrukt, wordt bewaard in het dossier</translation>
    </message>
    <message>
        <source>Save as PDF; what is saved is kept in the file</source>
        <translation>Opslaan als PDF; wat wordt opgeslagen, wordt bewaard in het dossier</translation>
    </message>
    <message>
        <source>Save the summary for the parents</source>
        <translation>De samenvatting voor de ouders opslaan</translation>
    </message>
    <message>
        <source>summary-for-parents.pdf</source>
        <translation>samenvatting-voor-ouders.pdf</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-documenten (*.pdf)</translation>
    </message>
    <message>
        <source>Write the summary again in the other language? Your changes to the text are lost.</source>
        <translation>De samenvatting opnieuw schrijven in de andere taal? Uw wijzigingen in de tekst gaan verloren.</translation>
    </message>
    <message>
        <source>Write what goes well: the summary starts with it.</source>
        <translation>Schrijf op wat goed gaat: de samenvatting begint daarmee.</translation>
    </message>
    <message>
        <source>Language level B1: every sentence is short and in everyday words.</source>
        <translation>Taalniveau B1: elke zin is kort en in gewone woorden.</translation>
    </message>
    <message numerus="yes">
        <source>Language level B1: %n point(s) to rewrite before printing.</source>
        <translation>
            <numerusform>Taalniveau B1: nog %n punt om te herschrijven voor het afdrukken.</numerusform>
            <numerusform>Taalniveau B1: nog %n punten om te herschrijven voor het afdrukken.</numerusform>
        </translation>
    </message>
    <message>
        <source>Summary for the parents saved to %1 and kept in the file.</source>
        <translation>Samenvatting voor de ouders opgeslagen in %1 en bewaard in het dossier.</translation>
    </message>
    <message>
        <source>Write what goes well first: a summary for parents starts with it.</source>
        <translation>Schrijf eerst op wat goed gaat: een samenvatting voor ouders begint daarmee.</translation>
    </message>
    <message>
        <source>Summary for the parents printed and kept in the file.</source>
        <translation>Samenvatting voor de ouders afgedrukt en bewaard in het dossier.</translation>
    </message>
</context>
<context>
    <name>kz::ParentSummaryStore</name>
    <message>
        <source>A summary for parents is written in Dutch (nl) or English (en).</source>
        <translation>Een samenvatting voor ouders wordt geschreven in het Nederlands (nl) of het Engels (en).</translation>
    </message>
    <message>
        <source>Write what goes well first: a summary for parents starts with it.</source>
        <translation>Schrijf eerst op wat goed gaat: een samenvatting voor ouders begint daarmee.</translation>
    </message>
</context>
<context>
    <name>kz::ParentTipStore</name>
    <message>
        <source>Tips are written in Dutch (nl) or English (en).</source>
        <translation>Tips worden geschreven in het Nederlands (nl) of het Engels (en).</translation>
    </message>
</context>
<context>
    <name>kz::PartnerChanges</name>
    <message>
        <source>(empty)</source>
        <translation>(leeg)</translation>
    </message>
    <message>
        <source>%1 to %2 years</source>
        <translation>%1 tot %2 jaar</translation>
    </message>
    <message>
        <source>from %1 years</source>
        <translation>vanaf %1 jaar</translation>
    </message>
    <message>
        <source>up to %1 years</source>
        <translation>tot %1 jaar</translation>
    </message>
    <message>
        <source>any age</source>
        <translation>elke leeftijd</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 door %2</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actief</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inactief</translation>
    </message>
    <message>
        <source>defunct</source>
        <translation>opgeheven</translation>
    </message>
    <message>
        <source>temporarily closed</source>
        <translation>tijdelijk gesloten</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>(drops %1)</source>
        <translation>(haalt %1 weg)</translation>
    </message>
    <message>
        <source>name</source>
        <translation>naam</translation>
    </message>
    <message>
        <source>description</source>
        <translation>omschrijving</translation>
    </message>
    <message>
        <source>category</source>
        <translation>categorie</translation>
    </message>
    <message>
        <source>address</source>
        <translation>adres</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>telefoon</translation>
    </message>
    <message>
        <source>email</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>website</source>
        <translation>website</translation>
    </message>
    <message>
        <source>ages</source>
        <translation>leeftijden</translation>
    </message>
    <message>
        <source>audience</source>
        <translation>doelgroep</translation>
    </message>
    <message>
        <source>languages</source>
        <translation>talen</translation>
    </message>
    <message>
        <source>wijken</source>
        <translation>wijken</translation>
    </message>
    <message>
        <source>services</source>
        <translation>aanbod</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>verification</source>
        <translation>controle</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>contactpersonen</translation>
    </message>
</context>
<context>
    <name>kz::PartnerCsv</name>
    <message>
        <source>Line %1 has no column with the partner&apos;s name (&quot;naam&quot; or &quot;name&quot;); is this the header line of a partner list?</source>
        <translation>Regel %1 heeft geen kolom met de naam van de partner (&quot;naam&quot; of &quot;name&quot;); is dit de kopregel van een partnerlijst?</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>regel %1</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) where the header has %1.</source>
        <translation>
            <numerusform>%n veld waar de kopregel er %1 heeft.</numerusform>
            <numerusform>%n velden waar de kopregel er %1 heeft.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an age in years (like 2, 4 jaar or 18 maanden).</source>
        <translation>&quot;%1&quot; is geen leeftijd in jaren (zoals 2, 4 jaar of 18 maanden).</translation>
    </message>
    <message>
        <source>Unknown audience &quot;%1&quot;; use children, parents or professionals.</source>
        <translation>Onbekende doelgroep &quot;%1&quot;; gebruik kinderen, ouders of professionals.</translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot;.</source>
        <translation>Onbekende status &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (like 2026-03-01 or 1-3-2026).</source>
        <translation>&quot;%1&quot; is geen datum (zoals 2026-03-01 of 1-3-2026).</translation>
    </message>
    <message>
        <source>The name is empty.</source>
        <translation>De naam is leeg.</translation>
    </message>
    <message>
        <source>The file has no header line; is this a partner list?</source>
        <translation>Het bestand heeft geen kopregel; is dit een partnerlijst?</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; starts with &quot;%2&quot;: a spreadsheet would run it as a formula</source>
        <translation>kolom &quot;%1&quot; begint met &quot;%2&quot;: een spreadsheet zou dit als formule uitvoeren</translation>
    </message>
</context>
<context>
    <name>kz::PartnerDialog</name>
    <message>
        <source>not stated</source>
        <translation>niet vermeld</translation>
    </message>
    <message>
        <source> years</source>
        <translation> jaar</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Kinderen</translation>
    </message>
    <message>
        <source>Parents</source>
        <translation>Ouders</translation>
    </message>
    <message>
        <source>Professionals</source>
        <translation>Professionals</translation>
    </message>
    <message>
        <source>New partner</source>
        <translation>Nieuwe partner</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bewerken</translation>
    </message>
    <message>
        <source>One per line, e.g. Voorleesuurtje</source>
        <translation>Eén per regel, bijvoorbeeld Voorleesuurtje</translation>
    </message>
    <message>
        <source>2593 AB</source>
        <translation>2593 AB</translation>
    </message>
    <message>
        <source>https://...</source>
        <translation>https://...</translation>
    </message>
    <message>
        <source>Nederlands, Turks, Arabisch</source>
        <translation>Nederlands, Turks, Arabisch</translation>
    </message>
    <message>
        <source>Wijken or stadsdelen, separated by commas</source>
        <translation>Wijken of stadsdelen, gescheiden door komma&apos;s</translation>
    </message>
    <message>
        <source>from</source>
        <translation>van</translation>
    </message>
    <message>
        <source>to</source>
        <translation>tot</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>&amp;Categorie</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Omschrijving</translation>
    </message>
    <message>
        <source>Ser&amp;vices</source>
        <translation>&amp;Aanbod</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Adres</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Telefoon</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>&amp;Website</source>
        <translation>&amp;Website</translation>
    </message>
    <message>
        <source>A&amp;ges</source>
        <translation>&amp;Leeftijden</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Doelgroep</translation>
    </message>
    <message>
        <source>&amp;Languages</source>
        <translation>T&amp;alen</translation>
    </message>
    <message>
        <source>Neigh&amp;bourhoods</source>
        <translation>Wij&amp;ken</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>S&amp;tatus</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactpersonen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Functie</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>Contactpersoon toevoegen</translation>
    </message>
    <message>
        <source>Remove contact</source>
        <translation>Contactpersoon verwijderen</translation>
    </message>
    <message>
        <source>Street and number</source>
        <translation>Straat en huisnummer</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Country code</source>
        <translation>Landcode</translation>
    </message>
    <message>
        <source>Minimum age</source>
        <translation>Minimumleeftijd</translation>
    </message>
    <message>
        <source>Maximum age</source>
        <translation>Maximumleeftijd</translation>
    </message>
    <message>
        <source>The contact person&apos;s name</source>
        <translation>De naam van de contactpersoon</translation>
    </message>
    <message>
        <source>What the contact person does</source>
        <translation>Wat de contactpersoon doet</translation>
    </message>
    <message>
        <source>A direct phone number</source>
        <translation>Een direct telefoonnummer</translation>
    </message>
    <message>
        <source>A direct e-mail address</source>
        <translation>Een direct e-mailadres</translation>
    </message>
    <message>
        <source>Name: %1
Address: %2, %3 %4
Phone: %5
Email: %6
Website: %7
Ages: %8 to %9
Status: %10
Languages: %11
Areas: %12
Services: %13
Contacts: %14
Description: %15</source>
        <translation>Naam: %1
Adres: %2, %3 %4
Telefoon: %5
E-mail: %6
Website: %7
Leeftijden: %8 tot %9
Status: %10
Talen: %11
Wijken: %12
Aanbod: %13
Contactpersonen: %14
Beschrijving: %15</translation>
    </message>
</context>
<context>
    <name>kz::PartnerFit</name>
    <message>
        <source>helps with %1</source>
        <translation>helpt bij %1</translation>
    </message>
    <message>
        <source>general help for level 3, not specific to %1</source>
        <translation>algemene hulp voor niveau 3, niet specifiek voor %1</translation>
    </message>
    <message>
        <source>specialised help for level 3</source>
        <translation>gespecialiseerde hulp voor niveau 3</translation>
    </message>
    <message>
        <source>basic help, not specialised</source>
        <translation>basishulp, niet gespecialiseerd</translation>
    </message>
    <message>
        <source>meant for level %1</source>
        <translation>bedoeld voor niveau %1</translation>
    </message>
    <message>
        <source>serves %1</source>
        <translation>werkt in %1</translation>
    </message>
    <message>
        <source>does not serve %1</source>
        <translation>werkt niet in %1</translation>
    </message>
    <message>
        <source>speaks %1</source>
        <translation>spreekt %1</translation>
    </message>
    <message>
        <source>details not verified recently</source>
        <translation>gegevens niet recent gecontroleerd</translation>
    </message>
</context>
<context>
    <name>kz::PartnerHsds</name>
    <message>
        <source>expected text</source>
        <translation>tekst verwacht</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>getal verwacht</translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation>lijst (array) verwacht</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>object verwacht</translation>
    </message>
    <message>
        <source>expected a UUID</source>
        <translation>UUID verwacht</translation>
    </message>
    <message>
        <source>the organization&apos;s name is missing</source>
        <translation>de naam van de organisatie ontbreekt</translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot;</source>
        <translation>onbekende status &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected a date (YYYY-MM-DD)</source>
        <translation>datum verwacht (JJJJ-MM-DD)</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Het bestand is leeg.</translation>
    </message>
    <message>
        <source>Line %1 is not valid JSON: %2.</source>
        <translation>Regel %1 is geen geldige JSON: %2.</translation>
    </message>
    <message>
        <source>$: expected an HSDS organization or an array of organizations.</source>
        <translation>$: een HSDS-organisatie of een lijst (array) van organisaties verwacht.</translation>
    </message>
    <message>
        <source>%1: expected an organization object</source>
        <translation>%1: organisatie-object verwacht</translation>
    </message>
    <message>
        <source>the number is out of range</source>
        <translation>het getal valt buiten het bereik</translation>
    </message>
</context>
<context>
    <name>kz::PartnerImport</name>
    <message>
        <source>the same partner as %1</source>
        <translation>dezelfde partner als %1</translation>
    </message>
    <message>
        <source>new category &quot;%1&quot;</source>
        <translation>nieuwe categorie &quot;%1&quot;</translation>
    </message>
    <message>
        <source>new wijk &quot;%1&quot;</source>
        <translation>nieuwe wijk &quot;%1&quot;</translation>
    </message>
    <message>
        <source>new wijk &quot;%1&quot; in %2</source>
        <translation>nieuwe wijk &quot;%1&quot; in %2</translation>
    </message>
    <message>
        <source>The sociale kaart changed since the preview (another import?); nothing was written. Look at the preview again.</source>
        <translation>De sociale kaart is gewijzigd sinds het voorbeeld (een andere import?); er is niets opgeslagen. Bekijk het voorbeeld opnieuw.</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>This import narrows or empties fields of partners on the sociale kaart; nothing was written. Confirm these changes first:
%1</source>
        <translation>Deze import beperkt velden van partners op de sociale kaart of maakt ze leeg; er is niets geschreven. Bevestig eerst deze wijzigingen:
%1</translation>
    </message>
</context>
<context>
    <name>kz::PartnerImportDialog</name>
    <message>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Bijwerken</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Ongewijzigd</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Geweigerd</translation>
    </message>
    <message>
        <source>Import into the social map</source>
        <translation>Importeren in de sociale kaart</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2): %3 to add, %4 to update, %5 unchanged, %6 rejected.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2): %3 toe te voegen, %4 bij te werken, %5 ongewijzigd, %6 geweigerd.</translation>
    </message>
    <message>
        <source>Columns not used: %1</source>
        <translation>Kolommen niet gebruikt: %1</translation>
    </message>
    <message>
        <source>Rejected rows are skipped; correct the file and import it again to add them.</source>
        <translation>Geweigerde regels worden overgeslagen; verbeter het bestand en importeer het opnieuw om ze toe te voegen.</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Waar</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Import: add %1, update %2</source>
        <translation>Importeren: %1 toevoegen, %2 bijwerken</translation>
    </message>
    <message>
        <source>%1 (in %2)</source>
        <translation>%1 (in %2)</translation>
    </message>
    <message>
        <source>New categories: %1</source>
        <translation>Nieuwe categorieën: %1</translation>
    </message>
    <message>
        <source>New neighbourhoods: %1</source>
        <translation>Nieuwe wijken: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) drop wijken or other details, or empty a field: you are asked to confirm them.</source>
        <translation>
            <numerusform>%n wijziging haalt wijken of andere gegevens weg, of maakt een veld leeg: u wordt gevraagd die te bevestigen.</numerusform>
            <numerusform>%n wijzigingen halen wijken of andere gegevens weg, of maken een veld leeg: u wordt gevraagd ze te bevestigen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The line or record in the file</source>
        <translation>De regel of het record in het bestand</translation>
    </message>
    <message>
        <source>Added, updated, unchanged or rejected</source>
        <translation>Toegevoegd, bijgewerkt, ongewijzigd of geweigerd</translation>
    </message>
    <message>
        <source>The organisation it concerns</source>
        <translation>De organisatie waar het om gaat</translation>
    </message>
    <message>
        <source>What changes, or why it is rejected</source>
        <translation>Wat er verandert, of waarom het geweigerd is</translation>
    </message>
    <message>
        <source>What the import does, row by row</source>
        <translation>Wat de import doet, regel voor regel</translation>
    </message>
    <message>
        <source>%1 (narrows)</source>
        <translation>%1 (beperkt)</translation>
    </message>
    <message>
        <source>Confirm narrower details</source>
        <translation>Beperktere gegevens bevestigen</translation>
    </message>
    <message>
        <source>This import drops wijken or other details of partners, or empties a field. A practitioner looking for help in a dropped wijk will no longer find the partner.</source>
        <translation>Deze import haalt wijken of andere gegevens van partners weg, of maakt een veld leeg. Een pedagogisch medewerker die hulp zoekt in een weggehaalde wijk, vindt de partner dan niet meer.</translation>
    </message>
    <message>
        <source>&amp;Import these changes</source>
        <translation>Deze wijzigingen &amp;importeren</translation>
    </message>
</context>
<context>
    <name>kz::PartnerListModel</name>
    <message>
        <source>%1 to %2 years</source>
        <translation>%1 tot %2 jaar</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nooit</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>Neighbourhoods</source>
        <translation>Wijken</translation>
    </message>
    <message>
        <source>Ages</source>
        <translation>Leeftijd</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last verified</source>
        <translation>Laatst gecontroleerd</translation>
    </message>
    <message>
        <source>all ages</source>
        <translation>alle leeftijden</translation>
    </message>
    <message>
        <source>from %1 years</source>
        <translation>vanaf %1 jaar</translation>
    </message>
    <message>
        <source>up to %1 years</source>
        <translation>tot %1 jaar</translation>
    </message>
    <message numerus="yes">
        <source>Not verified in the last %n month(s): check the details.</source>
        <translation>
            <numerusform>Niet gecontroleerd in de laatste %n maand: controleer de gegevens.</numerusform>
            <numerusform>Niet gecontroleerd in de laatste %n maanden: controleer de gegevens.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (check)</source>
        <translation>%1 (controleren)</translation>
    </message>
</context>
<context>
    <name>kz::PartnerStore</name>
    <message>
        <source>The category &quot;%1&quot; does not exist.</source>
        <translation>De categorie &quot;%1&quot; bestaat niet.</translation>
    </message>
    <message>
        <source>A partner with this identifier exists already.</source>
        <translation>Er bestaat al een partner met deze identificatie.</translation>
    </message>
    <message>
        <source>This partner was not found.</source>
        <translation>Deze partner is niet gevonden.</translation>
    </message>
    <message>
        <source>A partner changed while the import was being prepared; read the file again.</source>
        <translation>Een partner is gewijzigd terwijl de import werd voorbereid; lees het bestand opnieuw in.</translation>
    </message>
    <message>
        <source>An area needs a name.</source>
        <translation>Een wijk heeft een naam nodig.</translation>
    </message>
    <message>
        <source>The verification period must be between 1 and 60 months.</source>
        <translation>De controletermijn moet tussen 1 en 60 maanden liggen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; with this postcode is in the sociale kaart already.</source>
        <translation>&quot;%1&quot; met deze postcode staat al in de sociale kaart.</translation>
    </message>
</context>
<context>
    <name>kz::PasswordDialog</name>
    <message>
        <source>Change your password</source>
        <translation>Je wachtwoord wijzigen</translation>
    </message>
    <message>
        <source>Choose a new password for %1.</source>
        <translation>Kies een nieuw wachtwoord voor %1.</translation>
    </message>
    <message>
        <source>&amp;Current password</source>
        <translation>&amp;Huidig wachtwoord</translation>
    </message>
    <message>
        <source>First administrator</source>
        <translation>Eerste beheerder</translation>
    </message>
    <message>
        <source>This database has no accounts yet. Make the first administrator: she creates the other accounts, locations and groups.</source>
        <translation>Deze database heeft nog geen accounts. Maak de eerste beheerder: die maakt de andere accounts, locaties en groepen aan.</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Gebruikersnaam</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <source>At least 10 characters with letters and digits or other signs, or 16 of any kind.</source>
        <translation>Minstens 10 tekens met letters en cijfers of andere tekens, of 16 van één soort.</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>&amp;Nieuw wachtwoord</translation>
    </message>
    <message>
        <source>&amp;Repeat</source>
        <translation>&amp;Herhaal</translation>
    </message>
    <message>
        <source>The two new passwords are not the same.</source>
        <translation>De twee nieuwe wachtwoorden zijn niet gelijk.</translation>
    </message>
</context>
<context>
    <name>kz::PasswordHasher</name>
    <message>
        <source>The cryptography library could not start.</source>
        <translation>De cryptografiebibliotheek kon niet starten.</translation>
    </message>
    <message>
        <source>There was not enough memory to protect the password.</source>
        <translation>Er was niet genoeg geheugen om het wachtwoord te beveiligen.</translation>
    </message>
</context>
<context>
    <name>kz::PlainLanguageCheck</name>
    <message>
        <source>Long sentence (%1 words; keep to about %2): %3</source>
        <translation>Lange zin (%1 woorden; houd het bij ongeveer %2): %3</translation>
    </message>
    <message>
        <source>Professional word &quot;%1&quot;: say it in everyday words. %2</source>
        <translation>Vakwoord &quot;%1&quot;: zeg het in gewone woorden. %2</translation>
    </message>
</context>
<context>
    <name>kz::PostgresLogins</name>
    <message>
        <source>The server already has a login named %1 that is not an everyday Kindzicht login; choose another user name, or ask whoever looks after the server. Nothing was changed.</source>
        <translation>De server heeft al een login met de naam %1 die geen gewone Kindzicht-login is; kies een andere gebruikersnaam, of vraag het aan wie de server beheert. Er is niets gewijzigd.</translation>
    </message>
</context>
<context>
    <name>kz::PrintPreview</name>
    <message>
        <source>Print preview - %1</source>
        <translation>Afdrukvoorbeeld - %1</translation>
    </message>
</context>
<context>
    <name>kz::ReceiptDialog</name>
    <message>
        <source>Receipt by the school</source>
        <translation>Ontvangst door de school</translation>
    </message>
    <message>
        <source>e.g. the intern begeleider, M. Jansen</source>
        <translation>bijv. de intern begeleider, M. Jansen</translation>
    </message>
    <message>
        <source>&amp;Received on:</source>
        <translation>&amp;Ontvangen op:</translation>
    </message>
    <message>
        <source>Received &amp;by:</source>
        <translation>Ontvangen &amp;door:</translation>
    </message>
</context>
<context>
    <name>kz::RecoveryCodeDialog</name>
    <message>
        <source>Recovery code</source>
        <translation>Herstelcode</translation>
    </message>
    <message>
        <source>Backup key %1 is made and its recovery file was written to %2.

This recovery code opens the automatic backups as well. Print the recovery sheet now and keep it locked away: the code is not shown again.</source>
        <translation>Back-upsleutel %1 is gemaakt en het herstelbestand is geschreven naar %2.

Deze herstelcode opent ook de automatische back-ups. Druk het herstelblad nu af en bewaar het achter slot: de code wordt niet nog eens getoond.</translation>
    </message>
    <message>
        <source>&amp;Print the recovery sheet...</source>
        <translation>Herstelblad &amp;afdrukken...</translation>
    </message>
    <message>
        <source>Save as P&amp;DF...</source>
        <translation>Opslaan als P&amp;DF...</translation>
    </message>
    <message>
        <source>Save the recovery sheet</source>
        <translation>Het herstelblad opslaan</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-documenten (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to %1: print it, then delete the file.</source>
        <translation>Opgeslagen in %1: druk het af en verwijder daarna het bestand.</translation>
    </message>
</context>
<context>
    <name>kz::RecoverySheet</name>
    <message>
        <source>Kindzicht recovery sheet</source>
        <translation>Kindzicht-herstelblad</translation>
    </message>
    <message>
        <source>Backup key %1, made on %2</source>
        <translation>Back-upsleutel %1, gemaakt op %2</translation>
    </message>
    <message>
        <source>Recovery file: %1</source>
        <translation>Herstelbestand: %1</translation>
    </message>
    <message>
        <source>This code opens every automatic backup made with this key. Keep the sheet locked away, apart from the computer and the backups, and never store it as a file.</source>
        <translation>Deze code opent elke automatische back-up die met deze sleutel is gemaakt. Bewaar het blad achter slot, apart van de computer en de back-ups, en bewaar het nooit als bestand.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Herstelcode</translation>
    </message>
    <message>
        <source>Install Kindzicht on a working computer and copy the newest backup (a .kzbackup file) from the backup folder to it.</source>
        <translation>Installeer Kindzicht op een computer die werkt en kopieer de nieuwste back-up (een .kzbackup-bestand) uit de back-upmap naar die computer.</translation>
    </message>
    <message>
        <source>In Kindzicht: Administration, Retention and backup, Restore into a new file. Choose the backup, then the recovery file and its passphrase; or type this code instead.</source>
        <translation>In Kindzicht: Beheer, Bewaartermijn en back-up, Terugzetten in een nieuw bestand. Kies de back-up, dan het herstelbestand en de wachtzin ervan; of typ in plaats daarvan deze code.</translation>
    </message>
    <message>
        <source>On the command line, where the code is asked for (or give --recovery-file FILE and its passphrase):</source>
        <translation>Op de opdrachtregel, waar om de code wordt gevraagd (of geef --recovery-file BESTAND en de wachtzin ervan):</translation>
    </message>
    <message>
        <source>Kindzicht checks the backup before it writes the new database; a damaged backup or a mistyped code is reported and nothing is written.</source>
        <translation>Kindzicht controleert de back-up voordat de nieuwe database wordt geschreven; een beschadigde back-up of een verkeerd getypte code wordt gemeld en er wordt niets geschreven.</translation>
    </message>
    <message>
        <source>When the backup key is replaced, keep this sheet as long as backups made with this key are kept (at most the backup plan&apos;s months).</source>
        <translation>Als de back-upsleutel wordt vervangen, bewaar dit blad dan zolang er back-ups met deze sleutel worden bewaard (hoogstens zoveel maanden als het back-upschema aangeeft).</translation>
    </message>
    <message>
        <source>Restoring a backup</source>
        <translation>Een back-up terugzetten</translation>
    </message>
    <message>
        <source>Kept by</source>
        <translation>Bewaard door</translation>
    </message>
    <message>
        <source>Where the recovery file is kept: ______________________________</source>
        <translation>Waar het herstelbestand wordt bewaard: ______________________________</translation>
    </message>
    <message>
        <source>Who knows its passphrase: ______________________________</source>
        <translation>Wie de wachtzin ervan kent: ______________________________</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>pagina %1 van %2</translation>
    </message>
</context>
<context>
    <name>kz::ReferralDialog</name>
    <message>
        <source>Refer to a partner</source>
        <translation>Verwijzen naar een partner</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Aangemeld</translation>
    </message>
    <message>
        <source>On the waiting list</source>
        <translation>Op de wachtlijst</translation>
    </message>
    <message>
        <source>Help has started</source>
        <translation>Hulp is gestart</translation>
    </message>
    <message>
        <source>&amp;Referred on</source>
        <translation>&amp;Verwezen op</translation>
    </message>
    <message>
        <source>&amp;State</source>
        <translation>&amp;Stand</translation>
    </message>
    <message>
        <source>Choose a partner from the list.</source>
        <translation>Kies een partner uit de lijst.</translation>
    </message>
    <message>
        <source>Suggested for this need</source>
        <translation>Voorgesteld bij deze signalering</translation>
    </message>
    <message>
        <source>Other partners</source>
        <translation>Andere partners</translation>
    </message>
    <message>
        <source>Search the social map</source>
        <translation>Zoek op de sociale kaart</translation>
    </message>
    <message>
        <source>Partners, the best fit for this need first</source>
        <translation>Partners, de best passende voor deze signalering eerst</translation>
    </message>
</context>
<context>
    <name>kz::ReferralStore</name>
    <message>
        <source>This support need was not found.</source>
        <translation>Deze signalering is niet gevonden.</translation>
    </message>
    <message>
        <source>The chosen partner does not exist.</source>
        <translation>De gekozen partner bestaat niet.</translation>
    </message>
    <message>
        <source>The chosen partner no longer exists; choose another.</source>
        <translation>De gekozen partner bestaat niet meer; kies een andere.</translation>
    </message>
    <message>
        <source>This referral was not found.</source>
        <translation>Deze verwijzing is niet gevonden.</translation>
    </message>
</context>
<context>
    <name>kz::RelativeTime</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n week</numerusform>
            <numerusform>%n weken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n maand</numerusform>
            <numerusform>%n maanden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n jaar</numerusform>
            <numerusform>%n jaar</numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation>vandaag</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>gisteren</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>morgen</translation>
    </message>
    <message>
        <source>in %1</source>
        <comment>a time from now: in 3 weeks</comment>
        <translation>over %1</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <comment>a time past: 3 weeks ago</comment>
        <translation>%1 geleden</translation>
    </message>
</context>
<context>
    <name>kz::Retention</name>
    <message>
        <source>The retention period must be between 1 and 240 months.</source>
        <translation>De bewaartermijn moet tussen 1 en 240 maanden liggen.</translation>
    </message>
    <message>
        <source>Removing children&apos;s files from the organisation&apos;s server needs the rights of its owner (kindzicht_owner). Ask whoever looks after the server to run the purge; nothing was removed.</source>
        <translation>Voor het verwijderen van dossiers van kinderen van de server van de organisatie zijn de rechten van de eigenaar nodig (kindzicht_owner). Vraag wie de server beheert om het opschonen uit te voeren; er is niets verwijderd.</translation>
    </message>
</context>
<context>
    <name>kz::RowVersion</name>
    <message>
        <source>This record no longer exists; it was removed after you opened it.</source>
        <translation>Dit gegeven bestaat niet meer; het is verwijderd nadat u het opende.</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>iemand anders</translation>
    </message>
    <message>
        <source>Changed by %1 on %2 at %3, after you opened it. Nothing of yours was saved yet.</source>
        <translation>Gewijzigd door %1 op %2 om %3, nadat u het opende. Van uw wijzigingen is nog niets opgeslagen.</translation>
    </message>
    <message>
        <source>Changed by %1 after you opened it. Nothing of yours was saved yet.</source>
        <translation>Gewijzigd door %1 nadat u het opende. Van uw wijzigingen is nog niets opgeslagen.</translation>
    </message>
</context>
<context>
    <name>kz::ScratchFolder</name>
    <message>
        <source>No private working folder could be made in %1.</source>
        <translation>Er kon geen eigen werkmap worden gemaakt in %1.</translation>
    </message>
</context>
<context>
    <name>kz::SearchView</name>
    <message numerus="yes">
        <source>%n observation(s) found</source>
        <translation>
            <numerusform>%n observatie gevonden</numerusform>
            <numerusform>%n observaties gevonden</numerusform>
        </translation>
    </message>
    <message>
        <source>Search observations</source>
        <translation>Observaties zoeken</translation>
    </message>
    <message>
        <source>Words from the notes, for example: cafe puzzel (Ctrl+F)</source>
        <translation>Woorden uit de notities, bijvoorbeeld: cafe puzzel (Ctrl+F)</translation>
    </message>
    <message>
        <source>Tab to a name and press Enter to open the dossier there</source>
        <translation>Tab naar een naam en druk op Enter om het dossier daar te openen</translation>
    </message>
    <message>
        <source>No observation of the children you may see contains &quot;%1&quot;. Try fewer words, or another form of the word (&quot;puzzel&quot; instead of &quot;puzzelde&quot;).</source>
        <translation>Geen observatie van de kinderen die u mag zien bevat &quot;%1&quot;. Probeer minder woorden, of een andere vorm van het woord (&quot;puzzel&quot; in plaats van &quot;puzzelde&quot;).</translation>
    </message>
    <message>
        <source>Type one or more words from the notes to find observations.</source>
        <translation>Typ een of meer woorden uit de notities om observaties te vinden.</translation>
    </message>
    <message>
        <source>You find only observations of the children you may see; restricted notes only when you may read them.</source>
        <translation>U vindt alleen observaties van de kinderen die u mag zien; afgeschermde notities alleen als u ze mag lezen.</translation>
    </message>
    <message>
        <source>Capitals and accents do not matter: &quot;cafe&quot; also finds &quot;Café&quot;. Several words find notes with all of them.</source>
        <translation>Hoofdletters en accenten maken niet uit: &quot;cafe&quot; vindt ook &quot;Café&quot;. Met meerdere woorden vindt u notities die ze allemaal bevatten.</translation>
    </message>
    <message>
        <source>Press Tab to reach a result and Enter to open the child&apos;s file at that note.</source>
        <translation>Druk op Tab om bij een resultaat te komen en op Enter om het dossier van het kind bij die notitie te openen.</translation>
    </message>
</context>
<context>
    <name>kz::ServerConnectDialog</name>
    <message>
        <source>Connect to the organisation&apos;s server</source>
        <translation>Verbinding maken met de server van de organisatie</translation>
    </message>
    <message>
        <source>Kindzicht keeps the organisation&apos;s data on one PostgreSQL server. Ask whoever looks after it for these details; this computer remembers them, never your password.</source>
        <translation>Kindzicht bewaart de gegevens van de organisatie op één PostgreSQL-server. Vraag deze gegevens aan wie de server beheert; deze computer onthoudt ze, maar nooit uw wachtwoord.</translation>
    </message>
    <message>
        <source>e.g. kindzicht.organisation.nl</source>
        <translation>bijv. kindzicht.organisatie.nl</translation>
    </message>
    <message>
        <source>Encrypted, the server&apos;s certificate checked (recommended)</source>
        <translation>Versleuteld, certificaat van de server gecontroleerd (aanbevolen)</translation>
    </message>
    <message>
        <source>Encrypted, the certificate not checked</source>
        <translation>Versleuteld, certificaat niet gecontroleerd</translation>
    </message>
    <message>
        <source>Not encrypted (only on this computer or a closed network)</source>
        <translation>Niet versleuteld (alleen op deze computer of een afgesloten netwerk)</translation>
    </message>
    <message>
        <source>only when the server asks for one</source>
        <translation>alleen als de server erom vraagt</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>&amp;Server</translation>
    </message>
    <message>
        <source>P&amp;ort</source>
        <translation>P&amp;oort</translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation>&amp;Database</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Gebruikersnaam</translation>
    </message>
    <message>
        <source>S&amp;ecurity</source>
        <translation>B&amp;eveiliging</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Wachtwoord</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Co&amp;nnect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>(not complete yet)</source>
        <translation>(nog niet volledig)</translation>
    </message>
</context>
<context>
    <name>kz::ServerSetup</name>
    <message>
        <source>%1 holds a Kindzicht database already (schema version %2); nothing was changed. To bring it to this version of Kindzicht: kindzicht-cli server upgrade %1</source>
        <translation>%1 bevat al een Kindzicht-database (schemaversie %2); er is niets veranderd. Om die naar deze versie van Kindzicht te brengen: kindzicht-cli server upgrade %1</translation>
    </message>
    <message>
        <source>The database %1 is not empty: server init prepares an empty database only (make one with createdb). Nothing was changed.</source>
        <translation>De database %1 is niet leeg: server init maakt alleen een lege database klaar (maak er een met createdb). Er is niets veranderd.</translation>
    </message>
    <message>
        <source>Preparing %1 needs the server&apos;s superuser (postgres) or the database&apos;s owner with the right to create roles (CREATEROLE). Nothing was changed.</source>
        <translation>Voor het klaarmaken van %1 is de superuser van de server (postgres) nodig, of de eigenaar van de database met het recht om rollen te maken (CREATEROLE). Er is niets veranderd.</translation>
    </message>
    <message>
        <source>%1 holds no Kindzicht database yet; prepare it with kindzicht-cli server init.</source>
        <translation>%1 bevat nog geen Kindzicht-database; maak die klaar met kindzicht-cli server init.</translation>
    </message>
</context>
<context>
    <name>kz::SetAsideText</name>
    <message>
        <source>What you typed</source>
        <translation>Wat u typte</translation>
    </message>
    <message>
        <source>Your version, set aside when you started again from theirs. Copy what you still need into the form.</source>
        <translation>Uw versie, apart gezet toen u opnieuw begon met hun versie. Kopieer wat u nog nodig hebt naar het formulier.</translation>
    </message>
    <message>
        <source>&amp;Copy all</source>
        <translation>Alles &amp;kopiëren</translation>
    </message>
</context>
<context>
    <name>kz::SetupGroupsEditor</name>
    <message>
        <source>Remove this group</source>
        <translation>Deze groep verwijderen</translation>
    </message>
    <message>
        <source>Name of group %1</source>
        <translation>Naam van groep %1</translation>
    </message>
    <message>
        <source>Kind of group %1</source>
        <translation>Soort van groep %1</translation>
    </message>
    <message>
        <source>Capacity of group %1</source>
        <translation>Kindplaatsen van groep %1</translation>
    </message>
    <message>
        <source>&amp;Add a group</source>
        <translation>&amp;Groep toevoegen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Ages</source>
        <translation>Leeftijden</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kindplaatsen</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Groepen</translation>
    </message>
    <message>
        <source>The group&apos;s name, as everyone at the location calls it</source>
        <translation>De naam van de groep, zoals iedereen op de locatie haar noemt</translation>
    </message>
    <message>
        <source>Day care, pre-school or out-of-school care</source>
        <translation>Kinderdagverblijf, peuteropvang of buitenschoolse opvang</translation>
    </message>
    <message>
        <source>The ages of the children in the group, from and until</source>
        <translation>De leeftijden van de kinderen in de groep, van en tot</translation>
    </message>
    <message>
        <source>The number of places (kindplaatsen)</source>
        <translation>Het aantal kindplaatsen</translation>
    </message>
</context>
<context>
    <name>kz::SetupWizard</name>
    <message>
        <source>I am also the &amp;locatiemanager of this location</source>
        <translation>Ik ben ook de &amp;locatiemanager van deze locatie</translation>
    </message>
    <message>
        <source>Start with your own organisation</source>
        <translation>Beginnen met uw eigen organisatie</translation>
    </message>
    <message>
        <source>&amp;Name of the organisation</source>
        <translation>&amp;Naam van de organisatie</translation>
    </message>
    <message>
        <source>Your organisation</source>
        <translation>Uw organisatie</translation>
    </message>
    <message>
        <source>Kindzicht keeps the children, observations and support needs of your own locations. Start with the name of the organisation; everything here can be changed later under Administration.</source>
        <translation>Kindzicht bewaart de kinderen, observaties en signaleringen van uw eigen locaties. Begin met de naam van de organisatie; alles hier kunt u later wijzigen onder Beheer.</translation>
    </message>
    <message>
        <source>The first location</source>
        <translation>De eerste locatie</translation>
    </message>
    <message>
        <source>Its groups</source>
        <translation>De groepen</translation>
    </message>
    <message>
        <source>At least one group. The age range says which children belong in it; choose months or years.</source>
        <translation>Minstens één groep. De leeftijden geven aan welke kinderen erin horen; kies maanden of jaren.</translation>
    </message>
    <message>
        <source>The first administrator: you</source>
        <translation>De eerste beheerder: u</translation>
    </message>
    <message>
        <source>The administrator makes the accounts of the other staff, and the locations and groups. As locatiemanager she may also enrol the children of this location.</source>
        <translation>De beheerder maakt de accounts van de andere medewerkers aan, en de locaties en groepen. Als locatiemanager mag zij ook de kinderen van deze locatie inschrijven.</translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation>&amp;Uw naam</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Gebruikersnaam</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Wachtwoord</translation>
    </message>
    <message>
        <source>&amp;Repeat the password</source>
        <translation>&amp;Herhaal het wachtwoord</translation>
    </message>
    <message>
        <source>At least 10 characters with letters and digits or other signs, or 16 of any kind.</source>
        <translation>Minstens 10 tekens met letters en cijfers of andere tekens, of 16 van één soort.</translation>
    </message>
    <message>
        <source>Give the name of your organisation.</source>
        <translation>Geef de naam van uw organisatie.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>De twee wachtwoorden zijn niet gelijk.</translation>
    </message>
    <message>
        <source>Choose the district and neighbourhood from the list, or type a new one. More locations can be added later.</source>
        <translation>Kies het stadsdeel en de wijk uit de lijst, of typ een nieuwe. Meer locaties kunt u later toevoegen.</translation>
    </message>
</context>
<context>
    <name>kz::ShortcutOverview</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <source>Keys that work in Kindzicht. Keys listed for a workspace work while it is shown; F1 opens the help for the workspace you are in.</source>
        <translation>Toetsen die in Kindzicht werken. Toetsen die bij een werkruimte staan, werken zolang die getoond wordt; F1 opent de help voor de werkruimte waarin u bent.</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Toetsen</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Wat het doet</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Waar</translation>
    </message>
    <message>
        <source>The keys to press together</source>
        <translation>De toetsen die u tegelijk indrukt</translation>
    </message>
    <message>
        <source>The command the keys give</source>
        <translation>De opdracht die de toetsen geven</translation>
    </message>
    <message>
        <source>The menu or workspace in which the keys work</source>
        <translation>Het menu of de werkruimte waarin de toetsen werken</translation>
    </message>
</context>
<context>
    <name>kz::SocialMapView</name>
    <message numerus="yes">
        <source>%n organisation(s)</source>
        <translation>
            <numerusform>%n organisatie</numerusform>
            <numerusform>%n organisaties</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose an organisation to see what it offers and how to reach it.</source>
        <translation>Kies een organisatie om te zien wat zij biedt en hoe u haar bereikt.</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>Neighbourhoods</source>
        <translation>Wijken</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Talen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last verified</source>
        <translation>Laatst gecontroleerd</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisaties</translation>
    </message>
    <message>
        <source>Social map</source>
        <translation>Sociale kaart</translation>
    </message>
    <message>
        <source>%1 added to the social map.</source>
        <translation>%1 toegevoegd aan de sociale kaart.</translation>
    </message>
    <message>
        <source>%1 saved.</source>
        <translation>%1 opgeslagen.</translation>
    </message>
    <message>
        <source>The details of %1 are recorded as verified today.</source>
        <translation>De gegevens van %1 zijn vandaag als gecontroleerd vastgelegd.</translation>
    </message>
    <message>
        <source>Retire partner</source>
        <translation>Partner opheffen</translation>
    </message>
    <message>
        <source>Mark %1 as defunct? It is no longer suggested for referrals; past referrals keep their history. You can set it active again by editing it.</source>
        <translation>%1 markeren als opgeheven? De partner wordt niet meer voorgesteld bij verwijzingen; eerdere verwijzingen houden hun geschiedenis. Via Bewerken kunt u de partner weer actief maken.</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>Opheffen</translation>
    </message>
    <message>
        <source>%1 is marked as defunct.</source>
        <translation>%1 is gemarkeerd als opgeheven.</translation>
    </message>
    <message>
        <source>Import partners</source>
        <translation>Partners importeren</translation>
    </message>
    <message>
        <source>Partner lists (*.csv *.txt *.json);;All files (*)</source>
        <translation>Partnerlijsten (*.csv *.txt *.json);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>%1 is larger than 64 MB; this is not a partner list.</source>
        <translation>%1 is groter dan 64 MB; dit is geen partnerlijst.</translation>
    </message>
    <message>
        <source>%1 could not be read.</source>
        <translation>%1 kon niet worden gelezen.</translation>
    </message>
    <message>
        <source>%1 cannot be imported.

%2</source>
        <translation>%1 kan niet worden geïmporteerd.

%2</translation>
    </message>
    <message>
        <source>Imported from %1: %2 added, %3 updated.</source>
        <translation>Geïmporteerd uit %1: %2 toegevoegd, %3 bijgewerkt.</translation>
    </message>
    <message>
        <source>Export partners</source>
        <translation>Partners exporteren</translation>
    </message>
    <message>
        <source>Export only the %1 organisations shown, or all %2?</source>
        <translation>Alleen de %1 getoonde organisaties exporteren, of alle %2?</translation>
    </message>
    <message>
        <source>Only those shown</source>
        <translation>Alleen de getoonde</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>social-map</source>
        <translation>sociale-kaart</translation>
    </message>
    <message numerus="yes">
        <source>%n organisation(s) exported to %1.</source>
        <translation>
            <numerusform>%n organisatie geëxporteerd naar %1.</numerusform>
            <numerusform>%n organisaties geëxporteerd naar %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 copied: %2</source>
        <translation>%1 gekopieerd: %2</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Telefoonnummer</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>E-mailadres</translation>
    </message>
    <message>
        <source>All neighbourhoods</source>
        <translation>Alle wijken</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Alle categorieën</translation>
    </message>
    <message>
        <source>Any audience</source>
        <translation>Elke doelgroep</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Kinderen</translation>
    </message>
    <message>
        <source>Parents</source>
        <translation>Ouders</translation>
    </message>
    <message>
        <source>Professionals</source>
        <translation>Professionals</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Elke taal</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Elke status</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 van %2</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Aanbod</translation>
    </message>
    <message>
        <source>Ages</source>
        <translation>Leeftijden</translation>
    </message>
    <message>
        <source>children</source>
        <translation>kinderen</translation>
    </message>
    <message>
        <source>parents</source>
        <translation>ouders</translation>
    </message>
    <message>
        <source>professionals</source>
        <translation>professionals</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Voor</translation>
    </message>
    <message>
        <source>on %1 by %2</source>
        <translation>op %1 door %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nooit</translation>
    </message>
    <message>
        <source>please check these details</source>
        <translation>controleer deze gegevens</translation>
    </message>
    <message>
        <source>Search name, help offered, contacts (Ctrl+F)</source>
        <translation>Zoek op naam, aanbod, contactpersonen (Ctrl+F)</translation>
    </message>
    <message>
        <source>Any age</source>
        <translation>Elke leeftijd</translation>
    </message>
    <message>
        <source> years</source>
        <translation> jaar</translation>
    </message>
    <message>
        <source>The child&apos;s age: only partners whose age range includes it</source>
        <translation>De leeftijd van het kind: alleen partners bij wie die leeftijd past</translation>
    </message>
    <message>
        <source>To check</source>
        <translation>Te controleren</translation>
    </message>
    <message>
        <source>Only partners whose details were not verified recently</source>
        <translation>Alleen partners van wie de gegevens niet recent zijn gecontroleerd</translation>
    </message>
    <message>
        <source>Copy phone</source>
        <translation>Telefoon kopiëren</translation>
    </message>
    <message>
        <source>Copy email</source>
        <translation>E-mail kopiëren</translation>
    </message>
    <message>
        <source>&amp;New partner</source>
        <translation>&amp;Nieuwe partner</translation>
    </message>
    <message>
        <source>Add an organisation (Ins)</source>
        <translation>Een organisatie toevoegen (Ins)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bewerken</translation>
    </message>
    <message>
        <source>Edit the chosen organisation (F2)</source>
        <translation>De gekozen organisatie bewerken (F2)</translation>
    </message>
    <message>
        <source>&amp;Verified now</source>
        <translation>&amp;Nu gecontroleerd</translation>
    </message>
    <message>
        <source>Record that you checked these details today</source>
        <translation>Vastleggen dat u deze gegevens vandaag hebt gecontroleerd</translation>
    </message>
    <message>
        <source>&amp;Retire</source>
        <translation>&amp;Opheffen</translation>
    </message>
    <message>
        <source>Mark the organisation as defunct; it stays in past referrals</source>
        <translation>De organisatie als opgeheven markeren; ze blijft in eerdere verwijzingen staan</translation>
    </message>
    <message>
        <source>&amp;Import...</source>
        <translation>&amp;Importeren...</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xporteren</translation>
    </message>
    <message>
        <source>CSV (spreadsheet)...</source>
        <translation>CSV (spreadsheet)...</translation>
    </message>
    <message>
        <source>vCard 4.0 (address book)...</source>
        <translation>vCard 4.0 (adresboek)...</translation>
    </message>
    <message>
        <source>vCard 3.0 (older Outlook)...</source>
        <translation>vCard 3.0 (oudere Outlook)...</translation>
    </message>
    <message>
        <source>HSDS 3.0 JSON (Open Referral)...</source>
        <translation>HSDS 3.0 JSON (Open Referral)...</translation>
    </message>
    <message>
        <source>Mark details for checking when not verified for</source>
        <translation>Gegevens markeren om te controleren na</translation>
    </message>
    <message>
        <source> months</source>
        <translation> maanden</translation>
    </message>
    <message>
        <source>The organisation&apos;s name</source>
        <translation>De naam van de organisatie</translation>
    </message>
    <message>
        <source>The kind of help it offers</source>
        <translation>Het soort hulp dat ze biedt</translation>
    </message>
    <message>
        <source>The neighbourhoods it works in</source>
        <translation>De wijken waarin ze werkt</translation>
    </message>
    <message>
        <source>The ages of the children it helps</source>
        <translation>De leeftijden van de kinderen die ze helpt</translation>
    </message>
    <message>
        <source>Active, inactive, temporarily closed or defunct</source>
        <translation>Actief, inactief, tijdelijk gesloten of opgeheven</translation>
    </message>
    <message>
        <source>When someone last checked the details</source>
        <translation>Wanneer iemand de gegevens voor het laatst controleerde</translation>
    </message>
    <message>
        <source>Search the social map</source>
        <translation>Zoek op de sociale kaart</translation>
    </message>
    <message>
        <source>Wijk or stadsdeel</source>
        <translation>Wijk of stadsdeel</translation>
    </message>
    <message>
        <source>Age of the child</source>
        <translation>Leeftijd van het kind</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Doelgroep</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Months until details count as not verified</source>
        <translation>Maanden tot gegevens als niet gecontroleerd gelden</translation>
    </message>
</context>
<context>
    <name>kz::SupportNeedStore</name>
    <message>
        <source>The chosen development domain does not exist.</source>
        <translation>Het gekozen ontwikkelingsgebied bestaat niet.</translation>
    </message>
    <message>
        <source>This support need is closed and can no longer be changed.</source>
        <translation>Deze signalering is afgesloten en kan niet meer worden gewijzigd.</translation>
    </message>
    <message>
        <source>Close a support need with a reason, through Close.</source>
        <translation>Sluit een signalering af met een reden, via Afsluiten.</translation>
    </message>
    <message>
        <source>The support need has this status already.</source>
        <translation>De signalering heeft deze status al.</translation>
    </message>
    <message>
        <source>The support need has this level already.</source>
        <translation>De signalering heeft dit niveau al.</translation>
    </message>
    <message>
        <source>A support need cannot be closed before it was signalled.</source>
        <translation>Een signalering kan niet worden afgesloten vóór de datum van signalering.</translation>
    </message>
    <message>
        <source>This support need was not found.</source>
        <translation>Deze signalering is niet gevonden.</translation>
    </message>
    <message>
        <source>You may not read this restricted note.</source>
        <translation>Je mag deze afgeschermde notitie niet lezen.</translation>
    </message>
    <message>
        <source>This observation belongs to a support need already.</source>
        <translation>Deze observatie hoort al bij een signalering.</translation>
    </message>
    <message>
        <source>The parents can only be informed in a conversation about this child.</source>
        <translation>De ouders kunnen alleen in een gesprek over dit kind worden geïnformeerd.</translation>
    </message>
</context>
<context>
    <name>kz::SyntheticOrganisation</name>
    <message>
        <source>Give at least one location, and no negative or absurdly large numbers.</source>
        <translation>Geef minstens één locatie op, en geen negatieve of onredelijk grote aantallen.</translation>
    </message>
    <message>
        <source>The synthetic organisation can only be written into an empty database.</source>
        <translation>De verzonnen organisatie kan alleen in een lege database worden geschreven.</translation>
    </message>
</context>
<context>
    <name>kz::TrendChart</name>
    <message>
        <source>opened</source>
        <translation>geopend</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>afgesloten</translation>
    </message>
</context>
<context>
    <name>kz::UserStore</name>
    <message>
        <source>A user needs a name to show.</source>
        <translation>Een gebruiker heeft een weergavenaam nodig.</translation>
    </message>
    <message>
        <source>A user needs at least one role.</source>
        <translation>Een gebruiker heeft minstens één rol nodig.</translation>
    </message>
    <message>
        <source>The user name &quot;%1&quot; is taken.</source>
        <translation>De gebruikersnaam &quot;%1&quot; is al in gebruik.</translation>
    </message>
    <message>
        <source>This database has accounts already; ask an admin.</source>
        <translation>Deze database heeft al accounts; vraag het een beheerder.</translation>
    </message>
    <message>
        <source>You cannot deactivate your own account.</source>
        <translation>U kunt uw eigen account niet deactiveren.</translation>
    </message>
    <message>
        <source>This user was not found.</source>
        <translation>Deze gebruiker is niet gevonden.</translation>
    </message>
    <message>
        <source>The current password is not right.</source>
        <translation>Het huidige wachtwoord klopt niet.</translation>
    </message>
    <message>
        <source>The name to show is longer than 200 characters.</source>
        <translation>De weergavenaam is langer dan 200 tekens.</translation>
    </message>
    <message>
        <source>One of the chosen groups does not exist.</source>
        <translation>Een van de gekozen groepen bestaat niet.</translation>
    </message>
    <message>
        <source>One of the chosen groups is archived; choose current groups.</source>
        <translation>Een van de gekozen groepen is gearchiveerd; kies huidige groepen.</translation>
    </message>
    <message>
        <source>One of the chosen locations does not exist.</source>
        <translation>Een van de gekozen locaties bestaat niet.</translation>
    </message>
    <message>
        <source>One of the chosen locations is archived; choose current locations.</source>
        <translation>Een van de gekozen locaties is gearchiveerd; kies huidige locaties.</translation>
    </message>
    <message>
        <source>This is the last active administrator; give another account the administrator role first, or nobody could manage accounts any more.</source>
        <translation>Dit is de laatste actieve beheerder; geef eerst een ander account de rol van beheerder, anders kan niemand de accounts nog beheren.</translation>
    </message>
</context>
<context>
    <name>kz::Validator</name>
    <message>
        <source>%1 may not be empty.</source>
        <translation>%1 mag niet leeg zijn.</translation>
    </message>
    <message>
        <source>%1 is longer than %2 characters.</source>
        <translation>%1 is langer dan %2 tekens.</translation>
    </message>
    <message>
        <source>%1 contains a broken character; please type or paste it again.</source>
        <translation>%1 bevat een beschadigd teken; typ of plak de tekst opnieuw.</translation>
    </message>
    <message>
        <source>The location&apos;s name</source>
        <translation>De naam van de locatie</translation>
    </message>
    <message>
        <source>The LRK number must be 9 digits (found &quot;%1&quot;).</source>
        <translation>Het LRK-nummer moet uit 9 cijfers bestaan (gevonden: &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Dutch postcode (four digits and two letters, like 2593 AB).</source>
        <translation>&quot;%1&quot; is geen Nederlandse postcode (vier cijfers en twee letters, zoals 2593 AB).</translation>
    </message>
    <message>
        <source>The group&apos;s name</source>
        <translation>De naam van de groep</translation>
    </message>
    <message>
        <source>The group&apos;s age range must run from a lower to a higher age.</source>
        <translation>De leeftijdsgrenzen van de groep moeten van een lagere naar een hogere leeftijd lopen.</translation>
    </message>
    <message>
        <source>A group cannot be meant for children older than %1 years.</source>
        <translation>Een groep kan niet bedoeld zijn voor kinderen ouder dan %1 jaar.</translation>
    </message>
    <message>
        <source>The group&apos;s capacity must be between 1 and 200 children.</source>
        <translation>Het aantal kindplaatsen van de groep moet tussen 1 en 200 liggen.</translation>
    </message>
    <message>
        <source>The given name</source>
        <translation>De voornaam</translation>
    </message>
    <message>
        <source>The family name</source>
        <translation>De achternaam</translation>
    </message>
    <message>
        <source>The birth date is missing or not a valid date.</source>
        <translation>De geboortedatum ontbreekt of is geen geldige datum.</translation>
    </message>
    <message>
        <source>The birth date lies in the future.</source>
        <translation>De geboortedatum ligt in de toekomst.</translation>
    </message>
    <message>
        <source>A child born on %1 is older than %2; childcare ends at that age.</source>
        <translation>Een kind geboren op %1 is ouder dan %2; bij die leeftijd houdt de kinderopvang op.</translation>
    </message>
    <message>
        <source>The start date is missing or not a valid date.</source>
        <translation>De startdatum ontbreekt of is geen geldige datum.</translation>
    </message>
    <message>
        <source>The start date lies before the birth date.</source>
        <translation>De startdatum ligt vóór de geboortedatum.</translation>
    </message>
    <message>
        <source>The end date lies before the start date.</source>
        <translation>De einddatum ligt vóór de startdatum.</translation>
    </message>
    <message>
        <source>The VE indication date lies before the birth date.</source>
        <translation>De datum van de VE-indicatie ligt vóór de geboortedatum.</translation>
    </message>
    <message>
        <source>The VE indication date lies in the future.</source>
        <translation>De datum van de VE-indicatie ligt in de toekomst.</translation>
    </message>
    <message>
        <source>Choose the child&apos;s group.</source>
        <translation>Kies de groep van het kind.</translation>
    </message>
    <message>
        <source>The neighbourhood</source>
        <translation>De wijk</translation>
    </message>
    <message>
        <source>The home languages</source>
        <translation>De thuistalen</translation>
    </message>
    <message>
        <source>The level must be 1, 2 or 3 (found %1).</source>
        <translation>Het niveau moet 1, 2 of 3 zijn (gevonden: %1).</translation>
    </message>
    <message>
        <source>Choose the development domain of the support need.</source>
        <translation>Kies het ontwikkelingsgebied van de signalering.</translation>
    </message>
    <message>
        <source>The description</source>
        <translation>De omschrijving</translation>
    </message>
    <message>
        <source>What works</source>
        <translation>Wat werkt</translation>
    </message>
    <message>
        <source>The agreed actions</source>
        <translation>De afgesproken acties</translation>
    </message>
    <message>
        <source>The parents&apos; response</source>
        <translation>De reactie van de ouders</translation>
    </message>
    <message>
        <source>The date of the signal is missing or not a valid date.</source>
        <translation>De datum van de signalering ontbreekt of is geen geldige datum.</translation>
    </message>
    <message>
        <source>The date of the signal lies in the future.</source>
        <translation>De datum van de signalering ligt in de toekomst.</translation>
    </message>
    <message>
        <source>The review date lies before the date of the signal.</source>
        <translation>De evaluatiedatum ligt vóór de datum van de signalering.</translation>
    </message>
    <message>
        <source>The date the parents were informed lies in the future.</source>
        <translation>De datum waarop de ouders zijn geïnformeerd ligt in de toekomst.</translation>
    </message>
    <message>
        <source>The parents cannot have been informed before the signal.</source>
        <translation>De ouders kunnen niet vóór de signalering zijn geïnformeerd.</translation>
    </message>
    <message>
        <source>Give a reason for closing the support need.</source>
        <translation>Geef een reden om de signalering af te sluiten.</translation>
    </message>
    <message>
        <source>The observation</source>
        <translation>De observatie</translation>
    </message>
    <message>
        <source>The moment of the observation is missing or not valid.</source>
        <translation>Het moment van de observatie ontbreekt of is ongeldig.</translation>
    </message>
    <message>
        <source>The moment of the observation lies in the future.</source>
        <translation>Het moment van de observatie ligt in de toekomst.</translation>
    </message>
    <message>
        <source>Choose at least one development domain for the observation.</source>
        <translation>Kies minstens één ontwikkelingsgebied voor de observatie.</translation>
    </message>
    <message>
        <source>The partner&apos;s name</source>
        <translation>De naam van de partner</translation>
    </message>
    <message>
        <source>Choose the partner&apos;s category.</source>
        <translation>Kies de categorie van de partner.</translation>
    </message>
    <message>
        <source>The minimum age must be between 0 and 120 years.</source>
        <translation>De minimumleeftijd moet tussen 0 en 120 jaar liggen.</translation>
    </message>
    <message>
        <source>The maximum age must be between 0 and 120 years.</source>
        <translation>De maximumleeftijd moet tussen 0 en 120 jaar liggen.</translation>
    </message>
    <message>
        <source>The minimum age is higher than the maximum age.</source>
        <translation>De minimumleeftijd is hoger dan de maximumleeftijd.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address.</source>
        <translation>&quot;%1&quot; is geen e-mailadres.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number.</source>
        <translation>&quot;%1&quot; is geen telefoonnummer.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address.</source>
        <translation>&quot;%1&quot; is geen webadres.</translation>
    </message>
    <message>
        <source>A contact&apos;s name</source>
        <translation>De naam van een contactpersoon</translation>
    </message>
    <message>
        <source>Choose the partner the child is referred to.</source>
        <translation>Kies de partner waarnaar het kind wordt verwezen.</translation>
    </message>
    <message>
        <source>The referral date is missing or not a valid date.</source>
        <translation>De verwijsdatum ontbreekt of is geen geldige datum.</translation>
    </message>
    <message>
        <source>The referral date lies in the future.</source>
        <translation>De verwijsdatum ligt in de toekomst.</translation>
    </message>
    <message>
        <source>Help cannot have started before the referral.</source>
        <translation>De hulp kan niet vóór de verwijzing zijn gestart.</translation>
    </message>
    <message>
        <source>The referral cannot have ended before it was made.</source>
        <translation>De verwijzing kan niet zijn geëindigd voordat hij werd gemaakt.</translation>
    </message>
    <message>
        <source>The note</source>
        <translation>De notitie</translation>
    </message>
    <message>
        <source>A user name has 2 to 64 lower-case letters, digits, dots, dashes or underscores.</source>
        <translation>Een gebruikersnaam heeft 2 tot 64 kleine letters, cijfers, punten, streepjes of liggende streepjes.</translation>
    </message>
    <message>
        <source>A password needs at least 10 characters with letters and digits or other signs, or 16 characters of any kind.</source>
        <translation>Een wachtwoord heeft minstens 10 tekens met letters en cijfers of andere tekens, of 16 tekens van één soort.</translation>
    </message>
    <message>
        <source>A password may not contain the user name.</source>
        <translation>Een wachtwoord mag de gebruikersnaam niet bevatten.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a country code (two letters, like NL or BE).</source>
        <translation>&quot;%1&quot; is geen landcode (twee letters, zoals NL of BE).</translation>
    </message>
    <message>
        <source>A service</source>
        <translation>Een aanbod</translation>
    </message>
    <message>
        <source>A reason for leaving needs the date the child left.</source>
        <translation>Een reden van vertrek heeft de datum van vertrek nodig.</translation>
    </message>
    <message>
        <source>The child number &quot;%1&quot; may hold up to 40 letters, digits, dots, dashes or slashes.</source>
        <translation>Het kindnummer &quot;%1&quot; mag uit maximaal 40 letters, cijfers, punten, streepjes of schuine strepen bestaan.</translation>
    </message>
    <message>
        <source>The parent&apos;s or guardian&apos;s name</source>
        <translation>De naam van de ouder/verzorger</translation>
    </message>
    <message>
        <source>The parent&apos;s or guardian&apos;s name is longer than 200 characters.</source>
        <translation>De naam van de ouder/verzorger is langer dan 200 tekens.</translation>
    </message>
    <message>
        <source>The relation</source>
        <translation>De relatie</translation>
    </message>
    <message>
        <source>The preferred language</source>
        <translation>De voorkeurstaal</translation>
    </message>
    <message>
        <source>%1 contains a control character (code %2) that cannot be stored; remove it and try again.</source>
        <translation>%1 bevat een stuurteken (code %2) dat niet kan worden opgeslagen; haal het weg en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The address</source>
        <translation>Het adres</translation>
    </message>
    <message>
        <source>The postcode</source>
        <translation>De postcode</translation>
    </message>
    <message>
        <source>The city</source>
        <translation>De plaats</translation>
    </message>
    <message>
        <source>The verifier</source>
        <translation>De naam van wie de gegevens controleerde</translation>
    </message>
    <message>
        <source>A list entry</source>
        <translation>Een waarde in een lijst</translation>
    </message>
    <message>
        <source>A contact&apos;s role</source>
        <translation>De functie van een contactpersoon</translation>
    </message>
</context>
</TS>
