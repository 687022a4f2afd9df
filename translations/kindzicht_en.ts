<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Database</name>
    <message>
        <source>The database could not complete the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the owner of the database on the server (kindzicht_owner) may rewrite its tables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone is still reading the database; the rewrite waits for the next opening.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kz::AccessPolicy</name>
    <message>
        <source>Your role does not allow this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This child was not found among the children you may see.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a manager of this group&apos;s location may enrol or move children here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a manager of this location may do this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the organisation&apos;s server this needs the rights of its owner (kindzicht_owner): your login sees only the children of your own groups and locations, so the result would be incomplete. Ask whoever looks after the server; nothing was done.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kz::AccessRequest</name>
    <message>
        <source>Only a manager of the child&apos;s location can answer an access request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything Kindzicht holds about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who saw or changed the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handovers to school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parents and guardians</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group moves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You asked to see what we keep about your child. This page shows all of it: the details of your child and of you, what the staff wrote down about your child, the support we offer and how it went, the organisations we asked for help, what went to a school, and who opened or changed the file, and when.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may ask us:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to explain anything on this page that is not clear;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to correct what is wrong, or to add your own view;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to remove what we no longer need, or to use it less;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for a copy of this page (you have one now).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the location manager. You will have an answer within one month. Made on %1 by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the location since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neighbourhood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages at home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indication for early childhood education (VE) since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number in the administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with an interpreter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no interpreter needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language for conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone and e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>noted for the first time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>level changed to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>specialised help asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to be looked at again on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>talked about with you on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What we agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it was closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the staff saw that your child needs a little extra, and what was done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What we see</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A confidential note: only its writer and the location&apos;s managers read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before it was changed on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When and by whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where it stands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your consent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 sent on %2 by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>received on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kz::AccountDialog</name>
    <message>
        <source>&amp;Pedagogical practitioner (her groups)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Location manager (her locations)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Administrator (accounts and settings, no children)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least 10 characters with letters and digits or other signs, or 16 of any kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First &amp;password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a first password; the person can change it herself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kz::AccountsView</name>
    <message>
        <source>Reset password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate this account? The person can no longer log in; what she recorded stays, with her name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New account...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset password...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deactivate...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles, groups and locations (F2, Enter or double-click)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name shown in the program and the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name to log in with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practitioner, location manager or administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The groups whose children a practitioner sees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The locations a location manager manages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active, or deactivated (cannot log in)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kz::AgeRangeEdit</name>
    <message>
        <source>%1–%2 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age unit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kz::Anonymiser</name>
    <message>
        <source>[date]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[postcode]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[e-mail address]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[phone number]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kz::AuditLog</name>
    <message>
        <source>of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kz::AuditView</name>
    <message>
        <source>viewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>escalated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>logged in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>login refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>purged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>settings changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies)</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message>
        <source>Every action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>observation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>support need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>access request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consent recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receipt recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>handover to school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>handover draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parent or guardian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>child no. %1 (name not shown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date and time of the action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account that did it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was done, for example viewed, changed or exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record it concerned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The child whose file it was, if any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>group report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>defined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case for intervisie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partner check period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conversation with parents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>summary for parents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kz::Authenticator</name>
    <message>
        <source>The user name or password is not right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passwords; try again in %n second(s).</source>
        <translation>
            <numerusform>Too many wrong passwords; try again in %n second.</numerusform>
            <numerusform>Too many wrong passwords; try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>The password is not right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer is connected to the server as %1: log in to Kindzicht as %1, or connect with your own login.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kz::AutomaticBackup</name>
    <message>
        <source>No backup folder has been chosen yet: a beheerder chooses one in Beheer, Back-ups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup folder %1 is not there: is the disk, USB stick or network share connected? Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a folder; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kindzicht may not write in the backup folder %1; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup folder %1 is full: the backup needs about %2 MB and %3 MB are free. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no backup key yet: a beheerder makes one in Beheer, Back-ups (or with kindzicht-cli backup key create).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kz::Backup</name>
    <message>
        <source>There was not enough memory to derive the backup key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cryptography library could not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The snapshot could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Kindzicht backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup is incomplete: it ends before its last part (was it copied completely?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is not right, or the backup is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup is damaged: there is data after its end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a passphrase of at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup&apos;s database failed its integrity check; nothing was replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk failed while the backup %1 was being read; the backup itself may be fine. Copy it to another disk and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is open in Kindzicht or another command; close it there and try again. Nothing was replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be replaced; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk failed while the database was being read for the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists already; restore into a new file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the recovery file apart from the backups: choose another folder than %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a Kindzicht backup key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup key does not open this backup: it belongs to another key, or the backup is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This recovery code is not right: check it letter by letter against the recovery sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a Kindzicht recovery file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase does not open this recovery file, or the file is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery file %1 could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup did not read back as it was written (a failing disk or share?); it was not kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is an automatic backup: it opens with the recovery file and its passphrase, or with the recovery code from the recovery sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This recovery key belongs to another backup key (%1); the backup was made for key %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A database on the organisation&apos;s server is not replaced by a backup while others use it: restore into a new file, or into an empty database on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds data already: a backup is restored only into an empty database on the server.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kz::BackupKeyDialog</name>
    <message>
        <source>Backup key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery file holds the key that opens the automatic backups, locked with this passphrase. Put it on a USB stick or another computer, apart from the backups; without the file and its passphrase (or the recovery code) nobody can restore a backup, Kindzicht included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recovery file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the recovery file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kindzicht recovery files (*.kzkey)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kz::BackupKeyStore</name>
    <message>
        <source>A backup key needs its public key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kz::BackupPlan</name>
    <message>
        <source>A backup plan keeps at least one backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup plan keeps at most %1 backups of each kind.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kz::BackupScheduler</name>
    <message>
        <source>Today&apos;s backup was written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kz::BackupSettingsStore</name>
    <message>
        <source>Choose the backup folder by its full path.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kz::BackupStatus</name>
    <message>
        <source>Automatic backups are not set up: the beheerder does so in Beheer, Back-ups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup folder %1 is not there: connect the disk or share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup folder %1 is full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No automatic backup has been made yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last backup is from %1, more than %2 days ago.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The automatic backup failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kz::BackupsView</name>
    <message>
        <source>Backup key %1, made on %2 by %3. Backups made with it open only with its recovery file and passphrase, or its recovery code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no backup key yet: make one to start automatic backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace the key...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Make the backup key...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A child&apos;s file removed today still lives in the kept backups until %1 at the latest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last backup: %1, in %2 (%3 MB).
Kept in the folder: %4. Next backup: %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No automatic backup has been made yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written to %1 and checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the backup key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups from now on will need the new recovery file. The backups made so far still need the old recovery file or sheet: keep those until the backups are gone. Replace the key?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup key %1 made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the automatic backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every day while Kindzicht runs (and from the system&apos;s scheduler with kindzicht-cli backup --auto) the whole database is copied, encrypted, into the backup folder: choose a second disk, a network share or a USB stick. This computer can make the backups but cannot read them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder and plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose &amp;folder...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No folder chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the newest backup of the last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weeks kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kz::CaseStory</name>
    <message>
        <source>goes well</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>noted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(No question written yet.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made anonymous with Kindzicht: names, places and dates were left out or made general. Read it once more before you share it, and share it only within the intervisie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The child</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Age: %n year(s)</source>
        <translation>
            <numerusform>Age: %n year</numerusform>
            <numerusform>Age: %n years</numerusform>
        </translation>
    </message>
    <message>
        <source>Kind of group: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Came to the location: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lives in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home languages: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VE indication: since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations with the parents need an interpreter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: signalled %3, now %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What we see: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What works: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was agreed and tried: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parents, informed %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>help started after %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>help completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred %1 (%2) to: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observations over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>None in the last %n month(s).</source>
        <translation>
            <numerusform>None in the last %n month.</numerusform>
            <numerusform>None in the last %n months.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2 (%3): </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kz::CaseSummary</name>
    <message>
        <source>Case for intervisie</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kz::CaseSummaryDialog</name>
    <message>
        <source>Case for intervisie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What would you like to ask your colleagues? For example: how do we help this child join in the circle?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case as it will be shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replacements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;question:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaced in the text. Untick an ordinary word that may stay (a flower called &quot;roos&quot;); dates and contact details always go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;text...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as P&amp;DF...</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 → %2 (%n time(s))</source>
        <translation>
            <numerusform>%1 → %2 (%n time)</numerusform>
            <numerusform>%1 → %2 (%n times)</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the case as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the case as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case-for-intervisie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kz::CaseSummaryDocument</name>
    <message>
        <source>Anonymous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made with Kindzicht; share only within the intervisie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kz::ChildActions</name>
    <message>
        <source>Import children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kz::ChildChooser</name>
    <message>
        <source>Type a name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kz::ChildCsv</name>
    <message>
        <source>birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VE indication date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 &quot;%2&quot; is not a date (write dd-mm-jjjj or jjjj-mm-dd)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>given name (&quot;voornaam&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>family name (&quot;achternaam&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>birth date (&quot;geboortedatum&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>group (&quot;groep&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 has no column for the %2; is this the header line of a children list?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) where the header has %1</source>
        <translation>
            <numerusform>%n field where the header has %1</numerusform>
            <numerusform>%n fields where the header has %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kz::ChildDialog</name>
    <message>
        <source>Child&apos;s details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrol a child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With the tussenvoegsel: &quot;van der Berg&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example: Dutch, Arabic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of the VE indication from the consultatiebureau; leave it &quot;not set&quot; when there is none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The child number in the administration system; imports match on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wijk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Home languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;VE indication since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Child number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Parents and guardians</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To change the group, use Move to another group: the move is kept in the child&apos;s history.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name: %1
Relation: %2
Language: %3
Interpreter needed: %4
Phone: %5
Email: %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kz::ChildImport</name>
    <message>
        <source>given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wijk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>home languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VE indication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>child number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the child number &quot;%1&quot; belongs to a child outside your locations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a child with this name and birth date has child number &quot;%1&quot;, not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than one of your locations has a group &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown group &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same child as line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a location manager can import children.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large for a children list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: line %1 (%2) could not be written: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kz::ChildImportDialog</name>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose a file...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the CSV file from the administration system: one child a line, with columns such as voornaam, tussenvoegsel, achternaam, geboortedatum, groep and startdatum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changes, or why not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children not in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 to add, %3 to update, %4 unchanged, %5 rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups not found at your locations: %1. Add the group in Beheer or correct the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns not used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected lines are skipped; correct the file and import it again to add them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new child</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n child(ren) of your locations are not in the file. They stay as they are; record it yourself when a child left:</source>
        <translation>
            <numerusform>%n child of your locations is not in the file. It stays as it is; record it yourself when a child left:</numerusform>
            <numerusform>%n children of your locations are not in the file. They stay as they are; record it yourself when a child left:</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import: add %1, update %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added, updated, unchanged or rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The line in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The child on that line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the import changes, or why the line is rejected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kz::ChildListModel</name>
    <message>
        <source>VE indication since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Born %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open support needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last observation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neighbourhood</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for help from a partner since the referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (left %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left on %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kz::ChildStore</name>
    <message>
        <source>The chosen group does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen group is archived; choose a current group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This child was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another child has the child number &quot;%1&quot; already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correcting a child&apos;s details does not change her group; move the child instead, so the move is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The child is in this group already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of the move is missing or not a valid date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of the move lies in the future; record the move on the day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of the move lies before the child&apos;s start date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This child has left; a child who left cannot be moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of the move lies before the child&apos;s previous move (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date the child left is missing or not a valid date.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kz::ChildrenView</name>
    <message>
        <source>All my groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n child(ren)</source>
        <translation>
            <numerusform>%n child</numerusform>
            <numerusform>%n children</numerusform>
        </translation>
    </message>
    <message>
        <source>Children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the children of one group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only children with an open support need in this domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open need, any level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level 2 or higher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child enrolled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaving recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n child(ren) added or updated.</source>
        <translation>
            <numerusform>%n child added or updated.</numerusform>
            <numerusform>%n children added or updated.</numerusform>
        </translation>
    </message>
    <message>
        <source>Include children who lef&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also the children whose last day has passed; their files are kept until the retention period ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New child...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit details...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le&amp;ave...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import children...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrol a child at one of your groups (Ctrl+Shift+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the chosen child&apos;s details and parents (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the chosen child to another group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that the chosen child leaves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrol or update children from the administration system&apos;s CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No child matches these filters. Clear the name filter, or choose &quot;All my groups&quot; and &quot;Any level&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No children here yet. Enrol a child with &quot;New child...&quot; (Ctrl+Shift+K), or import the children from the administration system with &quot;Import children...&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You see no children: your account is not linked to a group with children yet. Ask your location manager to link you to your group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As an administrator you do not see children&apos;s files. Locations, groups and accounts are under Administration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The child&apos;s name; Enter opens the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age in years and months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The child&apos;s group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open support needs per domain, coloured by level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days waiting for help since a referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of the newest observation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The neighbourhood the child lives in, for the social map</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kz::CommandLine</name>
    <message>
        <source>This command needs --user NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password: set KINDZICHT_PASSWORD or run the command in a terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file (default: the application data folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Act as this user; the password comes from KINDZICHT_PASSWORD or a prompt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GROUP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format: text or csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On failure, also print the technical detail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No command given; see --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database %1 is ready at schema version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo database written to %1: %2 locations, %3 groups, %4 children, %5 support needs, %6 observations, %7 referrals, %8 partners, %9 users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;; use text or csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;; see --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no group &quot;%1&quot; among the groups you may see.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; names groups at more than one location; use the group&apos;s number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wijk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highest level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last observation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1y %2m</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n child(ren)</source>
        <translation>
            <numerusform>%n child</numerusform>
            <numerusform>%n children</numerusform>
        </translation>
    </message>
    <message>
        <source>L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With generate: the number of children.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With generate: the number of observations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 takes a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists already; generate writes a new file only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synthetic organisation written to %1: %2 locations, %3 children, %4 observations, in %5 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write to this file instead of the terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level 2+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support needs per group on %1; counts below 3 are shown as &lt;3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviews overdue: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parents not informed within 14 days: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals waiting: %1 (longest %2 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalations to level 3: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of the output: nl or en (default en).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LANG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;; use nl or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;; use text, csv or pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PDF needs --output FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support needs per group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No passphrase: set KINDZICHT_BACKUP_PASSPHRASE or run the command in a terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no backup at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database %1 restored from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what would be done, change nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>child %1, left on %2: %3 support needs, %4 observations, %5 referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 children would be removed (retention %2 months); nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 children removed (retention %2 months).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inzage takes the child&apos;s number (see children list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written: %1 and the same as HTML.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With init: create this first administrator (password from KINDZICHT_PASSWORD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First administrator %1 created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With partners export --format vcard: 4.0, or 3.0 for older Outlook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use &quot;partners import FILE&quot; or &quot;partners export --format csv|vcard|hsds&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than 64 MB; this is not a partner list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns not used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: add %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: rejected: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): %3 to add, %4 to update, %5 unchanged, %6 rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was written (--dry-run).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written to the sociale kaart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown vCard version &quot;%1&quot;; use 4.0 or 3.0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose --format csv, vcard or hsds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n partner(s) written to %1.</source>
        <translation>
            <numerusform>%n partner written to %1.</numerusform>
            <numerusform>%n partners written to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>With handover: the school (name or number in the sociale kaart).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PARTNER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With handover consent: given, awaiting or denied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With handover consent: who answered for the parents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With handover consent: the sections consented to, comma separated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LIST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With handover consent: the date of the answer (default today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With handover consent: a note about the answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No child &quot;%1&quot; among the children you may see (see children list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than one child is called &quot;%1&quot;: use the number from children list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No school &quot;%1&quot; in the sociale kaart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; matches several schools: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use &quot;handover consent CHILD --school PARTNER --state given|awaiting|denied --given-by NAME&quot; or &quot;handover export CHILD --school PARTNER --output FILE.pdf&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the school with --school (its name or number in the sociale kaart).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --state given, awaiting or denied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --date as yyyy-mm-dd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown section &quot;%1&quot;; use personal, development, support, partners, ve or parents_view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent for the handover of %1 to %2 recorded: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It covers: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A handover needs --output FILE.pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handover of %1 to %2 written to %3 (version %4, SHA-256 %5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out, as there was nothing in them yet: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--organisation goes with --admin NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown reason &quot;%1&quot;; use primary_school, moved, other_childcare or other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child %1 enrolled: %2 in %3 from %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use &quot;children list&quot;, &quot;children show CHILD&quot;, &quot;children add ...&quot;, &quot;children edit CHILD&quot;, &quot;children move CHILD --group G&quot;, &quot;children leave CHILD --on DATE --reason R&quot; or &quot;children import FILE&quot;; see --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new group is a move: use &quot;children move CHILD --group G&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to change: give --given, --family, --birth, --start, --neighbourhood, --languages, --ve-indication or --external-number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details of child %1 corrected: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 moves to %2 on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 leaves on %2 (%3); the retention period counts from that day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for leaving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VE indication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: from %2 to %3, by %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: add %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: update %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: rejected: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups not found among your locations: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the file, kept as they are: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 to add, %3 to update, %4 unchanged, %5 rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was written: correct the rejected lines (or remove them) and import again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) rejected; nothing was written.</source>
        <translation>
            <numerusform>%n line rejected; nothing was written.</numerusform>
            <numerusform>%n lines rejected; nothing was written.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n child(ren) written.</source>
        <translation>
            <numerusform>%n child written.</numerusform>
            <numerusform>%n children written.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown kind &quot;%1&quot;; use kdv, peuteropvang, peuteropvang_ve or bso.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LRK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stadsdeel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n location(s)</source>
        <translation>
            <numerusform>%n location</numerusform>
            <numerusform>%n locations</numerusform>
        </translation>
    </message>
    <message>
        <source>Location %1 added: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location %1 changed: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location %1 archived, with its groups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use &quot;locations list&quot;, &quot;locations add --name NAME&quot;, &quot;locations edit LOCATION&quot; or &quot;locations archive LOCATION&quot;; see --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1-%2 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ages</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n group</numerusform>
            <numerusform>%n groups</numerusform>
        </translation>
    </message>
    <message>
        <source>Group %1 added: %2 (%3, %4-%5 months, %6 places).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to change: give --name, --kind, --ages or --capacity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group %1 changed: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group %1 archived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use &quot;groups list&quot;, &quot;groups add --location L --name N --kind K&quot;, &quot;groups edit GROUP&quot; or &quot;groups archive GROUP&quot;; see --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With init --admin: the organisation&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With locations|groups add|edit: the name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With locations add|edit: the 9-digit LRK number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With locations add|edit: street and number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With locations add|edit: the postcode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>POSTCODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With locations add|edit: the city.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CITY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With locations add|edit: the stadsdeel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DISTRICT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With locations and children add|edit: the wijk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WIJK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With groups: the location (name or number).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LOCATION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With locations|groups list: archived ones too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With groups add|edit: kdv, peuteropvang, peuteropvang_ve or bso.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KIND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With groups add|edit: the age range in months, such as 24-48.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FROM-TO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With groups add|edit: the number of places.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With users add|edit: the name shown to others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With users add|edit: practitioner, manager, admin; comma separated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROLES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With users add|edit: the groups a practitioner works in, comma separated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GROUPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With children add|edit: the given name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With children add|edit: the family name, with its tussenvoegsel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With children add|edit: the birth date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With children add|edit: the first day (default today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With children add|edit: the home languages, comma separated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LANGUAGES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With children add|edit: the date of the VE indication.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With children add|edit: the number in the administration system (kindnummer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With children move|leave: the date it happens (move: default today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With children leave: primary_school, moved, other_childcare or other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REASON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With children list: also the children who left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no location &quot;%1&quot; among the locations you may see.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than one location is called &quot;%1&quot;: use its number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no account &quot;%1&quot; (see users list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (new)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No new password: set KINDZICHT_NEW_PASSWORD or run the command in a terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (new, again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot;; use practitioner, manager or admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locations</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to change: give --display-name, --role, --groups or --locations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1 changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1 deactivated; it can no longer log in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password of %1 was replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use &quot;users list&quot;, &quot;users add NAME --role ROLES&quot;, &quot;users edit NAME&quot;, &quot;users deactivate NAME&quot; or &quot;users reset-password NAME&quot;; see --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their old pages are still in the database file (%1); the wipe finishes at the next opening of the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another Kindzicht has the database open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: warning: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With partners import: also write updates that drop wijken, narrow ages or empty a field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts with the password &quot;%1&quot;: admin (administrator), %2 (manager of every location), manager1 (Locatie 1) and pm1-1 to pm1-8 (its groups). The other locations&apos; accounts (managerL, pmL-G) have no password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: update %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This import drops wijken or other details of partners, or empties a field:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was written. Check these changes, then run the import again with --allow-narrowing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show|add|edit|move|leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One child&apos;s details; enrolling, correcting, moving and leaving (managers of the location).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one child&apos;s details and the groups it moved between</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--given G --family F --birth DATE --group G [--start DATE] [--neighbourhood W] [--languages L] [--ve-indication DATE] [--external-number X] (managers of the location)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same options but --group; only those given change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--group G [--on DATE]; the old group loses access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--on DATE --reason primary_school|moved|other_childcare|other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With children add|move: the group (name or number).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE [--dry-run]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CSV from the administration system, previewed line by line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;;&apos; or &apos;,&apos;, Dutch or English headers. Shows each line&apos;s add, update or rejection; writes only when no line is rejected, in one go. Children not in the file are listed and kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[--group G] [--format text|csv] [--include-left]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The children you may see.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is a table for the terminal (levels in words); the CSV is data (levels as numbers), and its export is recorded in the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With children list: only this group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(default %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: kindzicht-cli [--database FILE] [--user NAME] %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options of every command:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command to run; see --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kindzicht on the command line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: kindzicht-cli [--database FILE] [--user NAME] COMMAND [ARGS]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LOCATION, GROUP, CHILD: a number or a name; DATE: yyyy-mm-dd or dd-mm-yyyy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;kindzicht-cli help COMMAND&quot; or &quot;kindzicht-cli COMMAND --help&quot; shows a command&apos;s options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two invented locations in The Hague with children, support needs, observations and a sociale kaart. Every demo account has the password %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[--locations L] [--children N] [--observations M]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A large synthetic organisation, for scale tests (a new file only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>admin, directie (every location), manager1 and pm1-1..8 log in with the demo password %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With generate: the number of locations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list|add|edit|archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The groups of the locations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[--location L] [--all]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--location L --name N --kind kdv|peuteropvang|peuteropvang_ve|bso [--ages 24-48] [--capacity 16]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[--name N] [--kind K] [--ages A] [--capacity C]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused while children attend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CHILD --school PARTNER --state given|awaiting|denied --given-by NAME [--sections LIST] [--date yyyy-mm-dd] [--notes TEXT]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parents&apos; answer about a handover to a school.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CHILD: number or full name. LIST: personal,development,support,partners,ve,parents_view (given covers every section when --sections is left out). Denied deletes the draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CHILD --school PARTNER --output FILE.pdf [--language nl|en]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The overdracht as PDF, only with consent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved draft, or a prefill without its empty sections; the document is Dutch unless --language en. Kept in the child&apos;s file with the SHA-256 it prints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[--admin NAME [--organisation NAME]]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an empty database at the current schema, with its first administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The administrator&apos;s password comes from KINDZICHT_PASSWORD or is asked for. An existing database is brought to the current schema.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CHILD [--output DIR]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything held about one child, and who saw it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder to write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The locations of the organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[--all] with archived ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same options; only those given change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with its groups; refused while children attend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format csv|vcard|hsds [--output FILE] [--vcard-version 4.0|3.0] [--language nl|en]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole sociale kaart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format: csv, vcard or hsds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE [--dry-run] [--allow-narrowing]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners into the sociale kaart from CSV (&apos;,&apos; or &apos;;&apos;) or HSDS JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows what is added, updated (each field old -&gt; new) or rejected, then writes it in one go. Rejected rows are skipped and make the exit code 1. An update that drops wijken, narrows the ages or empties a field needs --allow-narrowing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[--format text|csv|pdf] [--output FILE] [--language nl|en]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs per group, small counts suppressed (counts below 3 shown as &lt;3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aggregates only, no child&apos;s name: this report may leave the location. A PDF needs --output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format: text, csv or pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the database with a backup, after checking it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[--dry-run]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the files of children who left longer ago than the retention period (admins).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list|add|edit|deactivate|reset-password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts, their roles and the groups and locations they reach (admins).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accounts with their roles, groups and locations (admins)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--role practitioner|manager|admin[,...] [--display-name D] [--groups G1,G2] [--locations L1,L2]; the password comes from KINDZICHT_NEW_PASSWORD or is asked for twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the account can no longer log in; its history stays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a new password (KINDZICHT_NEW_PASSWORD or asked for)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With users add|edit: the locations a manager runs, comma separated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE | --auto [--folder DIR]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An encrypted backup (admins; passphrase from KINDZICHT_BACKUP_PASSPHRASE), or with --auto the automatic backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase (at least %1 characters) comes from KINDZICHT_BACKUP_PASSPHRASE or is asked for. Without it the backup cannot be restored.
With --auto the backup is sealed to the backup key (backup key create) and written to the backup folder chosen in Beheer, or to --folder; the backups beyond the plan are removed. It needs no user and no passphrase, so the system&apos;s scheduler can run it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the automatic backup (no user or passphrase needed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --auto: write into this folder instead of the chosen one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use &quot;backup FILE&quot; or &quot;backup --auto [--folder DIR]&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written to %1 and checked (%2 bytes); %3 kept, %4 removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CHILD --output FILE.txt|FILE.pdf [--question TEXT]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An anonymous case for intervisie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The child&apos;s age in years, the kind of group, the needs and observations over time, without names, places or dates; every replacement is listed. PDF when FILE ends in .pdf, otherwise text. For whoever may see the child; recorded in the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With case-summary: the question for the intervisie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A case needs --output FILE.txt or FILE.pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymous case written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n replacement(s); check them before you share the case:</source>
        <translation>
            <numerusform>%n replacement; check them before you share the case:</numerusform>
            <numerusform>%n replacements; check them before you share the case:</numerusform>
        </translation>
    </message>
    <message>
        <source>--recovery-file FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make (or replace) the backup key for automatic backups and write its recovery file (admins).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery file holds the key&apos;s secret half, encrypted under a passphrase of at least %1 characters (KINDZICHT_BACKUP_PASSPHRASE, or asked for twice). Keep it apart from the backups: with its passphrase, or with the recovery code printed here, it restores every automatic backup. The computer keeps only the public half and cannot read its own backups. Backups made before a replaced key still need that key&apos;s recovery file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the recovery file is written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use &quot;backup key create --recovery-file FILE&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup key %1 made; its recovery file is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery code (write it down and keep it safe; it is not shown again):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the recovery file (new)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the recovery file (new, again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ; no key was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use &quot;backup FILE&quot;, &quot;backup --auto [--folder DIR]&quot; or &quot;backup key create --recovery-file FILE&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CHILD --date DATE --participants TEXT --held-in LANGUAGE [--interpreter LANGUAGE] --discussed TEXT [--agreed TEXT] [--next DATE]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a conversation with the child&apos;s parents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--held-in names the language the conversation was held in (Nederlands, Turks, ...); without it, --language nl or en says Dutch or English. --interpreter gives the language an interpreter spoke, when one took part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day the conversation was held (default today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who took part, comma separated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of the conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LANGUAGE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An interpreter took part, speaking this language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was discussed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was agreed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of the next conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs --held-in (or --language nl|en).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation of %1 recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON and the same as an HTML page the parents can read, in the language of --language, in DIR (default the current folder). CHILD is the number from children list. Managers of the child&apos;s location only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--name N [--lrk 123456789] [--address A] [--postcode P] [--city C] [--district D] [--neighbourhood W] [--ve-programme P] (admins)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With locations add|edit: the VE programme (Uk &amp; Puk, Piramide, Kaleidoscoop, ...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROGRAMME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VE programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to change: give --name, --lrk, --address, --postcode, --city, --district, --neighbourhood or --ve-programme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CHILD --language nl|en --output FILE.pdf [--strengths TEXT]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A summary for the parents in plain words, as PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What goes well, what we work on, tips for home, who can help and the next conversation, written from the file at language level B1. --strengths gives what goes well in your own words (needed when the file says nothing about it). Kept in the child&apos;s file as given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What goes well, in your own words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A summary for parents needs --output FILE.pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too hard for B1: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary for the parents written to %1 (SHA-256 %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE [--recovery-file KEY | --recovery-code]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup key&apos;s recovery file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the backup with the recovery code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recovery code: set KINDZICHT_RECOVERY_CODE or run the command in a terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an automatic backup: add --recovery-file FILE (the backup key&apos;s recovery file) or --recovery-code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no development domain &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use &quot;tips show LOCATION DOMAIN&quot; or &quot;tips set LOCATION DOMAIN FILE&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LOCATION DOMAIN FILE [--language nl|en]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the tips for home of a location for one domain (managers of the location).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE holds one tip a line (UTF-8), in Dutch unless --language en; an empty file goes back to the tips Kindzicht ships. Each tip is checked for language level B1: what is too hard is named, so it can be rewritten before a summary for parents uses it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The location uses the tips Kindzicht ships again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n tip(s) saved for this location.</source>
        <translation>
            <numerusform>%n tip saved for this location.</numerusform>
            <numerusform>%n tips saved for this location.</numerusform>
        </translation>
    </message>
    <message>
        <source>LOCATION DOMAIN [--language nl|en]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tips for home that summaries for parents of a location use for one domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The location&apos;s own tips when it wrote them (tips set), otherwise the ones Kindzicht ships; in Dutch unless --language en. DOMAIN is its code (language, social_emotional, ...) or its name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The location&apos;s own tips:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tips Kindzicht ships:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use &quot;server init URI --admin NAME&quot; or &quot;server upgrade URI&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the demo database (a new file, or an empty database on a server).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replacing a database takes its administrator (--user) and the backup&apos;s passphrase (KINDZICHT_BACKUP_PASSPHRASE or asked for); restoring where there is no database takes the passphrase only. Refused while Kindzicht has the database open.
On the organisation&apos;s server (--database postgresql://…) a backup is restored only into an empty database; a database in use there is never replaced.
An automatic backup opens with the backup key&apos;s recovery file (--recovery-file; its passphrase as above) or with the recovery code from the recovery sheet (--recovery-code; from KINDZICHT_RECOVERY_CODE or asked for).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from A --to B [--to-user NAME]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything from one database to another (file or server), checked afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A and B are database files or server addresses (postgresql://…), either way round. A is read as it is at one moment while others keep working; B is written in one step and checked (rows per table, references) before it is kept, so a copy that fails leaves B as it was. A new file or an empty database receives A as it is. A database that holds other locations already receives A&apos;s locations beside its own: accounts, children, notes and the audit trail are added, partners it knows (same HSDS id, else same name and postcode) are kept once; an account name it has already is refused before anything is written.
--user is an administrator of A (password from KINDZICHT_PASSWORD or asked for); adding to a database in use takes one of its administrators too, named with --to-user (password from KINDZICHT_TO_PASSWORD or asked for).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database to copy (a file or a server&apos;s address).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database to copy into (a new or existing file, or a server).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An administrator of B, where B holds other locations already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use &quot;copy --from A --to B&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds other locations already: name one of its administrators with --to-user NAME to add to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password for %1: set KINDZICHT_TO_PASSWORD or run the command in a terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 locations, %2 children, %3 observations, %4 audit entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 to %2: %3; %4 partners it knew already; checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied %1 to %2: %3; checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URI --admin NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepare an empty PostgreSQL database on the organisation&apos;s server for Kindzicht.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With server init: the first administrator&apos;s login role and Kindzicht account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server init needs --admin NAME: the first administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This login may not set the server&apos;s log settings; add these lines to postgresql.conf (children&apos;s data stays out of the log):
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first administrator needs a password: set KINDZICHT_PASSWORD or run the command in a terminal. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring the Kindzicht database on the organisation&apos;s server to this version&apos;s schema.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run it as the database&apos;s owner (a login in kindzicht_owner, or the server&apos;s superuser) after installing a new version of Kindzicht; everyday logins are told to wait for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database %1 is at schema version %2 already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database %1 upgraded from schema version %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run it as the server&apos;s superuser or as the database&apos;s owner with CREATEROLE, e.g. sudo -u postgres kindzicht-cli server init &apos;postgresql://postgres@localhost/kindzicht?host=/var/run/postgresql&apos; --admin NAME.
In one transaction: the unaccent extension; the roles kindzicht_owner (owns the tables) and kindzicht_user (everyday rights; the audit and the snapshots only grow); the schema; a login role NAME in kindzicht_user and the first administrator&apos;s Kindzicht account NAME, both with the password from KINDZICHT_PASSWORD (or asked for); and log settings that keep children&apos;s data out of the server&apos;s log. A database that is not empty is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login role %1 created in kindzicht_user, with the password given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login role %1 existed and joined kindzicht_user; its password is now the one given.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kz::ConnectionBanner</name>
    <message>
        <source>The connection to the server is lost. Kindzicht tries again every few seconds; what you are typing stays in its window, and nothing is saved until the connection is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to the server again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kz::ConversationDialog</name>
    <message>
        <source>An &amp;interpreter took part, speaking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What did you talk about? The parents&apos; view too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who does what, at home and in the group?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next conversation on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation with the parents of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parents were told about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Who took part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dis&amp;cussed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;greed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parents &amp;told about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interpreter&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kz::ConversationRecords</name>
    <message>
        <source>Conversations with the parents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interpreter (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discussed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summaries given to the parents</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kz::ConversationStore</name>
    <message>
        <source>Give the date of the conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conversation date lies in the future; record a conversation once it was held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name who took part in the conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the language the conversation was held in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write down what was discussed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the language the interpreter spoke.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An interpreter&apos;s language is given, but no interpreter was used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next conversation must come after this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A field of the conversation is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This conversation was not found.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kz::CsvReader</name>
    <message>
        <source>The file is larger than %1 MB; split it into smaller files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 is not valid UTF-8 text. Save the file as &quot;CSV UTF-8&quot; and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A field on line %1 is longer than %2 KB; this is not a partner list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: text follows a closing quote; put the whole field between quotes and double the quotes inside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quote opened on line %1 is never closed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kz::Database</name>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file %1 could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not complete the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be put in place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another Kindzicht has the database; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full: the database could not be written. Make room in the database&apos;s folder and try again; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is read-only here; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk failed while the database was being read or written; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file is damaged; restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kindzicht cannot work with this kind of database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 could not be reached or refused the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server asks for the password of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the password of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a file; give the server&apos;s address (postgresql://…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed the same data at the same moment; nothing was changed. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account on the database server may not do this; nothing was changed. Ask whoever runs the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is in the database already; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This refers to something that is not in the database (any more), or something else still refers to it; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database refused this change: it breaks one of its rules; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the database server was lost; try again. If it keeps happening, ask whoever runs the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A second connection to %1 could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kz::DatabaseAddress</name>
    <message>
        <source>No database was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is neither a database file nor a postgresql:// address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address %1 is not valid: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the password out of the server address: Kindzicht asks for it, so it is not kept in settings or in the shell&apos;s history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it names no database (postgresql://user@host/database)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the port must be a number from 1 to 65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sslmode must be one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kindzicht does not know the option %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it names no server (postgresql://user@host/database)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the server&apos;s name or address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the name of the database on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your user name on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kz::DatabaseChooser</name>
    <message>
        <source>Kindzicht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the network, or ask whoever looks after the server. You can also connect to another server or work on a file on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change the server...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a &amp;file on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no Kindzicht database at %1 yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with your own organisation: its name, the first location and its groups, and you as its administrator. Or open the demo, with an invented location, children and the social map of The Hague, to look around first. Where the organisation keeps its data on a server, connect to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with your own &amp;organisation...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;another file...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to the organisation&apos;s &amp;server...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the demo database...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a Kindzicht database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kindzicht databases (*.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kz::DatabaseCopy</name>
    <message>
        <source>%1 holds tables this version of Kindzicht cannot copy; nothing was copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source and the target are the same database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two databases have different schema versions (%1 and %2); open both with this version of Kindzicht first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy did not match its source when it was checked; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds other locations already: log in as one of its administrators to add to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds data already; nothing was copied.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kz::DatabaseMerge</name>
    <message>
        <source>%1 has accounts with these names already: %2. Give those accounts other names in %3 first; nothing was copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has children with these numbers already: %2. Nothing was copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source database refers to rows it does not hold; nothing was copied.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kz::DateEdits</name>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kz::DemoDatabase</name>
    <message>
        <source>The demo can only be written into an empty database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists already; the demo is only written to a new file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s database %1 already holds an organisation; the demo goes into an empty database only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kz::DialogKeys</name>
    <message>
        <source>%1 (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kz::DomainChips</name>
    <message>
        <source>Development domain; pressed when the observation is about it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kz::DomainStore</name>
    <message>
        <source>A domain code has 2 to 41 lower-case letters, digits or underscores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A domain needs a Dutch and an English name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A domain with the code &quot;%1&quot; exists already.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kz::Dossier</name>
    <message>
        <source>signalled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>discussed with parents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>support in place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evaluated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support need signalled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalated to level 3 (specialised support)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review date set to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parents informed on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handover to %1 exported (version %2, %3); SHA-256 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handover version %1 received by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, interpreter %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation with parents (%1), with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discussed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next conversation: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kz::DossierSummary</name>
    <message>
        <source>1 (basic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 (basic plus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 (specialised)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signalled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>discussed with the parents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>support in place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evaluated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File summary: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>born %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidential: personal data of a child. Keep this page in a closed place and destroy it when it is no longer needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What goes well</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing noted yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open support needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Observations of the last %n month(s)</source>
        <translation>
            <numerusform>Observations of the last %n month</numerusform>
            <numerusform>Observations of the last %n months</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (since %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parents informed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parents not informed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain and description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parents and referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n restricted observation(s) left out: read them in Kindzicht.</source>
        <translation>
            <numerusform>%n restricted observation left out: read it in Kindzicht.</numerusform>
            <numerusform>%n restricted observations left out: read them in Kindzicht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kz::DossierView</name>
    <message>
        <source>born %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>home languages: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VE indication since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no VE indication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing noted yet: what goes well with this child?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: waiting %n day(s)</source>
        <translation>
            <numerusform>%1: waiting %n day</numerusform>
            <numerusform>%1: waiting %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: help started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restricted note: only its author and the location manager can read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(changed, version %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n restricted note(s) you cannot read.</source>
        <translation>
            <numerusform>%n restricted note you cannot read.</numerusform>
            <numerusform>%n restricted notes you cannot read.</numerusform>
        </translation>
    </message>
    <message>
        <source>You may not change a restricted note of someone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;observation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;support need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Parents informed...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Make this a support need...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What goes well</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open support needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parents informed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1, replaced %2 by %3:
%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which referral?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the waiting list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help has started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: what is the state today?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Update referral...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything held about this child, and who saw it, for the parents&apos; access request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the access request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>handover to %1: version %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chil&amp;d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the details, move to another group, record leaving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit details and parents...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move to another group...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record &amp;leaving...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaves on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaves on %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left on %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is kept until %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interpreter needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parents and guardians: none recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parents and guardians: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, interpreter needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Access request...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the list (Alt+Left or Backspace)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The handover to the primary school, with the parents&apos; consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a summary of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a summary of this file, after a preview (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The development domain of the need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 basic, 2 basic plus, 3 specialised support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the need stands: signalled, discussed with the parents, support in place, evaluated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date to look at the need again; red when it has passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether and when the parents were told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners the child was referred to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it was observed or done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The development domains it concerns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who wrote it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The observation, or what happened to the need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>neighbourhood %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revie&amp;w date...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&amp;evel...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refer...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chan&amp;ge...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ha&amp;ndover to school...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written to %1 as JSON and as a page the parents can read, in the language of the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open the page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case for &amp;intervisie...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This child&apos;s story without names, places or dates, to discuss with colleagues in intervisie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tal&amp;k with parents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a conversation with the parents, or give them a summary in plain words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent &amp;conversation...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Summary for parents...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation with the parents recorded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kz::DraftStore</name>
    <message>
        <source>The draft is too long to keep.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kz::EditConflictDialog</name>
    <message>
        <source>Their version, as it is saved now:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show their version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start again from &amp;theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back to editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else saved first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep mine saves your version over theirs (the audit trail records it). Start again from theirs shows their version in the form; what you typed stays in a window of its own to copy from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you typed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save your version over the newer one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load their version into the form; your text stays available to copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close this message; the form keeps what you typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hide their version</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kz::EditingPresence</name>
    <message>
        <source>%1 is also working in this child&apos;s file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 are also working in this child&apos;s file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kz::EventLoopGuard</name>
    <message>
        <source>Kindzicht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kindzicht could not finish this action. What happened is written to the log file %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kz::GroupDialog</name>
    <message>
        <source>Group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a location first; a group belongs to a location.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kz::GroupNeedsView</name>
    <message>
        <source>Save the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>group-needs-%1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All my locations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trend: 6 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trend: 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trend: 24 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 children in %3 have an open need of level 2 or higher in %4 (%5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level 2 or higher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days since the signal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days until four</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviews overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parents not informed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turning four</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support needs per group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children with an open need of level 2 or higher, per group and domain (double-click to see them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs opened and closed per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Report (PDF)...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent to school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group; point at a name to see its location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: children with an open need of level 2 or higher in this domain. The colour is their share of the group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children in the group now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Places in the group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children with an open need of level 2 or higher, and their share of the group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children with a need at level 3 (specialised support)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days since the review date passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days since the need was signalled, without the parents informed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days since the referral, still waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days since the need was signalled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days until the child turns four</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a child to open the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The child&apos;s group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The partner the child was referred to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the handover to school stands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The development domain of the need</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more in this list; press Enter or double-click to show them</source>
        <translation>
            <numerusform>%n more in this list; press Enter or double-click to show it</numerusform>
            <numerusform>%n more in this list; press Enter or double-click to show them</numerusform>
        </translation>
    </message>
    <message>
        <source>Print...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the report, after a preview (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no groups for you here. Group needs show the children of the locations you manage or the groups you work in; an administrator without a location of her own sees none. Ask the administrator to link your account to a location or group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children with an open need of level 2 or higher, per group and domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting the figures of every group you may see...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kz::GroupReport</name>
    <message>
        <source>Support needs per group on %1. Aggregates only: counts below %2 are shown as &amp;lt;%2, so that no child can be recognised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level 2 or higher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviews overdue: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parents not informed within 14 days: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals waiting: %1; the longest for %2 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children turning four within six months: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs opened and closed per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children with an open need of %1 or higher, per domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalations to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n location(s)</source>
        <translation>
            <numerusform>%n location</numerusform>
            <numerusform>%n locations</numerusform>
        </translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kz::GuardianDialog</name>
    <message>
        <source>mother</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>father</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>foster parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>guardian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grandparent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An &amp;interpreter is needed for conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent or guardian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a parent or guardian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language in which conversations with this parent go best</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Relation to the child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language for conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kz::GuardianStore</name>
    <message>
        <source>This parent or guardian was not found.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kz::GuardiansEditor</name>
    <message>
        <source>&amp;Add...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ed&amp;it...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language for conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parents and guardians</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a parent or guardian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the chosen parent or guardian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the chosen parent or guardian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from this child&apos;s parents and guardians?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parent&apos;s or guardian&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How this person is related to the child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language to speak with this parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether an interpreter is needed in conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number to reach this parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail address of this parent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kz::GuiApplication</name>
    <message>
        <source>Kindzicht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s database has no accounts yet. Whoever looks after the server sets it up with: kindzicht-cli server init ADDRESS --admin NAME</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kz::HandoverConsentPage</name>
    <message>
        <source>The parents&apos; consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing goes to the school without the parents&apos; consent. Show them the draft first: you can prepare it while their answer is awaited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the parent who answered, e.g. J. de Vries (mother)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. read the draft together at the parents&apos; meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parents agree to share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Given by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (you are %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To %1. Nothing goes to the school without the parents&apos; consent. Show them the draft first: you can prepare it while their answer is awaited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date of the answer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parents denied consent. The draft for %1 will be deleted; the audit trail keeps only that it was deleted. Continue?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kz::HandoverContentPage</name>
    <message>
        <source>The location would like a &amp;warm handover: a conversation with the school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the school will read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefilled from the dossier; restricted observations are never used. Strengths come first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Uk &amp; Puk, Piramide, Startblokken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 18 months, 16 hours a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What goes well:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another domain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact at the location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact &amp;person:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in again from the &amp;dossier...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace everything written here with a new prefill from the dossier?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parents&apos; consent does not cover this section.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parents have not given consent yet. You can prepare the draft and show it to them; it can only be exported after their consent is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another domain</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kz::HandoverDocument</name>
    <message>
        <source>The font DejaVu Sans is not installed (Debian package fonts-dejavu-core); without it the document would have no text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kz::HandoverPreviewPage</name>
    <message>
        <source>Preview: as the school will read it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restricted observations never appear; sections outside the parents&apos; consent are absent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language of the document:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready to export. Every export is kept as a new version in the child&apos;s file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not ready to export: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the document, after a preview (%1). Before it is ready to export, the pages say that it is a draft.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kz::HandoverRules</name>
    <message>
        <source>Personal description and strengths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Development per domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support that worked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners involved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VE programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parents&apos; view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>awaiting an answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one section to hand over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parents&apos; consent does not cover: %1. Leave these sections out, or record consent that covers them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This child has a VE indication: the VE programme and how long the child took part in it must be handed over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The section &quot;%1&quot; is empty: fill it in or leave it out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the contact person at the location for the school.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The handover contains text of a restricted observation (of %1). Restricted observations never go to the school: remove that text first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The handover cannot be exported yet: the parents have not given their consent (%1). A handover goes to the school only after the parents have given their consent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kz::HandoverSchoolPage</name>
    <message>
        <source>Which school does %1 go to?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schools come from the sociale kaart (category school). Type to search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;School:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: consent %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: version %2 sent on %3 by %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No handover has been prepared for %1 yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;There is no school on the sociale kaart yet.&lt;/b&gt; A manager adds schools there, with the category School.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kz::HandoverStore</name>
    <message>
        <source>This school is not in the sociale kaart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A handover goes to a school: this partner is not of the category school.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date on which the parents answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter who answered for the parents (a parent&apos;s name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of the parents&apos; answer cannot lie in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the sections the parents agreed to share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parents denied consent for this handover: a draft is not kept. Record a new answer from the parents first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A handover is written in Dutch (nl) or English (en).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meanwhile another version of this handover was exported. Open the handover again to export a new version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This handover was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The school&apos;s receipt of this handover is already recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter who received the handover at the school.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of receipt must lie between the export and today.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kz::HandoverView</name>
    <message>
        <source>%1 on %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No children you may see turn four in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n child(ren).</source>
        <translation>
            <numerusform>%n child.</numerusform>
            <numerusform>%n children.</numerusform>
        </translation>
    </message>
    <message>
        <source>Consent not asked yet: %1; awaiting the parents: %2; given: %3; denied: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The school&apos;s receipt is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handover to school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open handover...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record &amp;receipt...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turns 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received by the school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turning 4 in the next 6 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turning 4 in the next 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turned 4 in the last 3 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The child going to primary school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The child&apos;s group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date the child turns four</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The school chosen for the handover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the parents gave consent to share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The version sent to the school, and when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When and by whom the school received it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children turning four and their handovers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print sent version...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the handover as it was sent to the school, after a preview</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kz::HandoverWizard</name>
    <message>
        <source>Handover to school: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export PDF...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handover %1 - %2.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the handover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handover of %1 to %2 written to %3 (version %4). Its fingerprint (SHA-256) is kept in the child&apos;s file: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handover to school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep what you wrote as the draft for %1?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kz::HeatCellDelegate</name>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>half or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour: the share of the group&apos;s children, not their number. Three children in a small group show darker than three in a large group.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kz::HelpController</name>
    <message>
        <source>Kindzicht &amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menu %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child&apos;s file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kz::HelpWindow</name>
    <message>
        <source>Kindzicht Help - %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kz::IdentifyingTerms</name>
    <message>
        <source>a Hague district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[a school]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[an organisation: %1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[address]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[the location]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[the group]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Hague neighbourhood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a neighbourhood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another home language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[child]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[family name]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[parent]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[phone number]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[e-mail address]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[number]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[another child]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[staff member]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kz::Labels</name>
    <message>
        <source>Pedagogical practitioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-school (VE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out-of-school care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signalled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discussed with parents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support in place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defunct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporarily closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 y %2 m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To primary school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To other childcare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registered, not yet waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>help has started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>help completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not taken up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what goes well</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kz::LeaveChildDialog</name>
    <message>
        <source>%1 leaves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record leaving...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the child&apos;s last day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After %1, %2 no longer appears in the children lists; &quot;Include children who left&quot; still shows the child. The file is kept until %3, %4 months after the last day, and stays readable for the location manager until then; then the retention purge removes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that %1 leaves on %2 (%3)?

The file is kept until the retention period has passed (%4) and is then removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record leaving</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kz::LocationDialog</name>
    <message>
        <source>Location %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New location</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kz::LocationForm</name>
    <message>
        <source>9 digits, from the Landelijk Register Kinderopvang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 2593 AB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name of the location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;LRK number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ostcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stadsdeel (district)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wijk (neighbourhood)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VE programme this location works with; a VE child&apos;s handover names it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;VE programme</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kz::LockController</name>
    <message>
        <source>Kindzicht is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Kindzicht locked itself after %n minute(s) without use.</source>
        <translation>
            <numerusform>Kindzicht locked itself after %n minute without use.</numerusform>
            <numerusform>Kindzicht locked itself after %n minutes without use.</numerusform>
        </translation>
    </message>
    <message>
        <source>Kindzicht was locked (Ctrl+L).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, give your password to go on where you were. Someone else can log in instead; what you were typing is kept as your draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in as &amp;someone else...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kz::LoginDialog</name>
    <message>
        <source>Kindzicht - log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo database: log in as fatima (practitioner), saskia (manager) or beheer (administrator), password %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kz::MainWindow</name>
    <message>
        <source>Kindzicht - %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handover to school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Kindzicht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged in as %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kindzicht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Kindzicht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Social map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Kindzicht %1&lt;/h3&gt;&lt;p&gt;Support needs, observations and the social map for inclusive childcare.&lt;/p&gt;&lt;p&gt;Licence: GNU General Public License, version 3 or later (GPL-3.0-or-later).&lt;/p&gt;&lt;p&gt;Uses Qt %2 (LGPL-3.0), SQLite %3 (public domain) and libsodium %4 (ISC).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search &amp;observations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New observation...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observation saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Group needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Switch user...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;password...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention and backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Handover to school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locations and groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;child...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to the organisation&apos;s se&amp;rver...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kz::MaintenanceView</name>
    <message>
        <source>Remove files</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove the files of %n child(ren) for good? This cannot be undone; make a backup first if in doubt.</source>
        <translation>
            <numerusform>Remove the file of %n child for good? This cannot be undone; make a backup first if in doubt.</numerusform>
            <numerusform>Remove the files of %n children for good? This cannot be undone; make a backup first if in doubt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kindzicht-%1.kzbackup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kindzicht backups (*.kzbackup)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A passphrase of at least %1 characters. Without it the backup cannot be restored: keep it safe, apart from the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same passphrase once more:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases are not the same; no backup was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>child %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The files of %n child(ren) were removed.</source>
        <translation>
            <numerusform>The file of %n child was removed.</numerusform>
            <numerusform>The files of %n children were removed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Backup written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A child&apos;s file is kept this many months after the child left, then removed with everything about her. The list shows what a purge removes today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove these files...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a &amp;backup...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kindzicht backups (*.kzbackup);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup&apos;s passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore into a new database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kindzicht-restored.db</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kindzicht databases (*.db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was checked and restored to %1. Open it with: kindzicht --database &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup restored to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An encrypted copy of the whole database. A backup is restored into a new file, checked first; to replace the database itself, use kindzicht-cli restore FILE while Kindzicht is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore into a &amp;new file...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The child whose file has passed the retention period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The child&apos;s last day at the location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support needs that will be removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observations that will be removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals that will be removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the recovery file (cancel to type the recovery code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kindzicht recovery files (*.kzkey);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery code from the recovery sheet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery file&apos;s passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files removed today still live in the kept automatic backups until %1 at the latest, when the backup plan lets the oldest go.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kz::Migrations</name>
    <message>
        <source>This database was written by a newer version of Kindzicht (schema %1; this version knows up to %2). Update Kindzicht to open it; the file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not be upgraded to schema version %1; it was left at version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upgrade would break a reference between tables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is empty. Whoever looks after the server prepares it first: kindzicht-cli server init.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 has schema version %2 and this version of Kindzicht needs %3. Whoever looks after the server upgrades it first: kindzicht-cli server upgrade. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kz::MoveChildDialog</name>
    <message>
        <source>Move %1 to another group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the new group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: from %2 to %3 (by %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not moved before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier moves:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1 the practitioners of %2 no longer see %3: not in their list, not in the dossier. The practitioners of %4 see %3 and everything noted so far. The move is kept in the child&apos;s history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the group %1 moves to.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kz::NeedLevel</name>
    <message>
        <source>basic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>basic plus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>specialised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basic support: what every child gets in the group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basic plus (categorie 2): a little extra in the group, with the parents, sometimes with a partner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specialised (categorie 3): this child needs specialised support from outside the location.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kz::NeedStepDialog</name>
    <message>
        <source>New support need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What do you see?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The support need, in a sentence or two</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What &amp;works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What helps this child, what goes well</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was done or agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parents informed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Informed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their &amp;response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the parents see it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the level changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close support need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Closed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: goals reached, moved, referred on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalate to level 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level 3 means this child needs specialised support (categorie 3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discuss it with the parents and bring in a specialised partner:
%1

This is separate from the meldcode procedure for concerns about the child&apos;s safety, which Kindzicht does not keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Escalate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no specialised partner on the sociale kaart serves this child&apos;s wijk yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1
Level: %2
Parents informed on: %3
Their response: %4
Review on: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form now starts from their version: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kz::ObservationDialog</name>
    <message>
        <source>&amp;Restricted: only I and the location manager can read the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change observation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New observation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Goes well</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;oncern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Neither</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What did you see? Describe, do not judge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Observation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your unsaved observation was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the child this observation is about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have typed an observation that is not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it as a draft for later, or throw it away?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep as draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Throw away</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kz::ObservationStore</name>
    <message>
        <source>The support need belongs to another child.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen development domain does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may not change a restricted note of someone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the author or a manager of the location may change an observation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This observation was not found.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kz::OptionValues</name>
    <message>
        <source>--%1 takes a date as yyyy-mm-dd or dd-mm-yyyy (found &quot;%2&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs --%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 takes a whole number from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 takes a range in months such as 24-48.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kz::OrganisationSetup</name>
    <message>
        <source>Give the name of your organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The administrator needs a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database has accounts already; the organisation was set up before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the location at least one group.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kz::OrganisationStore</name>
    <message>
        <source>The location was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This location already has a group called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This group was not found among the groups you may see.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This group still has %n child(ren) who have not left; move them to another group or record that they left before archiving it.</source>
        <translation>
            <numerusform>This group still has %n child who has not left; move the child to another group or record that the child left before archiving it.</numerusform>
            <numerusform>This group still has %n children who have not left; move them to another group or record that they left before archiving it.</numerusform>
        </translation>
    </message>
    <message>
        <source>This location was not found among the locations you may see.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This location is archived; choose a current location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This location is archived already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This location still has %n child(ren) who have not left; move them to another location&apos;s group or record that they left before archiving it.</source>
        <translation>
            <numerusform>This location still has %n child who has not left; move the child to another location&apos;s group or record that the child left before archiving it.</numerusform>
            <numerusform>This location still has %n children who have not left; move them to another location&apos;s group or record that they left before archiving it.</numerusform>
        </translation>
    </message>
    <message>
        <source>This group is archived already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation&apos;s name may not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation&apos;s name is longer than 200 characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kz::OrganisationView</name>
    <message>
        <source>%1 (archived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locations and groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive the location &quot;%1&quot; and all its groups? They disappear from every choice; their history stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive the group &quot;%1&quot;? It disappears from every choice; its history stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location &quot;%1&quot; archived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group &quot;%1&quot; archived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;name organisation...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;location...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;group...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F2, Enter or double-click</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Archive...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show arc&amp;hived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location / group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LRK number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District · neighbourhood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A location, with its groups below it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kind of group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ages of the children in the group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of places (kindplaatsen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The location&apos;s number in the national childcare register (LRK)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The location&apos;s address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The district and neighbourhood, for the social map</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kz::OutputFile</name>
    <message>
        <source>The disk is full: %1 could not be written. Make room in %2 and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is on a read-only disk; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may not write in %1 (read-only); nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk failed while %1 was being written; try another disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file was given to write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder; give a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an ordinary file; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a database; Kindzicht does not overwrite it with an export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 belongs to a database; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kz::ParentSummaryComposer</name>
    <message>
        <source>A summary for parents is written in Dutch (nl) or English (en).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kz::ParentSummaryDialog</name>
    <message>
        <source>&amp;Print...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as P&amp;DF...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary for the parents of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language of the summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What goes &amp;well (first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What we &amp;work on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tips for &amp;home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who can &amp;help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing in the file says what goes well: write it here, it comes first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too hard for language level B1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview and print; what is printed is kept in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF; what is saved is kept in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the summary for the parents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>summary-for-parents.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the summary again in the other language? Your changes to the text are lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write what goes well: the summary starts with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language level B1: every sentence is short and in everyday words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Language level B1: %n point(s) to rewrite before printing.</source>
        <translation>
            <numerusform>Language level B1: %n point to rewrite before printing.</numerusform>
            <numerusform>Language level B1: %n points to rewrite before printing.</numerusform>
        </translation>
    </message>
    <message>
        <source>Summary for the parents saved to %1 and kept in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write what goes well first: a summary for parents starts with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary for the parents printed and kept in the file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kz::ParentSummaryStore</name>
    <message>
        <source>A summary for parents is written in Dutch (nl) or English (en).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write what goes well first: a summary for parents starts with it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kz::ParentTipStore</name>
    <message>
        <source>Tips are written in Dutch (nl) or English (en).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kz::PartnerChanges</name>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up to %1 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>defunct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>temporarily closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(drops %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wijken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contacts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kz::PartnerCsv</name>
    <message>
        <source>Line %1 has no column with the partner&apos;s name (&quot;naam&quot; or &quot;name&quot;); is this the header line of a partner list?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) where the header has %1.</source>
        <translation>
            <numerusform>%n field where the header has %1.</numerusform>
            <numerusform>%n fields where the header has %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an age in years (like 2, 4 jaar or 18 maanden).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown audience &quot;%1&quot;; use children, parents or professionals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (like 2026-03-01 or 1-3-2026).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no header line; is this a partner list?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column &quot;%1&quot; starts with &quot;%2&quot;: a spreadsheet would run it as a formula</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kz::PartnerDialog</name>
    <message>
        <source>not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professionals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One per line, e.g. Voorleesuurtje</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2593 AB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nederlands, Turks, Arabisch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wijken or stadsdelen, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ser&amp;vices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neigh&amp;bourhoods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street and number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact person&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the contact person does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A direct phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A direct e-mail address</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kz::PartnerFit</name>
    <message>
        <source>helps with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>general help for level 3, not specific to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>specialised help for level 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>basic help, not specialised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meant for level %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serves %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not serve %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>speaks %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>details not verified recently</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kz::PartnerHsds</name>
    <message>
        <source>expected text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a UUID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the organization&apos;s name is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 is not valid JSON: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>$: expected an HSDS organization or an array of organizations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected an organization object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number is out of range</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kz::PartnerImport</name>
    <message>
        <source>the same partner as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new category &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new wijk &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new wijk &quot;%1&quot; in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sociale kaart changed since the preview (another import?); nothing was written. Look at the preview again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This import narrows or empties fields of partners on the sociale kaart; nothing was written. Confirm these changes first:
%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kz::PartnerImportDialog</name>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import into the social map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2): %3 to add, %4 to update, %5 unchanged, %6 rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns not used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected rows are skipped; correct the file and import it again to add them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import: add %1, update %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (in %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New categories: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New neighbourhoods: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) drop wijken or other details, or empty a field: you are asked to confirm them.</source>
        <translation>
            <numerusform>%n change drops wijken or other details, or empties a field: you are asked to confirm it.</numerusform>
            <numerusform>%n changes drop wijken or other details, or empty a field: you are asked to confirm them.</numerusform>
        </translation>
    </message>
    <message>
        <source>The line or record in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added, updated, unchanged or rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation it concerns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changes, or why it is rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the import does, row by row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (narrows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm narrower details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This import drops wijken or other details of partners, or empties a field. A practitioner looking for help in a dropped wijk will no longer find the partner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import these changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kz::PartnerListModel</name>
    <message>
        <source>%1 to %2 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neighbourhoods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all ages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up to %1 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Not verified in the last %n month(s): check the details.</source>
        <translation>
            <numerusform>Not verified in the last %n month: check the details.</numerusform>
            <numerusform>Not verified in the last %n months: check the details.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (check)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kz::PartnerStore</name>
    <message>
        <source>The category &quot;%1&quot; does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A partner with this identifier exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This partner was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A partner changed while the import was being prepared; read the file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An area needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verification period must be between 1 and 60 months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; with this postcode is in the sociale kaart already.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kz::PasswordDialog</name>
    <message>
        <source>Change your password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a new password for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Current password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database has no accounts yet. Make the first administrator: she creates the other accounts, locations and groups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least 10 characters with letters and digits or other signs, or 16 of any kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two new passwords are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kz::PasswordHasher</name>
    <message>
        <source>The cryptography library could not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There was not enough memory to protect the password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kz::PlainLanguageCheck</name>
    <message>
        <source>Long sentence (%1 words; keep to about %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professional word &quot;%1&quot;: say it in everyday words. %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kz::PostgresLogins</name>
    <message>
        <source>The server already has a login named %1 that is not an everyday Kindzicht login; choose another user name, or ask whoever looks after the server. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kz::PrintPreview</name>
    <message>
        <source>Print preview - %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kz::ReceiptDialog</name>
    <message>
        <source>Receipt by the school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. the intern begeleider, M. Jansen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Received on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kz::RecoveryCodeDialog</name>
    <message>
        <source>Recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup key %1 is made and its recovery file was written to %2.

This recovery code opens the automatic backups as well. Print the recovery sheet now and keep it locked away: the code is not shown again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print the recovery sheet...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as P&amp;DF...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the recovery sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1: print it, then delete the file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kz::RecoverySheet</name>
    <message>
        <source>Kindzicht recovery sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup key %1, made on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This code opens every automatic backup made with this key. Keep the sheet locked away, apart from the computer and the backups, and never store it as a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install Kindzicht on a working computer and copy the newest backup (a .kzbackup file) from the backup folder to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In Kindzicht: Administration, Retention and backup, Restore into a new file. Choose the backup, then the recovery file and its passphrase; or type this code instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the command line, where the code is asked for (or give --recovery-file FILE and its passphrase):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kindzicht checks the backup before it writes the new database; a damaged backup or a mistyped code is reported and nothing is written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the backup key is replaced, keep this sheet as long as backups made with this key are kept (at most the backup plan&apos;s months).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the recovery file is kept: ______________________________</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who knows its passphrase: ______________________________</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kz::ReferralDialog</name>
    <message>
        <source>Refer to a partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the waiting list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help has started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Referred on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a partner from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested for this need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the social map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners, the best fit for this need first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kz::ReferralStore</name>
    <message>
        <source>This support need was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen partner does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen partner no longer exists; choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This referral was not found.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kz::RelativeTime</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n week</numerusform>
            <numerusform>%n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1</source>
        <comment>a time from now: in 3 weeks</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ago</source>
        <comment>a time past: 3 weeks ago</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kz::Retention</name>
    <message>
        <source>The retention period must be between 1 and 240 months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing children&apos;s files from the organisation&apos;s server needs the rights of its owner (kindzicht_owner). Ask whoever looks after the server to run the purge; nothing was removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kz::RowVersion</name>
    <message>
        <source>This record no longer exists; it was removed after you opened it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed by %1 on %2 at %3, after you opened it. Nothing of yours was saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed by %1 after you opened it. Nothing of yours was saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kz::ScratchFolder</name>
    <message>
        <source>No private working folder could be made in %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kz::SearchView</name>
    <message numerus="yes">
        <source>%n observation(s) found</source>
        <translation>
            <numerusform>%n observation found</numerusform>
            <numerusform>%n observations found</numerusform>
        </translation>
    </message>
    <message>
        <source>Search observations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words from the notes, for example: cafe puzzel (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab to a name and press Enter to open the dossier there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No observation of the children you may see contains &quot;%1&quot;. Try fewer words, or another form of the word (&quot;puzzel&quot; instead of &quot;puzzelde&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type one or more words from the notes to find observations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You find only observations of the children you may see; restricted notes only when you may read them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capitals and accents do not matter: &quot;cafe&quot; also finds &quot;Café&quot;. Several words find notes with all of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Tab to reach a result and Enter to open the child&apos;s file at that note.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kz::ServerConnectDialog</name>
    <message>
        <source>Connect to the organisation&apos;s server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kindzicht keeps the organisation&apos;s data on one PostgreSQL server. Ask whoever looks after it for these details; this computer remembers them, never your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. kindzicht.organisation.nl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted, the server&apos;s certificate checked (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted, the certificate not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not encrypted (only on this computer or a closed network)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only when the server asks for one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ecurity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;nnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not complete yet)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kz::ServerSetup</name>
    <message>
        <source>%1 holds a Kindzicht database already (schema version %2); nothing was changed. To bring it to this version of Kindzicht: kindzicht-cli server upgrade %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is not empty: server init prepares an empty database only (make one with createdb). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing %1 needs the server&apos;s superuser (postgres) or the database&apos;s owner with the right to create roles (CREATEROLE). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no Kindzicht database yet; prepare it with kindzicht-cli server init.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kz::SetAsideText</name>
    <message>
        <source>What you typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your version, set aside when you started again from theirs. Copy what you still need into the form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy all</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kz::SetupGroupsEditor</name>
    <message>
        <source>Remove this group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity of group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add a group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group&apos;s name, as everyone at the location calls it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day care, pre-school or out-of-school care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ages of the children in the group, from and until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of places (kindplaatsen)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kz::SetupWizard</name>
    <message>
        <source>I am also the &amp;locatiemanager of this location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with your own organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name of the organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kindzicht keeps the children, observations and support needs of your own locations. Start with the name of the organisation; everything here can be changed later under Administration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least one group. The age range says which children belong in it; choose months or years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first administrator: you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The administrator makes the accounts of the other staff, and the locations and groups. As locatiemanager she may also enrol the children of this location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least 10 characters with letters and digits or other signs, or 16 of any kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the name of your organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the district and neighbourhood from the list, or type a new one. More locations can be added later.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kz::ShortcutOverview</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys that work in Kindzicht. Keys listed for a workspace work while it is shown; F1 opens the help for the workspace you are in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keys to press together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command the keys give</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The menu or workspace in which the keys work</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kz::SocialMapView</name>
    <message numerus="yes">
        <source>%n organisation(s)</source>
        <translation>
            <numerusform>%n organisation</numerusform>
            <numerusform>%n organisations</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose an organisation to see what it offers and how to reach it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neighbourhoods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 added to the social map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The details of %1 are recorded as verified today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark %1 as defunct? It is no longer suggested for referrals; past referrals keep their history. You can set it active again by editing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is marked as defunct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner lists (*.csv *.txt *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than 64 MB; this is not a partner list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be imported.

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported from %1: %2 added, %3 updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export only the %1 organisations shown, or all %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only those shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>social-map</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n organisation(s) exported to %1.</source>
        <translation>
            <numerusform>%n organisation exported to %1.</numerusform>
            <numerusform>%n organisations exported to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 copied: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All neighbourhoods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professionals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>professionals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>please check these details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search name, help offered, contacts (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The child&apos;s age: only partners whose age range includes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only partners whose details were not verified recently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an organisation (Ins)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the chosen organisation (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verified now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that you checked these details today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the organisation as defunct; it stays in past referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (spreadsheet)...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCard 4.0 (address book)...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCard 3.0 (older Outlook)...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HSDS 3.0 JSON (Open Referral)...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark details for checking when not verified for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kind of help it offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The neighbourhoods it works in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ages of the children it helps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active, inactive, temporarily closed or defunct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When someone last checked the details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the social map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wijk or stadsdeel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age of the child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months until details count as not verified</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kz::SupportNeedStore</name>
    <message>
        <source>The chosen development domain does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This support need is closed and can no longer be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close a support need with a reason, through Close.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The support need has this status already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The support need has this level already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A support need cannot be closed before it was signalled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This support need was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may not read this restricted note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This observation belongs to a support need already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parents can only be informed in a conversation about this child.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kz::SyntheticOrganisation</name>
    <message>
        <source>Give at least one location, and no negative or absurdly large numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The synthetic organisation can only be written into an empty database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kz::TrendChart</name>
    <message>
        <source>opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kz::UserStore</name>
    <message>
        <source>A user needs a name to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user needs at least one role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name &quot;%1&quot; is taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database has accounts already; ask an admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot deactivate your own account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This user was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current password is not right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name to show is longer than 200 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of the chosen groups does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of the chosen groups is archived; choose current groups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of the chosen locations does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of the chosen locations is archived; choose current locations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the last active administrator; give another account the administrator role first, or nobody could manage accounts any more.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kz::Validator</name>
    <message>
        <source>%1 may not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is longer than %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contains a broken character; please type or paste it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The location&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The LRK number must be 9 digits (found &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Dutch postcode (four digits and two letters, like 2593 AB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group&apos;s age range must run from a lower to a higher age.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A group cannot be meant for children older than %1 years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group&apos;s capacity must be between 1 and 200 children.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date is missing or not a valid date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date lies in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A child born on %1 is older than %2; childcare ends at that age.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start date is missing or not a valid date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start date lies before the birth date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end date lies before the start date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VE indication date lies before the birth date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VE indication date lies in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the child&apos;s group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The neighbourhood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The home languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The level must be 1, 2 or 3 (found %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the development domain of the support need.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agreed actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parents&apos; response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of the signal is missing or not a valid date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of the signal lies in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review date lies before the date of the signal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date the parents were informed lies in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parents cannot have been informed before the signal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a reason for closing the support need.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The observation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The moment of the observation is missing or not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The moment of the observation lies in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one development domain for the observation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The partner&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the partner&apos;s category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The minimum age must be between 0 and 120 years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The maximum age must be between 0 and 120 years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The minimum age is higher than the maximum age.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A contact&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the partner the child is referred to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The referral date is missing or not a valid date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The referral date lies in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help cannot have started before the referral.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The referral cannot have ended before it was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user name has 2 to 64 lower-case letters, digits, dots, dashes or underscores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password needs at least 10 characters with letters and digits or other signs, or 16 characters of any kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password may not contain the user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a country code (two letters, like NL or BE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reason for leaving needs the date the child left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The child number &quot;%1&quot; may hold up to 40 letters, digits, dots, dashes or slashes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parent&apos;s or guardian&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parent&apos;s or guardian&apos;s name is longer than 200 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preferred language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contains a control character (code %2) that cannot be stored; remove it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A list entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A contact&apos;s role</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
