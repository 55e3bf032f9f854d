<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ErrorReporter</name>
    <message>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TokoCRM hit an unexpected problem: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing you saved before this was lost. Details are in {log}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Not built yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a member by card, phone or name, record purchases, award and redeem points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse, search and edit every member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loyalty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points, tiers, rewards and the loyalty rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer feedback and complaint cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segments, sales and loyalty at a glance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import/Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring member lists in from Excel and export spreadsheets for the books.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
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
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About TokoCRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: {location} (schema {revision})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About TokoCRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TokoCRM {version}
Customer relationships for small shops.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Cannot read the database file {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a TokoCRM database. The file was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} belongs to another program. The file was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database {path} was made by a newer TokoCRM (schema {revision}). Please install the newest TokoCRM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{user} ({role}) may not {action}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language is used the next time TokoCRM starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
