"""Commands that run and look after the service: serve, users, purge-expired."""

import click

from assistant.settings import get_settings


@click.command()
@click.option("--host", help="Address to listen on (default from settings).")
@click.option("--port", type=int, help="Port to listen on (default from settings).")
def serve(host, port) -> None:
    """Run the web service with a production server (waitress)."""
    from waitress import serve as waitress_serve

    from assistant.accounts import ensure_administrator
    from assistant.database import session_factory
    from assistant.web import create_app

    settings = get_settings()
    host, port = host or settings.host, port or settings.port
    with session_factory()() as session:
        password = ensure_administrator(session)
        session.commit()
    if password:
        click.echo(
            f"first start: administrator 'admin' created with password {password} "
            "(shown once; add accounts with 'complaints-assistant users add')"
        )
    from assistant.web.app import warm_up

    click.echo("loading language models…")
    warm_up()
    click.echo(f"complaints assistant listening on http://{host}:{port}/")
    waitress_serve(create_app(), host=host, port=port, threads=settings.threads)


@click.group()
def users() -> None:
    """Manage accounts: legal managers, coordinators, quality leads, admins."""


@users.command(name="add")
@click.argument("username")
@click.option(
    "--role",
    required=True,
    type=click.Choice(
        ["legal_manager", "complaints_coordinator", "quality_lead", "administrator"]
    ),
)
@click.option("--system", is_flag=True, help="An API client: no password, a token.")
def add_account(username, role, system) -> None:
    """Create an account (asks for the password, or prints a token for systems)."""
    from assistant.accounts import add_user, issue_token
    from assistant.database import session_factory

    password = (
        None
        if system
        else click.prompt("Password", hide_input=True, confirmation_prompt=True)
    )
    with session_factory()() as session:
        user = add_user(session, username, role, password)
        token = issue_token(session, user) if system else None
        session.commit()
    click.echo(f"account '{username}' created with role {role}")
    if token:
        click.echo(f"API token (shown once): {token}")


@click.command(name="purge-expired")
def purge_expired() -> None:
    """Delete letter text older than the retention period; statistics stay."""
    from assistant.database import session_factory
    from assistant.retention import purge_expired_evaluations, purge_expired_text

    settings = get_settings()
    days = settings.retention_days
    with session_factory()() as session:
        count = purge_expired_text(session, days)
        session.commit()
    runs = purge_expired_evaluations(settings.data_dir / "evaluations", days)
    click.echo(
        f"text deleted from {count} letters and {runs} evaluation runs older than "
        f"{days} days"
    )
