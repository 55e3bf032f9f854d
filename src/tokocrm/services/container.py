"""Build every service over one opened database (the composition root calls this)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Engine
from sqlalchemy.engine import URL

from tokocrm.db.opening import DatabaseInfo, open_database
from tokocrm.db.sessions import Sessions
from tokocrm.services.actor import Place
from tokocrm.services.audit import AuditService
from tokocrm.services.cards import CardService
from tokocrm.services.categories import CategoryService
from tokocrm.services.clock import Clock, local_now
from tokocrm.services.customer_value import CustomerValueService
from tokocrm.services.dashboard import DashboardService
from tokocrm.services.exports import ExportService
from tokocrm.services.feedback import FeedbackService
from tokocrm.services.followup import FollowUpService
from tokocrm.services.imports import ImportService
from tokocrm.services.loyalty import LoyaltyService
from tokocrm.services.maintenance import MaintenanceService
from tokocrm.services.members import MemberService
from tokocrm.services.messages import MessageService
from tokocrm.services.privacy import PrivacyService
from tokocrm.services.purchases import PurchaseService
from tokocrm.services.segments import SegmentService
from tokocrm.services.shop_settings import ShopSettingsService
from tokocrm.services.users import UserService


@dataclass(frozen=True)
class Services:
    engine: Engine
    database: DatabaseInfo
    settings: ShopSettingsService
    members: MemberService
    purchases: PurchaseService
    categories: CategoryService
    loyalty: LoyaltyService
    exports: ExportService
    imports: ImportService
    segments: SegmentService
    dashboard: DashboardService
    customer_value: CustomerValueService
    feedback: FeedbackService
    users: UserService
    audit: AuditService
    privacy: PrivacyService
    cards: CardService
    followup: FollowUpService
    messages: MessageService
    maintenance: MaintenanceService

    def close(self) -> None:
        self.engine.dispose()


def open_services(url: str | URL, clock: Clock = local_now,
                  place: Place | None = None) -> Services:
    """Open (create or upgrade) the database at `url` and build the services on it; users
    who log in act from `place` (this installation's till and branch)."""
    engine, info = open_database(url)
    sessions = Sessions(engine)
    segments = SegmentService(sessions, clock)
    customer_value = CustomerValueService(sessions, clock)
    return Services(
        engine=engine, database=info, settings=ShopSettingsService(sessions, clock),
        members=MemberService(sessions, clock), purchases=PurchaseService(sessions, clock),
        categories=CategoryService(sessions, clock), loyalty=LoyaltyService(sessions, clock),
        exports=ExportService(sessions, clock), imports=ImportService(sessions, clock),
        segments=segments, customer_value=customer_value,
        dashboard=DashboardService(sessions, segments, customer_value, clock),
        feedback=FeedbackService(sessions, clock),
        users=UserService(sessions, clock, place),
        audit=AuditService(sessions, clock), privacy=PrivacyService(sessions, clock),
        cards=CardService(sessions, clock), followup=FollowUpService(sessions, clock),
        messages=MessageService(sessions, clock),
        maintenance=MaintenanceService(sessions, clock))
