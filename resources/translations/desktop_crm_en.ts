<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AccountsPage</name>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/contacts/list_page.py" line="+769"/>
        <source>%Ln account(s)</source>
        <translation>
            <numerusform>%Ln account</numerusform>
            <numerusform>%Ln accounts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ApplyPlanDialog</name>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/apply_plan.py" line="+58"/>
        <source>Create the follow-up tasks of a care plan for %n customer(s).</source>
        <translation>
            <numerusform>Create the follow-up tasks of a care plan for %n customer.</numerusform>
            <numerusform>Create the follow-up tasks of a care plan for %n customers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+91"/>
        <source>%n customer(s) without a plan for their segment.</source>
        <translation>
            <numerusform>%n customer without a plan for their segment.</numerusform>
            <numerusform>%n customers without a plan for their segment.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CarePage</name>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/pages/care.py" line="+172"/>
        <source>%Ln open care case(s)</source>
        <translation>
            <numerusform>%Ln open care case</numerusform>
            <numerusform>%Ln open care cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%Ln case(s) shown</source>
        <translation>
            <numerusform>%Ln case shown</numerusform>
            <numerusform>%Ln cases shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatalogueWindow</name>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/catalogue/window.py" line="+285"/>
        <source>%Ln product(s) shown</source>
        <translation>
            <numerusform>%Ln product shown</numerusform>
            <numerusform>%Ln products shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+124"/>
        <source>… and %n more.</source>
        <translation>
            <numerusform>… and %n more.</numerusform>
            <numerusform>… and %n more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>%n product(s) written to:</source>
        <translation>
            <numerusform>%n product written to:</numerusform>
            <numerusform>%n products written to:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/contacts/list_page.py" line="-17"/>
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln contact</numerusform>
            <numerusform>%Ln contacts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DealDetailPage</name>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/deal_detail/page.py" line="+390"/>
        <source>In “{stage}” since {date}: %n day(s)</source>
        <translation>
            <numerusform>In “{stage}” since {date}: %n day</numerusform>
            <numerusform>In “{stage}” since {date}: %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeadScoringBox</name>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/settings_lead_scoring.py" line="+217"/>
        <source>Saved; %n score(s) recomputed.</source>
        <translation>
            <numerusform>Saved; %n score recomputed.</numerusform>
            <numerusform>Saved; %n scores recomputed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PipelinePage</name>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/pages/pipeline.py" line="+48"/>
        <source>%Ln open deal(s)</source>
        <translation>
            <numerusform>%Ln open deal</numerusform>
            <numerusform>%Ln open deals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>{amount} in %Ln deal(s)</source>
        <translation>
            <numerusform>{amount} in %Ln deal</numerusform>
            <numerusform>{amount} in %Ln deals</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuotesPage</name>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/pages/quotes.py" line="+389"/>
        <source>%Ln quote(s)</source>
        <translation>
            <numerusform>%Ln quote</numerusform>
            <numerusform>%Ln quotes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln product(s) in the catalogue</source>
        <translation>
            <numerusform>%Ln product in the catalogue</numerusform>
            <numerusform>%Ln products in the catalogue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%Ln quote(s) shown</source>
        <translation>
            <numerusform>%Ln quote shown</numerusform>
            <numerusform>%Ln quotes shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResolveDialog</name>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/care/dialogs.py" line="+237"/>
        <location line="+1"/>
        <source>%n of 5</source>
        <translation>
            <numerusform>%n of 5</numerusform>
            <numerusform>%n of 5</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StageColumnWidget</name>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/pipeline/board.py" line="+260"/>
        <source>%n deal(s)</source>
        <translation>
            <numerusform>%n deal</numerusform>
            <numerusform>%n deals</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/today/page.py" line="+105"/>
        <source>%Ln task(s) due today or overdue</source>
        <translation>
            <numerusform>%Ln task due today or overdue</numerusform>
            <numerusform>%Ln tasks due today or overdue</numerusform>
        </translation>
    </message>
</context>
</TS>
