<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AuditPage</name>
    <message>
        <source>Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Till</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every event the filters select, oldest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period ends before it starts: check the dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit-trail-{day}.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the audit trail as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the newest {count} events only. Narrow the filters, or export, to see the older ones.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditTexts</name>
    <message>
        <source>Logged in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member erased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member&apos;s data exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase voided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points adjusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loyalty rules changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reward added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reward changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheet imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheet exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shop moved to PostgreSQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase summaries rebuilt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user {key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>member {key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>purchase {key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reward {key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>message template {key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>follow-up: {key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the shop&apos;s branches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shop name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>logo on member cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>card number prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lock after idle minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hours to answer a complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segment rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loyalty rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>product categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>feedback categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>members&apos; purchase summaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>purchases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>points ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>monthly bookkeeping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit trail</source>
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
    <message>
        <source>Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupSettings</name>
    <message>
        <source>Choose folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TokoCRM backs the shop up here once a day when it starts, keeping the newest backup of each of the last 14 days and 12 months. A USB disk or a synced folder keeps them safe when the counter PC&apos;s disk dies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups go to {folder} from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BranchPicker</name>
    <message>
        <source>All branches</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardPrinting</name>
    <message>
        <source>No new cards: every active member&apos;s card was printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} cards are too many to preview at once: save them as a PDF and print that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the member cards as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>member-cards.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the cards…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed 1 card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed {count} cards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {path} (cards: {cards}, A4 sheets: {sheets}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cards could not be written: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print member cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member cards</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardSettings</name>
    <message>
        <source>Choose logo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shop&apos;s logo and name are printed on every member card. Choose a PNG or JPEG picture; a large one is made smaller.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The logo is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Siti Aminah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the shop&apos;s logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The logo is removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CasePanel</name>
    <message>
        <source>Select a case in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would recommend (0-10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who handles it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the shop answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one is assigned now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case {id} · {status} · due {due}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{case} · Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{when} by {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{when} · {event} by {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{when} · {channel} by {who}: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it is reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it was resolved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>Save as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the chart as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CounterPage</name>
    <message>
        <source>Scan a card, or type a phone number or name (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New member (F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback (F7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift+F7: feedback from a walk-in customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile (F4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan a member card or search above. No card yet? Press F3 to register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No member found. Press F3 to register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded {amount} for {name} after {discount} off with points: +{points} points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded {amount} for {name}: +{points} points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reward} redeemed for {name}: {points} points used, {left} left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered {name}, card {card}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CounterSettings</name>
    <message>
        <source>None: the shop has one place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save counter name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Till</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the owner names the counter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. Purchases, points and feedback are recorded as {till} at {branch} from the next login (F12).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the shop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message>
        <source>New members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New purchases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the owner and the bookkeeper see the dashboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing the dashboard for the first time…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of {day}, the 30 days up to it against the 30 before. Click a segment in a chart to see its members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of {day}, {branch}: its sales and feedback in the 30 days up to it against the 30 before. Members, points, segments and charts are the whole shop&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped; showing the last result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped before anything was computed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dashboard could not be computed: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardTexts</name>
    <message>
        <source>Members who bought (30 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New members (30 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue from members (30 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits by members (30 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bought only once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyers who came back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept over 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New members who bought (90 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members without a phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points liability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average rating (30 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no earlier figure to compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>= the same as the 30 days before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{arrow} {amount} on the 30 days before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segments now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segments at each month&apos;s end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue by segment per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predicted value, next 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predicted 12-month value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shop&apos;s history is too short for a prediction yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DryRunPage</name>
    <message>
        <source>Check before importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is saved yet: this is what the import would do with each row. The first rows are shown as they will be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Award &amp;points for these purchases by today&apos;s loyalty rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows that are members already:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Skip them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fill their empty fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overwrite with the file&apos;s values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading every row…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trying the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rows} rows read. Press Import to save them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table shows the first {shown} and the rejected ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening points to bring over: {points}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points to award: {points}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run stopped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
    <name>ExportPanel</name>
    <message>
        <source>Export for the books</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for purchases, the points ledger, feedback and the month; members are the whole shop&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export members…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export purchases…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export points ledger…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export feedback…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the month…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every member with points, tier, spend and last visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchases made in the period; voided ones are marked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every points entry made in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback given in the period, with its complaint case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly bookkeeping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary, one line per day, the month&apos;s purchases and points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open its folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the export as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>members-{day}.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bookkeeping-{month}.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period ends before it starts: check the dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>purchases-{first}-to-{last}.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>feedback-{first}-to-{last}.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>points-{first}-to-{last}.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeedbackForm</name>
    <message>
        <source>What did the customer say?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rated 1 or 2: recorded as a complaint anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating (1-5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would recommend (0-10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the last purchase ({amount}, {time})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press 1 to 5 for the rating first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback saved; complaint case opened, due {due}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeedbackPage</name>
    <message>
        <source>Feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open or in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSAT (rated 4 or 5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median hours to resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction and complaint handling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} ratings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past their due time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeedbackSettings</name>
    <message>
        <source>hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases already open keep the due time they were given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours to resolve a complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New category, e.g. Parkir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback categories (untick to retire)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A retired category is no longer offered; past feedback keeps it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: new complaint cases are due this many hours after they come in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the hours in force.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added: {name} can be chosen for new feedback.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} can be chosen again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retired: {name} is no longer offered; past feedback keeps it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeedbackTexts</name>
    <message>
        <source>At the counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk-in customer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A spreadsheet from Excel (.xlsx, .xlsm, .xls), LibreOffice (.ods) or a CSV file. Nothing is saved until the last step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the spreadsheet to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheets ({patterns})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: the table starts at cell {cell} of sheet {sheet}: {columns} columns, {rows} rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook has {count} sheets; choose one next.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <source>Welcome to TokoCRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name your shop and make the owner&apos;s account. The owner adds cashiers and bookkeepers later in Settings → Users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shop name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner&apos;s user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password (at least {count} characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create and open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit TokoCRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ; type them again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpPage</name>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send on WhatsApp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the message to paste it in another app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp could not be opened: is a web browser installed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>follow-up-{list}-{day}.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the list as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the first {count} members only; the export has them all.</source>
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
    <message>
        <source>{name} ({kind})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No message templates yet: the owner writes them in Settings, Messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is due on this list today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a member in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened in WhatsApp for {name}; noted on their timeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied for {name}; noted on their timeline.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpTexts</name>
    <message>
        <source>Birthdays this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthdays this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points expiring in the next 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New members with no second visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Former customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint resolved in the last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promotion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This member did not agree to receive offers: a promotion may not be sent to them. Choose a service message, or ask for their consent first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This member has no mobile number: copy the message to send it another way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the member&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>their points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>their tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the shop&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>when their next points expire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the best reward their points buy now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the category they buy most</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportExportPage</name>
    <message>
        <source>Import and export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing and exporting spreadsheets is for the owner and the bookkeeper.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import members…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import purchase history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A member list from Excel, LibreOffice or another program (.xlsx, .xls, .ods, .csv), with opening points. You see what will happen to every row before anything is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past purchases of members already in TokoCRM: member, date, amount, receipt number. Points are not awarded unless you ask for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring spreadsheets in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes: {fields}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportRunPages</name>
    <message>
        <source>Something went wrong: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import purchase history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobProgress</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>TokoCRM: log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked. Log in to go on, or let the next cashier log in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in with your name and password or PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password or PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit TokoCRM</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoyaltyPage</name>
    <message>
        <source>Loyalty program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points redeemed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points outstanding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outstanding liability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members below zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The owner changes the rules in Settings → Loyalty rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rewards catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add reward…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected reward:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reward added: {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is active again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is no longer offered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock of {name} set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A void took back points they had already spent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoyaltyRulesEditor</name>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rupiah per point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value of 1 point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome bonus (points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday bonus (points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral bonus (points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points expire after (months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given once, when a member registers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given once a year, in the member&apos;s birthday month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given to the member who referred a friend and to the friend, each, at the friend&apos;s first purchase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A member&apos;s tier follows what they paid in the last 12 months; the first tier starts at Rp 0. The multiplier raises the points earned: 1.25x gives 25% more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: effective from now; past points do not change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the rules in force.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoyaltyTexts</name>
    <message>
        <source>{number}x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rupiah discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percent discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{amount} off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{percent}% off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{percent}% off, at most {cap}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>free item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 point for every {amount} paid, rounded down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 point is worth {amount} when a member pays with points; it also values the points still owed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points never expire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points expire {months} months after the day they were earned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} from {amount} ({multiplier})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bonuses: {welcome} points on joining, {birthday} in the birthday month, {referral} each to a referrer and the friend at the friend&apos;s first purchase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiers by spend in the last 12 months: {tiers}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: type a whole number of Rupiah, e.g. {example}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>TokoCRM: {user}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loyalty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import/Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail</source>
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
        <source>&amp;Lock or switch user</source>
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
        <source>{user} ({role})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily points run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The daily points run failed; see the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The daily backup failed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily run: {points} points expired, {birthdays} birthday bonuses given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily run stopped; the rest is done at the next start. {done}</source>
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
    <name>MappingPage</name>
    <message>
        <source>Match the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what each column holds. Several columns can go into the name (first and last name) or the address (street, city, post code); for any other field the first filled column is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goes into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column {letter} goes into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no header)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet {sheet}, header on row {row}. These are the fields you chose the last time a file with these columns was imported; change any that is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet {sheet}, header on row {row}. The fields are guessed from the headers; change any that is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberCard</name>
    <message>
        <source>{tier} member</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberFeedback</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add feedback…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{status} · overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} replies, last: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{time} · {channel} · {who}: {text}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberMessages</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Till</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No messages were sent to this member yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(erased)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberPrivacy</name>
    <message>
        <source>Export the member&apos;s data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase on request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why (e.g. the customer asked by WhatsApp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase personal data for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>member-{card}.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the member&apos;s data as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erased. The purchases stay, without a name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberProfileDialog</name>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agrees to receive offers</source>
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
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
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
        <source>Birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average basket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Favourite categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is this purchase voided?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print card…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erased member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member {card}: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agrees to receive offers (since {day})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged into another member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (card {card})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voided: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to save: no field was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase voided.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberSummary</name>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiring soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average basket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Favourite categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card {card} · {phone} · member since {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card {card} · no phone · member since {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{tier} · {amount} more to {next}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{points} points by {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} open complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This member has {count} unresolved complaint case(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: {badge}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberTableModel</name>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
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
        <source>Merged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message>
        <source>Card, phone or part of a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select exactly two members to merge them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print cards of the selected members…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save cards of the selected members as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print new cards…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save new cards as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged into {name} (card {card}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge two members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep which record? The other one&apos;s purchases and referrals move to it, and its card keeps finding the member you keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{card}  {name}  {phone}  joined {joined}, {visits} visits</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageTemplates</name>
    <message>
        <source>New template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Birthday greeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Halo {nama}, selamat ulang tahun dari {toko}!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A promotion goes only to members who agreed to receive offers; a service message (a complaint&apos;s answer, a reminder) goes to anyone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: {name} can be chosen on the Follow-up page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} can be chosen again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retired: {name} is no longer offered; messages sent with it keep its name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({kind})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{template}, retired</source>
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
        <source>The database stayed busy with the other counters; nothing was saved. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} was not upgraded: a copy of it could not be saved first ({reason}). The file was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{user} ({role}) may not {action}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found: {key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone {phone} already belongs to {name} (card {card}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card {card} already belongs to {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt {receipt} was already recorded (purchase {purchase_id}). Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase {purchase_id} is already voided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this meanwhile. Close it, open it again and redo your change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot merge: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sample shop is only made in an empty database; this one has {members} members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup {path} could not be made: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{action} works on SQLite files only; back a {dialect} database up with its own tools (pg_dump).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} was not restored because {reason}; the current database is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong user name, password or PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{user} is locked after too many failed tries. Try again after {until}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
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
        <source>Birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Till</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rupiah per point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value of one point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome bonus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday bonus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral bonus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points expire after (months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier starts at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multiplier (percent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loyal from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At risk after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortest usual gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Former after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High value: top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recurring from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recurring gaps vary at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likelihood to recommend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours to resolve a complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shop name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock an idle counter after (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shop logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is longer than {limit} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be between {low} and {high}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not an Indonesian mobile number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not an e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a possible birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be 1 to 32 letters or digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has no free card numbers left for this prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be 1 to 6 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a whole number of Rupiah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could mean two different amounts; type it in full (1250000) or with rb or jt (250 rb, 1.5 jt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be more than Rp 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is more than Rp 1.000.000.000; check the amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be changed here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be the member themselves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be active or inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not one of {choices}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is already resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is already open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>can only be started while it is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>belongs to another member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is the last one left and cannot be retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first tier must start at Rp 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every tier needs its own name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>two tiers cannot start at the same spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is more than the {balance} points the member has</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs a value for this kind of reward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is out of stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is no longer offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a whole, non-zero number of points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pay with a reward or with points, not both at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>may hold only letters, digits, spaces, dots, dashes and underscores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be {low} to {high} digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be at least {limit} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>was erased on the customer&apos;s request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>was merged into another member; use that member instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be owner: the first user is the shop&apos;s owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is the shop&apos;s last owner: add another owner first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has {value}, which is not a placeholder; use {choices}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has no mobile number to send a WhatsApp message to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a promotion, and the member did not agree to receive offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a PNG or JPEG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is larger than {limit} KB</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PointsHistory</name>
    <message>
        <source>Earned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redeemed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken back (purchase voided)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given back (purchase voided)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjusted by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome bonus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday bonus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral bonus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved in (merged member)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved out (merged member)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason, e.g. compensation for a complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add / take points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjust by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{points} points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{tier} · {amount} more to {next}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{points} expire by {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>below zero after a void</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase no. {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points adjusted; the balance is now {balance}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PointsPayment</name>
    <message>
        <source> points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redeem only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t use points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay with points (1 point = {value})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reward} · {points} points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the item: {reward}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{off} off · to pay {pay}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewTable</name>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will be</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PurchaseForm</name>
    <message>
        <source>Earlier purchase, at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record purchase (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount (Rp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points (F6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories (Space to tick)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RatingInput</name>
    <message>
        <source>{rating} of 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating: {rating} of 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating: press 1 to 5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterForm</name>
    <message>
        <source>Known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card or phone of the member who sent them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agrees to receive offers (WhatsApp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile phone *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open {name} instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the member&apos;s mobile phone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every accepted row is saved at once, or none is: Cancel leaves the shop exactly as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save error report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open error report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} rows were not imported. Save them to a workbook with the reason beside each, fix them there and import that file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import done: {created} new members, {updated} updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening points brought over: {points}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import done: {created} purchases recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points awarded: {points}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import failed; nothing was saved. ({error})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import stopped; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}-errors.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the error report as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error report saved: {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RewardDialog</name>
    <message>
        <source>Add a reward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Rp 10.000 off your next purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no limit</source>
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
        <source>Points it costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rupiah off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percent off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most (Rupiah, optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add reward</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cashier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bookkeeper</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SaveBar</name>
    <message>
        <source>Undo my changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretFields</name>
    <message>
        <source>Logs in with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN or password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{low} to {high} digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least {count} characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SegmentMembersDialog</name>
    <message>
        <source>{segment}: {count} members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{segment}-members.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the list as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SegmentRulesEditor</name>
    <message>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loyal from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>purchases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At risk after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortest usual gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Former after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High value: top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recurring from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recurring gaps vary at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: the new thresholds apply from the next time segments are computed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the rules in force.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SegmentTexts</name>
    <message>
        <source>Potential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loyal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Former</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recurring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A member with one purchase is New for this many days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loyal: at least this many purchases in the last 12 months, the last one within their usual gap between visits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At risk: silent for longer than this many times their usual gap between visits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The usual gap between visits is never taken as shorter than this many days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Former: no purchase for more than this many days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High value: the top percent of buying members by 12-month spend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recurring: at least this many gaps between purchases…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…whose lengths vary by at most this percent of the usual gap.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loyalty rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer</source>
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
    <message>
        <source>Save prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New category, e.g. Minuman</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shop (shared by every counter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card number prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product categories (untick to retire)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New cards now start with {prefix}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category updated.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SheetPage</name>
    <message>
        <source>Choose the sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook has several sheets. The first one with a table TokoCRM recognises is chosen for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{sheet} (hidden)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no header row TokoCRM recognises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{sheet}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{sheet}: table at cell {cell}, {columns} columns, {rows} rows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpreadsheetTexts</name>
    <message>
        <source>Name</source>
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
        <source>Card number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepts promotions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active or not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer ID in the old system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member&apos;s card number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member&apos;s phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member&apos;s e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount (Rupiah)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} cannot be opened ({detail}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is empty: it has no cells with data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is not a spreadsheet (.xlsx, .xlsm, .xls, .ods or .csv).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is a web page or XML file saved under a spreadsheet name; open it in Excel or LibreOffice and save it as .xlsx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is an Excel binary workbook (.xlsb); save it as .xlsx and import that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is protected with a password; open it in Excel, remove the password, save it and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is damaged and cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is a text file in an unknown character encoding; save it as &quot;CSV UTF-8&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is larger than {limit} MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet {sheet} of {file} spans {columns} columns, more than the {limit} that can be imported; delete the stray cells far to the right of the table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet {sheet} of {file} has more than {limit} rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet {sheet} of {file} spans more cells than can be read at once; delete the stray cells far below or to the right of the table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} has no sheet with a header row TokoCRM recognises (such as Nama, No. HP, Email).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} has no sheet named {sheet}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no column goes into {field} yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a member needs a phone number, an e-mail address or a card code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the member needs a card number, phone, e-mail or customer ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} names a column the table does not have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} cannot be imported here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} is not a real calendar date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} is not yes or no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} is not female or male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} is not active or inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is the same as row {first_row} (same {key}); only the first is imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>belongs to member {card} ({name}) already (same {key})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>member {card} ({name}) already has these values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>card {value} belongs to another member, {card} ({name})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>matches member {card} ({name}) by {key}, but the row gives card {value}; an import never changes a member&apos;s card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>matches {first} by {first_key} but {second} by {second_key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} points were not added: {card} ({name}) is already a member, and points come in only as the opening balance of a new member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no active member has this {key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>member {card} ({name}) is not active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} members share this {key}; give the card or phone instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TokoCRM does not keep other systems&apos; customer ids; give the card, phone or e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is the same receipt as row {first_row}; only the first is imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>was already recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is longer than {limit} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be between {low} and {high}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not an Indonesian mobile number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not an e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a possible birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be 1 to 32 letters or digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a whole number of Rupiah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be more than Rp 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is more than Rp 1.000.000.000; check the amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a real calendar date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not yes or no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not female or male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not active or inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs a phone number, an e-mail address or a card code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs a card code, phone number, e-mail or customer ID of the member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: {reason} ({value})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export stopped; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export failed: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketing consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spend 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Till</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redemption ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points redeemed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voided purchases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points outstanding at start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points outstanding at end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points liability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthdays this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthdays this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points expiring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No second visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Former customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StockEdit</name>
    <message>
        <source>Unlimited</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TiersTable</name>
    <message>
        <source>Tier name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From spend in the last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points multiplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Gold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spend for tier {tier}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserTexts</name>
    <message>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersSettings</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logs in with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set new PIN or password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A counter nobody touches for this long locks itself; whoever comes next logs in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screen lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added {name} as {role}; they log in with their {kind}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is now {role}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} can log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is switched off and can no longer log in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} now logs in with the new {kind}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: a counter left alone for {minutes} minutes locks itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected user: none (choose one in the list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected user: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two PINs differ; type the PIN again in both fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ; type the password again in both fields.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkbookJob</name>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {path}. Rows written: {rows}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
