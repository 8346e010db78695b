"""Notifications: the outbox reader, signed webhooks, digest e-mails, the daemon's delivery jobs
(jobs.py) and a read-only endpoint."""
