"""The web service (CONTRACT §8): a JSON API for programs and server-rendered pages for people.

The API takes ``Authorization: Bearer …`` only; the pages take a session cookie only, and
every form they post carries a CSRF token bound to that session.  Reading never happens
here: a check is a row set to ``queued`` that the reader process (``checks.reader_loop``)
takes; the pages poll the row.  Out of scope is 404, like a missing id.
"""

from __future__ import annotations

import csv
import hashlib
import hmac
import io
import json
import re
import secrets
import shutil
import tempfile
import time
from pathlib import Path
from typing import Any

from starlette.requests import ClientDisconnect
from fastapi import Depends, FastAPI, Form, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates
from sqlalchemy import select
from sqlalchemy.orm import Session
from starlette.exceptions import HTTPException as StarletteHTTPException

from . import auth
from .store import Application, AuditEvent, LogEntry, StoredFile, Store, User, new_id, now
from .uploads import Limits, UploadRefused, receive

COOKIE = "zc_session"
TEMPLATES = Path(__file__).parent / "templates"
STATUS_ZH = {"draft": "未提交", "queued": "排队中", "reading": "识别中", "done": "已核验", "failed": "核验失败"}
DECISIONS = ("通过", "退回补正", "资格不符")
REVIEW_CODES = ("rank_mismatch", "date_mismatch", "before_current_title")
MAX_REASONS = 100
MAX_PROFILE_TEXT = 200  # one value of the profile: a name, a date, a title
CHINESE = re.compile(r"[\u4e00-\u9fff]")
ROUTER_ZH = {404: "没有这个页面或接口", 405: "这个地址不接受这种请求方法", 400: "请求无法解析",
             413: "请求体过大", 415: "不支持的内容类型", 422: "请求内容无效"}


class Service:
    def __init__(self, store: Store, limits: Limits):
        self.store = store
        self.limits = limits
        secret_file = store.data / "secret.key"
        if not secret_file.exists():
            secret_file.write_bytes(secrets.token_bytes(32))
            secret_file.chmod(0o600)
        self.secret = secret_file.read_bytes()


class _SafetyHeaders:
    """Headers every answer carries: no type sniffing, no framing by other sites, no
    addresses (with their ids) in the Referer sent elsewhere.  Plain ASGI: uploads stream
    through untouched."""

    HEADERS = [(b"x-content-type-options", b"nosniff"), (b"x-frame-options", b"SAMEORIGIN"),
               (b"referrer-policy", b"same-origin")]

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)

        async def sending(message):
            if message["type"] == "http.response.start":
                present = {k.lower() for k, _ in message.get("headers", [])}
                message["headers"] = list(message.get("headers", [])) + [h for h in self.HEADERS if h[0] not in present]
            await send(message)

        return await self.app(scope, receive, sending)


def create_app(store: Store, limits: Limits | None = None) -> FastAPI:
    service = Service(store, limits or Limits())
    # The API's description is served for client generators (/openapi.json); the interactive
    # pages are not, since Swagger UI and ReDoc load their scripts from a CDN and nothing here
    # may make a reviewer's browser reach outside.
    app = FastAPI(title="zhicheng 职称材料核验", docs_url=None, redoc_url=None, openapi_url="/openapi.json")
    templates = Jinja2Templates(directory=str(TEMPLATES))
    templates.env.globals.update(STATUS_ZH=STATUS_ZH)
    app.state.service = service

    app.add_middleware(_SafetyHeaders)

    def db():
        with store.session() as session:
            yield session

    # --- who is calling -------------------------------------------------------------

    def api_user(request: Request, session: Session = Depends(db)) -> User:
        header = request.headers.get("authorization", "")
        token = header[7:].strip() if header.lower().startswith("bearer ") else None
        user = auth.user_for_token(session, token)
        if user is None:
            raise HTTPException(401, "未登录或令牌已失效", headers={"WWW-Authenticate": "Bearer"})
        return user

    def page_user(request: Request, session: Session = Depends(db)) -> User:
        user = auth.user_for_token(session, request.cookies.get(COOKIE))
        if user is None:
            raise HTTPException(303, headers={"Location": "/login"})
        request.state.csrf = auth.csrf_token(request.cookies.get(COOKIE, ""), service.secret)
        return user

    def noticed(path: str, text: str) -> str:
        """``path`` with a one-time message for the page it leads to, signed: a link made
        elsewhere cannot make the service's notice box say what it likes."""
        text = text[:600]
        return f"{path}?notice={_quote(text)}&sig={_sign(service.secret, path, text)}"

    def notice_of(request: Request) -> str:
        text = request.query_params.get("notice", "")[:600]
        sig = request.query_params.get("sig", "")
        return text if text and hmac.compare_digest(sig, _sign(service.secret, request.url.path, text)) else ""

    def check_csrf(request: Request, sent: str | None) -> None:
        if not auth.csrf_ok(request.cookies.get(COOKIE), sent, service.secret):
            raise HTTPException(403, "表单已过期或来源不明（CSRF 校验失败），请刷新页面后重试")

    def readable(session: Session, user: User, app_id: str) -> Application:
        found = session.get(Application, app_id) if re.fullmatch(r"[0-9a-f]{32}", app_id) else None
        if found is None or not auth.may_read(user, found):
            raise HTTPException(404, "没有这个申报")
        return found

    def editable(session: Session, user: User, app_id: str) -> Application:
        found = readable(session, user, app_id)
        if not auth.may_edit(user, found):
            raise HTTPException(403, "只读：只有申报人本人可以修改申报")
        return found

    def reviewable(session: Session, user: User, app_id: str) -> Application:
        found = readable(session, user, app_id)
        if not auth.may_review(user, found):
            raise HTTPException(403, "只读：只有本单位的审核人可以更正和决定")
        return found

    @app.exception_handler(StarletteHTTPException)  # ours, and the router's own (no route, wrong method)
    async def http_error(request: Request, err: StarletteHTTPException):
        if err.status_code == 303:
            return RedirectResponse(err.headers["Location"], status_code=303)
        if not isinstance(err, HTTPException) or not (isinstance(err.detail, dict) or CHINESE.search(str(err.detail))):
            err = HTTPException(err.status_code, ROUTER_ZH.get(err.status_code, f"请求无法处理（{err.status_code}）"),
                                headers=err.headers)
        if request.url.path.startswith("/api/"):
            body = ({"detail": err.detail["message"], "files": err.detail["files"]}  # each file refused, and why
                    if isinstance(err.detail, dict) else {"detail": err.detail})
            return JSONResponse(body, status_code=err.status_code, headers=err.headers)
        return templates.TemplateResponse(request, "error.html", {"status": err.status_code, "message": err.detail,
                                                                   "user": None}, status_code=err.status_code)

    @app.exception_handler(RequestValidationError)  # a form or query field missing or of the wrong kind
    async def invalid_request(request: Request, err: RequestValidationError):
        names = []
        for e in err.errors():
            name = str((e.get("loc") or ("?",))[-1])[:40]
            if name not in names:
                names.append(name)
        return await http_error(request, HTTPException(422, "请求缺少字段或字段无效：" + "、".join(names[:10])))

    @app.exception_handler(Exception)
    async def internal_error(request: Request, err: Exception):
        store.log("error", f"{request.method} {request.url.path}: {type(err).__name__}: {err}")
        return JSONResponse({"detail": "内部错误（已记录，管理员可在日志中查看）"}, status_code=500)

    # --- the API (CONTRACT §8) ------------------------------------------------------

    @app.post("/api/token")
    def token(username: str = Form(...), password: str = Form(...), session: Session = Depends(db)):
        user = auth.find_user(session, username)
        if not auth.verify_password(user, password):
            raise HTTPException(401, "用户名或密码错误", headers={"WWW-Authenticate": "Bearer"})
        value = auth.issue_token(session, user)
        session.commit()
        return {"access_token": value, "token_type": "bearer"}

    @app.post("/api/applications", status_code=201)
    async def create(request: Request, user: User = Depends(api_user), session: Session = Depends(db)):
        if user.role == "auditor":
            raise HTTPException(403, "审计人员只读，不能创建申报")
        body = await _json(request)
        application = _new_application(session, user, body)
        session.commit()
        return {"id": application.id}

    @app.get("/api/applications")
    def listing(user: User = Depends(api_user), session: Session = Depends(db)):
        return [_status(a) | {"verdict": None} for a in auth.visible(session, user)]

    @app.post("/api/applications/{app_id}/files", status_code=201)
    async def upload(app_id: str, request: Request, user: User = Depends(api_user), session: Session = Depends(db)):
        application = editable(session, user, app_id)
        stored, skipped = await _upload(request, session, user, application)
        return {"stored": stored, "skipped": skipped}

    @app.put("/api/applications/{app_id}/claims")
    async def claims(app_id: str, request: Request, user: User = Depends(api_user), session: Session = Depends(db)):
        application = editable(session, user, app_id)
        body = await _json(request)
        _set_claims(session, user, application, body)
        session.commit()
        return {"id": application.id, "achievements": len(application.claims)}

    @app.post("/api/applications/{app_id}/check", status_code=202)
    def check(app_id: str, user: User = Depends(api_user), session: Session = Depends(db)):
        application = editable(session, user, app_id)
        _queue(session, user, application)
        session.commit()
        return {"status": "queued"}

    @app.get("/api/applications/{app_id}")
    def status(app_id: str, user: User = Depends(api_user), session: Session = Depends(db)):
        return _status(readable(session, user, app_id))

    @app.post("/api/applications/{app_id}/corrections")
    async def correct(app_id: str, request: Request, user: User = Depends(api_user), session: Session = Depends(db)):
        application = reviewable(session, user, app_id)
        body = _object(await _json(request), '{"document": …, "field": …, "value": …} 或 {…, "accept": true}')
        started = time.perf_counter()
        _correct(session, user, application, body.get("document"), body.get("field"), body.get("value"),
                 body.get("accept") is True, typed=True)
        session.commit()
        from .checks import rejudge

        result = rejudge(store, application.id)
        # milliseconds: the whole correction (stored, judged again, the HTML report with its crops
        # re-made); judge_milliseconds: the judging alone.  Neither reads a file again.
        return {"verdict": result.verdict_dict, "milliseconds": round((time.perf_counter() - started) * 1000),
                "judge_milliseconds": round(result.seconds * 1000)}

    @app.post("/api/applications/{app_id}/decision")
    async def decide(app_id: str, request: Request, user: User = Depends(api_user), session: Session = Depends(db)):
        application = reviewable(session, user, app_id)
        body = _object(await _json(request), '{"decision": …, "reasons": […]}')
        _decide(session, user, application, body.get("decision"), body.get("reasons") or [])
        session.commit()
        return {"decision": application.decision, "reasons": application.decision_reasons}

    @app.get("/api/audit")
    def trail_api(user: User = Depends(api_user), session: Session = Depends(db)):
        return [_event(e) for e in _trail(session, user)]

    # --- shared actions ---------------------------------------------------------------

    def _new_application(session: Session, user: User, body: Any) -> Application:
        from rules import CaseError
        from rules.case_file import parse_profile

        if not isinstance(body, dict):
            raise HTTPException(422, "应为 JSON 对象：{\"as_of\": …, \"applicant\": {…}}（CONTRACT §3）")
        long = _long_text(body, MAX_PROFILE_TEXT)
        if long:
            raise HTTPException(422, f"申报信息的 {long} 过长（超过 {MAX_PROFILE_TEXT} 字）")
        from ..bundle import split_employer

        try:
            parse_profile(split_employer(body, "申报信息")[0], "申报信息")  # (its 工作单位 as check takes it)
        except CaseError as err:
            raise HTTPException(422, str(err)) from None
        profile = {"as_of": body.get("as_of"), "applicant": body["applicant"]}
        if profile["as_of"] is None:
            profile.pop("as_of")
        application = Application(id=new_id(), owner_id=user.id, unit=user.unit, profile=profile, claims=[],
                                   status="draft")
        session.add(application)
        store.audit(session, user.name, "创建申报", None, profile, application)
        return application

    def _not_while_checking(application: Application) -> None:
        """The files and claims a check reads stay as they were until it is done: a file added
        meanwhile would be missing from a verdict that says 已核验."""
        if application.status in ("queued", "reading"):
            raise HTTPException(409, "正在核验，请等核验完成后再上传或修改，然后重新核验")

    async def _upload(request: Request, session: Session, user: User, application: Application):
        try:
            _not_while_checking(application)
        except HTTPException:
            await _drain(request)  # the client, still sending, gets the answer rather than a reset
            raise
        scratch = Path(tempfile.mkdtemp(dir=store.data / "tmp"))
        try:
            try:
                received, skipped = await receive(request.stream(), request.headers.get("content-type"),
                                         request.headers.get("content-length"), service.limits, scratch)
            except UploadRefused as refused:
                await _drain(request)
                raise HTTPException(refused.status, {"message": refused.message, "files": refused.refusals}) \
                    if refused.refusals else HTTPException(refused.status, refused.message)
            names = set(session.scalars(select(StoredFile.name).where(StoredFile.application_id == application.id)))
            clash = _clash(names | {item.name for item in received})
            if clash:
                raise HTTPException(409, f"「{clash[:80]}」既是文件名又是文件夹名，无法同时保存；请改名后重新上传")
            stored = []
            for item in received:
                sha, size = store.keep(item.path)
                old = session.scalars(select(StoredFile).where(StoredFile.application_id == application.id,
                                                               StoredFile.name == item.name)).first()
                if old is not None:
                    session.delete(old)
                session.add(StoredFile(application_id=application.id, name=item.name, sha256=sha, size=size,
                                       kind=item.kind))
                store.audit(session, user.name, f"上传文件 {item.name}", old.sha256[:12] if old else None, sha[:12],
                            application)
                stored.append(item.name)
            application.updated = now()
            session.commit()
            return stored, skipped
        finally:
            shutil.rmtree(scratch, ignore_errors=True)

    async def _drain(request: Request) -> None:
        """Read and drop the rest of a refused body (up to a bound), so that the client,
        still sending, receives the answer rather than a reset connection."""
        seen = 0
        try:
            async for chunk in request.stream():
                seen += len(chunk)
                if seen > 4 * service.limits.max_total:
                    break
        except Exception:  # noqa: BLE001 - the body is being refused anyway
            pass

    def _set_claims(session: Session, user: User, application: Application, body: Any) -> None:
        from rules import CaseError

        from ..bundle import _claims

        _not_while_checking(application)
        if isinstance(body, dict) and "achievements" not in body:  # a careless body must not wipe the claims
            raise HTTPException(422, "应为 {\"achievements\": [...]}（CONTRACT §3），缺少 achievements")
        raw = body.get("achievements") if isinstance(body, dict) else body
        try:
            _claims({"achievements": raw}, "申报成果")
        except CaseError as err:
            raise HTTPException(422, str(err)) from None
        # the claims as they were and as they are: an auditor traces a rank or a date changed
        # after the documents were read, not only how many claims there are
        store.audit(session, user.name, "修改申报成果", application.claims or [], raw or [], application)
        application.claims = raw or []
        application.updated = now()

    def _queue(session: Session, user: User, application: Application) -> None:
        if application.status in ("queued", "reading"):
            return
        files = session.scalars(select(StoredFile).where(StoredFile.application_id == application.id)).first()
        if files is None:
            raise HTTPException(409, "还没有上传任何材料")
        application.status, application.done, application.total = "queued", 0, 0
        application.updated = now()
        store.audit(session, user.name, "提交核验", None, None, application)

    def _correct(session: Session, user: User, application: Application, document: Any, field: Any, value: Any,
                 accept: bool, typed: bool) -> None:
        from .store import Correction

        docs = {d.get("file") if not d.get("page_range") else f"{d['file']}#{d['page_range'][0]}-{d['page_range'][1]}": d
                for d in application.documents or []}
        if not isinstance(document, str) or document not in docs:
            raise HTTPException(422, "没有这份材料（document 应为材料的文件名，合订本为 文件名#起-止页）")
        if not isinstance(field, str) or not re.fullmatch(r"[a-z_]{1,40}", field):
            raise HTTPException(422, "字段名无效")
        old = docs[document].get("fields", {}).get(field)
        from extractor.doctypes import doctype

        declared = doctype(docs[document].get("doc_type") or "unknown")
        known = (declared.fields if declared else ()) + ("applicant_rank",)
        if field not in known and field not in docs[document].get("fields", {}):
            raise HTTPException(422, f"字段 {field} 不是这份材料的字段（应为 {'、'.join(known)} 之一）")
        if not accept:
            from ..field_values import FieldValueError, checked, from_form, kind_of

            kind = kind_of(docs[document].get("doc_type") or "unknown", field)
            if kind is None:  # a field no type declares: its shape is the value read's
                value = value if typed else _typed(value, old)
                _check_value(value, old)
            else:  # checked by what the field holds, and kept as the reader would give it
                try:
                    value = checked(kind, value if typed else from_form(kind, value))
                except FieldValueError as err:
                    raise HTTPException(422, f"字段 {field} 的更正值无效：{err}") from None
            _dry_run(application, Correction(document=document, field=field, value=value, accepted=False))
        session.add(Correction(application_id=application.id, document=document, field=field,
                               value=None if accept else value, accepted=accept, user_id=user.id))
        store.audit(session, user.name, f"{'确认' if accept else '更正'}字段 {field}（{document}）", old,
                    old if accept else value, application)

    def _dry_run(application: Application, correction: Any) -> None:
        """Judge with the new correction before keeping it: a value the rules cannot take is
        the reviewer's 422, never a stored correction that breaks the application."""
        from .checks import _corrections, inputs_of, judged

        with store.session() as scratch:
            earlier = _corrections(scratch, application.id)
        try:
            judged(application, inputs_of(application, store.work / application.id), earlier + [correction])
        except Exception as err:  # noqa: BLE001 - any failure is the value's
            store.log("warning", f"correction refused for {application.id}: {type(err).__name__}: {err}")
            raise HTTPException(422, f"更正值「{_clip(correction.value)}」无法用于判断（{type(err).__name__}），"
                                     "请按字段原有的格式填写") from None

    def _decide(session: Session, user: User, application: Application, decision: Any, reasons: Any) -> None:
        if decision not in DECISIONS:
            raise HTTPException(422, f"决定应为 {'、'.join(DECISIONS)} 之一")
        if not isinstance(reasons, list) or not all(isinstance(r, str) and len(r) <= 500 for r in reasons):
            raise HTTPException(422, "理由应为文字列表，每条不超过 500 字")
        if len(reasons) > MAX_REASONS:
            raise HTTPException(422, f"理由最多 {MAX_REASONS} 条")
        if decision == "退回补正" and not [r for r in reasons if r.strip()]:
            raise HTTPException(422, "退回补正须逐条写明理由")
        store.audit(session, user.name, "审核决定", application.decision,
                    decision + ("：" + "；".join(reasons) if reasons else ""), application)
        application.decision, application.decision_reasons = decision, [r for r in reasons if r.strip()]
        application.updated = now()

    def _trail(session: Session, user: User) -> list[AuditEvent]:
        if user.role not in ("auditor", "reviewer", "admin"):
            raise HTTPException(404, "没有这个页面")
        query = select(AuditEvent).order_by(AuditEvent.id)
        if user.role != "admin":
            if not user.unit:  # no unit: no unit's trail (SQL would match every event without a unit)
                return []
            query = query.where(AuditEvent.unit == user.unit)
        return list(session.scalars(query))

    # --- pages ------------------------------------------------------------------------

    def render(request: Request, name: str, user: User | None, **context) -> HTMLResponse:
        return templates.TemplateResponse(request, name, {"user": user, "csrf": getattr(request.state, "csrf", ""),
                                                          **context})

    @app.get("/login", response_class=HTMLResponse)
    def login_page(request: Request, failed: int = 0):
        return render(request, "login.html", None, failed=bool(failed))

    @app.post("/login")
    def login(request: Request, username: str = Form(...), password: str = Form(...), session: Session = Depends(db)):
        if not _same_site(request):  # login CSRF: another site's form must not log this browser in as someone
            raise HTTPException(403, "登录请求来自其他网站，已拒绝；请在本站的登录页登录")
        user = auth.find_user(session, username)
        if not auth.verify_password(user, password):
            return RedirectResponse("/login?failed=1", status_code=303)
        value = auth.issue_token(session, user)
        session.commit()
        response = RedirectResponse("/", status_code=303)
        response.set_cookie(COOKIE, value, httponly=True, samesite="strict", max_age=auth.TOKEN_HOURS * 3600)
        return response

    @app.post("/logout")
    def logout(request: Request, csrf: str = Form(""), user: User = Depends(page_user),
               session: Session = Depends(db)):
        check_csrf(request, csrf)
        auth.revoke(session, request.cookies.get(COOKIE))
        session.commit()
        response = RedirectResponse("/login", status_code=303)
        response.delete_cookie(COOKIE)
        return response

    @app.get("/")
    def home(user: User = Depends(page_user)):
        return RedirectResponse({"reviewer": "/review", "auditor": "/audit", "admin": "/admin/logs"}
                                .get(user.role, "/apps"), status_code=303)

    @app.get("/apps", response_class=HTMLResponse)
    def my_apps(request: Request, user: User = Depends(page_user), session: Session = Depends(db)):
        from rules.vocabulary import Education, Title

        mine = [a for a in auth.visible(session, user) if a.owner_id == user.id]
        return render(request, "apps.html", user, apps=[_row(a) for a in mine],
                      titles=[(t.value, t.zh) for t in Title], educations=[(e.value, e.zh) for e in Education])

    @app.post("/apps")
    async def create_page(request: Request, user: User = Depends(page_user), session: Session = Depends(db)):
        form = await request.form()
        check_csrf(request, form.get("csrf"))
        if user.role == "auditor":
            raise HTTPException(403, "审计人员只读，不能创建申报")
        applicant = {k: (form.get(k) or None) for k in ("name", "education", "current_title", "current_title_date",
                                                          "target_title", "work_start")}
        recommendations = str(form.get("recommendations") or "0").strip()
        if not re.fullmatch(r"[0-9]{1,3}", recommendations):
            raise HTTPException(422, "推荐人数应为 0 到 999 之间的整数")
        applicant["recommendations"] = int(recommendations)
        applicant["assessment_passed"] = True if form.get("assessment_passed") else None
        body = {"as_of": form.get("as_of") or None, "applicant": {k: v for k, v in applicant.items() if v is not None}}
        application = _new_application(session, user, body)
        session.commit()
        return RedirectResponse(f"/apps/{application.id}", status_code=303)

    @app.get("/apps/{app_id}", response_class=HTMLResponse)
    def app_page(app_id: str, request: Request, user: User = Depends(page_user), session: Session = Depends(db)):
        application = readable(session, user, app_id)
        files = list(session.scalars(select(StoredFile).where(StoredFile.application_id == app_id)
                                     .order_by(StoredFile.name)))
        import yaml

        claims_text = yaml.safe_dump({"achievements": application.claims or []}, allow_unicode=True,
                                     sort_keys=False) if application.claims else ""
        return render(request, "app.html", user, app=application, row=_row(application), files=files,
                      claims_text=claims_text, may_edit=auth.may_edit(user, application),
                      may_review=auth.may_review(user, application), missing=_missing(application.verdict),
                      notice=notice_of(request))

    @app.post("/apps/{app_id}/files")
    async def upload_page(app_id: str, request: Request, csrf: str = "", user: User = Depends(page_user),
                          session: Session = Depends(db)):
        check_csrf(request, csrf)  # in the query: the multipart body is streamed, not parsed first
        application = editable(session, user, app_id)
        try:
            stored, skipped = await _upload(request, session, user, application)
        except HTTPException as err:
            detail = err.detail if isinstance(err.detail, str) else err.detail["message"]
            return RedirectResponse(noticed(f"/apps/{app_id}", f"未保存：{detail}"), status_code=303)
        said = f"已保存 {len(stored)} 个文件：" + "、".join(stored)
        if skipped:  # each file refused, with its reason
            said += "；未保存：" + "；".join(f"{s['file']}（{s['reason']}）" for s in skipped)
        return RedirectResponse(noticed(f"/apps/{app_id}", said), status_code=303)

    @app.post("/apps/{app_id}/claims")
    async def claims_page(app_id: str, request: Request, user: User = Depends(page_user),
                          session: Session = Depends(db)):
        form = await request.form()
        check_csrf(request, form.get("csrf"))
        application = editable(session, user, app_id)
        raw = _claims_yaml(str(form.get("claims") or ""))
        if raw is None:  # the box emptied: no claims
            raw = {"achievements": []}
        _set_claims(session, user, application, raw)
        session.commit()
        return RedirectResponse(noticed(f"/apps/{app_id}", "申报成果已保存；请重新核验"), status_code=303)

    @app.post("/apps/{app_id}/check")
    async def check_page(app_id: str, request: Request, user: User = Depends(page_user),
                         session: Session = Depends(db)):
        form = await request.form()
        check_csrf(request, form.get("csrf"))
        application = editable(session, user, app_id)
        _queue(session, user, application)
        session.commit()
        return RedirectResponse(f"/apps/{app_id}", status_code=303)

    @app.get("/apps/{app_id}/report", response_class=HTMLResponse)
    def report_page(app_id: str, user: User = Depends(page_user), session: Session = Depends(db)):
        readable(session, user, app_id)
        path = store.reports / f"{app_id}.html"
        if not path.exists():
            raise HTTPException(404, "还没有核验报告")
        return FileResponse(path, media_type="text/html; charset=utf-8", headers={
            "Content-Security-Policy": "default-src 'none'; img-src data:; style-src 'unsafe-inline'; "
                                       "script-src 'none'; frame-ancestors 'self'; base-uri 'none'; form-action 'none'"})

    @app.get("/review", response_class=HTMLResponse)
    def review_list(request: Request, status: str = "", user: User = Depends(page_user),
                    session: Session = Depends(db)):
        if user.role not in ("reviewer", "auditor"):
            raise HTTPException(404, "没有这个页面")
        rows = [_row(a) for a in auth.visible(session, user) if a.unit == user.unit]
        if status:
            rows = [r for r in rows if r["state"] == status]
        return render(request, "review.html", user, rows=rows, status=status,
                      states=("待审", "符合", "需补正", "不符合"))

    @app.get("/review/{app_id}", response_class=HTMLResponse)
    def review_page(app_id: str, request: Request, user: User = Depends(page_user), session: Session = Depends(db)):
        application = readable(session, user, app_id)
        if user.role not in ("reviewer", "auditor"):
            raise HTTPException(404, "没有这个页面")
        fields = _fields_for_review(application)
        for row in fields[:40]:  # the least sure first; each crop re-makes a page (≈ 0.1 s)
            row["crop"] = crop_uri(store, application.id, row)
        return render(request, "review_app.html", user, app=application, row=_row(application),
                      fields=fields, may_review=auth.may_review(user, application),
                      decisions=DECISIONS, notice=notice_of(request))

    @app.post("/review/{app_id}/correct")
    async def correct_page(app_id: str, request: Request, user: User = Depends(page_user),
                           session: Session = Depends(db)):
        form = await request.form()
        check_csrf(request, form.get("csrf"))
        application = reviewable(session, user, app_id)
        started = time.perf_counter()
        _correct(session, user, application, form.get("document"), form.get("field"), form.get("value"),
                 form.get("accept") == "1", typed=False)
        session.commit()
        from .checks import rejudge

        rejudge(store, app_id)
        ms = round((time.perf_counter() - started) * 1000)
        return RedirectResponse(noticed(f"/review/{app_id}", f"已更新，结论已按更正后的事实重新判断（{ms} 毫秒，未重新识别）"),
                                status_code=303)

    @app.post("/review/{app_id}/decision")
    async def decision_page(app_id: str, request: Request, user: User = Depends(page_user),
                            session: Session = Depends(db)):
        form = await request.form()
        check_csrf(request, form.get("csrf"))
        application = reviewable(session, user, app_id)
        reasons = [r.strip() for r in str(form.get("reasons") or "").splitlines() if r.strip()]
        _decide(session, user, application, form.get("decision"), reasons)
        session.commit()
        return RedirectResponse(noticed(f"/review/{app_id}", "决定已记录"), status_code=303)

    @app.get("/review-export/汇总表.xlsx")
    def export(user: User = Depends(page_user), session: Session = Depends(db)):
        if user.role not in ("reviewer", "auditor"):
            raise HTTPException(404, "没有这个页面")
        data = _xlsx([a for a in auth.visible(session, user) if a.unit == user.unit], store.data / "tmp")
        return Response(data, media_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        headers={"Content-Disposition": "attachment; filename*=UTF-8''%E6%B1%87%E6%80%BB%E8%A1%A8.xlsx"})

    @app.get("/audit", response_class=HTMLResponse)
    def audit_page(request: Request, user: User = Depends(page_user), session: Session = Depends(db)):
        if user.role not in ("auditor", "reviewer"):
            raise HTTPException(404, "没有这个页面")
        issues = []
        for application in auth.visible(session, user):
            if application.unit != user.unit or not application.verdict:
                continue
            name = (application.profile.get("applicant") or {}).get("name") or application.id[:8]
            for i in application.verdict.get("issues", []):
                if i.get("code") in REVIEW_CODES:
                    issues.append({"app": application, "name": name, **i})
        return render(request, "audit.html", user, issues=issues, events=_trail(session, user)[-200:])

    @app.get("/audit/trail.csv")
    def trail_csv(user: User = Depends(page_user), session: Session = Depends(db)):
        buffer = io.StringIO()
        out = csv.writer(buffer, lineterminator="\r\n")
        out.writerow(["时间", "用户", "申报", "内容", "原值", "新值"])
        for e in _trail(session, user):
            out.writerow([e.at.isoformat(timespec="seconds"), *(_inert(v) for v in (
                e.user, e.application_id or "", e.what, e.old or "", e.new or ""))])
        return Response("\ufeff" + buffer.getvalue(), media_type="text/csv; charset=utf-8",
                        headers={"Content-Disposition": "attachment; filename=audit-trail.csv"})

    @app.get("/admin/logs", response_class=HTMLResponse)
    def logs(request: Request, user: User = Depends(page_user), session: Session = Depends(db)):
        if user.role != "admin":
            raise HTTPException(404, "没有这个页面")
        entries = list(session.scalars(select(LogEntry).order_by(LogEntry.id.desc()).limit(500)))
        return render(request, "logs.html", user, entries=entries)

    return app


# ----------------------------------------------------------------------------- helpers


async def _json(request: Request) -> Any:
    try:
        raw = await request.body()
    except ClientDisconnect:  # (the client went away mid-body: nobody to answer, nothing to log)
        raise HTTPException(400, "请求体未传完（连接已断开）") from None
    if len(raw) > 2 << 20:
        raise HTTPException(413, "请求体超过 2 MB")
    try:
        body = json.loads(raw or b"null", parse_constant=_no_constant, object_pairs_hook=_unique_keys)
        # (a lone surrogate, \ud800, is valid JSON and no text at all: no database stores it)
        json.dumps(body, ensure_ascii=False).encode("utf-8")
        return body
    except _DuplicateKey as err:
        raise HTTPException(422, f"请求体中键 {err.key!r} 重复出现（如 \"rank\": 1, \"rank\": 3）：不知以哪个为准") from None
    except UnicodeEncodeError:
        raise HTTPException(422, "请求体含有无效的 Unicode 字符（孤立的代理项，如 \\ud800）") from None
    except ValueError:  # not JSON, not UTF-8, a number of thousands of digits
        raise HTTPException(422, "请求体应为 JSON（UTF-8）") from None
    except RecursionError:
        raise HTTPException(422, "请求体嵌套过深") from None


class _DuplicateKey(ValueError):
    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """An object whose keys are each given once: JSON lets a key repeat and Python keeps the
    last, silently; the CLI refuses it in YAML (键 'rank' 重复出现), and so does the API.

    >>> _unique_keys([("rank", 1), ("date", "2023-05")])
    {'rank': 1, 'date': '2023-05'}
    """
    found: dict[str, Any] = {}
    for key, value in pairs:
        if key in found:
            raise _DuplicateKey(key)
        found[key] = value
    return found


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")  # NaN, Infinity: Python reads them, no database stores them


def _object(body: Any, shape: str) -> dict[str, Any]:
    if not isinstance(body, dict):
        raise HTTPException(422, f"请求体应为 JSON 对象：{shape}")
    return body


def _long_text(value: Any, limit: int, where: str = "") -> str | None:
    """The key path of the first text in ``value`` longer than ``limit`` (a name of 100,000
    characters would fill every list and the 汇总表's cell past what a spreadsheet holds)."""
    if isinstance(value, str):
        return where or "值" if len(value) > limit else None
    items = value.items() if isinstance(value, dict) else enumerate(value) if isinstance(value, list) else ()
    for key, item in items:
        if isinstance(key, str) and len(key) > limit:
            return f"{where}.{key[:20]}…" if where else f"{key[:20]}…"
        found = _long_text(item, limit, f"{where}.{key}" if where else str(key))
        if found:
            return found
    return None


def _inert(text: str) -> str:
    """A CSV cell a spreadsheet shows as text, never runs as a formula (=, +, -, @, tab, CR)."""
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def _clash(names: set[str]) -> str | None:
    """A name that is both a file and a folder of the application (「材料」 and 「材料/专利.pdf」):
    one folder cannot hold both, so the reader could not lay the files out."""
    folders = {"/".join(n.split("/")[:i]) for n in names for i in range(1, n.count("/") + 1)}
    both = sorted(names & folders)
    return both[0] if both else None


def _claims_yaml(text: str) -> Any:
    """Claims typed as YAML, read within the limits of every YAML input (rules.yaml_input)."""
    from rules.yaml_input import MAX_BYTES, InputError, parse_yaml_text

    if len(text.encode("utf-8", "replace")) > MAX_BYTES:
        raise HTTPException(413, f"申报成果超过 {MAX_BYTES >> 20} MB 的上限")
    try:
        return parse_yaml_text(text, "申报成果")
    except InputError as err:
        raise HTTPException(422, str(err)) from None


def _same_site(request: Request) -> bool:
    """Whether a browser says the request comes from this site's own pages (a client that
    is not a browser says nothing, and is not refused for it)."""
    from urllib.parse import urlsplit

    if request.headers.get("sec-fetch-site", "same-origin") not in ("same-origin", "none"):
        return False
    host = (request.headers.get("x-forwarded-host") or request.headers.get("host") or "").split(",")[0].strip().lower()
    for header in ("origin", "referer"):
        value = request.headers.get(header)
        if value is None:
            continue
        try:
            netloc = urlsplit(value).netloc.lower()
        except ValueError:
            return False
        return bool(netloc) and netloc == host
    return True


def _status(application: Application) -> dict[str, Any]:
    # "draft" (created, never sent to be checked) extends the contract's four statuses.
    return {"id": application.id, "status": application.status,
            "progress": {"done": application.done, "total": application.total}, "verdict": application.verdict,
            "error": application.error, "decision": application.decision}


def _row(application: Application) -> dict[str, Any]:
    from ..summary import conclusion

    verdict = application.verdict
    applicant = application.profile.get("applicant") or {}
    state = "待审" if verdict is None else conclusion(verdict)
    errors = sum(i.get("severity") == "error" for i in (verdict or {}).get("issues", []))
    from ..html_report import title_zh

    return {"id": application.id, "name": applicant.get("name") or "（未填姓名）",
            "target": title_zh(applicant.get("target_title")),
            "status": application.status, "state": state, "errors": errors, "decision": application.decision or "",
            "updated": application.updated.strftime("%Y-%m-%d %H:%M"), "summary": (verdict or {}).get("summary", ""),
            "progress": f"{application.done}/{application.total}" if application.total else ""}


def _missing(verdict: dict | None) -> list[str]:
    """「还需…」: what the unmet conditions still lack, in the verdict's words (nothing when
    the application is eligible: a list of what other routes would need only confuses)."""
    if not verdict or verdict.get("eligible"):
        return []
    out = []
    for c in verdict.get("conditions", []):
        if c.get("met"):
            continue
        for m in c.get("missing", []):
            if m not in out:
                out.append(m)
    return out[:20]


def _fields_for_review(application: Application) -> list[dict[str, Any]]:
    """Every field read, least sure first, with its crop where the page can be re-made."""
    from markupsafe import Markup

    from ..html_assets import field_label
    from ..html_report import show_value

    rows = []
    corrected = {(c["document"], c["field"]) for c in (application.verdict or {}).get("corrections", [])}
    shown = {}
    for d in (application.verdict or {}).get("documents", []):
        key = d["file"] if not d.get("page_range") else f"{d['file']}#{d['page_range'][0]}-{d['page_range'][1]}"
        shown[key] = d
    for key, d in shown.items():
        for field_name, value in d.get("fields", {}).items():
            source = d.get("field_sources", {}).get(field_name) or {}
            rows.append({"document": key, "file": d["file"], "doc_type": d["doc_type"], "field": field_name,
                         "label": field_label(field_name, d["doc_type"], d.get("fields")), "value": value,
                         "shown": _form_text(value),
                         "display": Markup(show_value(field_name, value, d["doc_type"])),
                         "confidence": source.get("confidence"), "page": source.get("page"),
                         "box": source.get("box"), "corrected": (key, field_name) in corrected,
                         "page_info": d.get("page_info", [])})
    rows.sort(key=lambda r: (r["confidence"] if isinstance(r["confidence"], (int, float)) else 2.0, r["document"]))
    return rows


def _form_text(value: Any) -> str:
    """A value as the correction form's text box shows it, in the form it is read back
    (``field_values.from_form``): names joined by 、, people with their facts and each writer's
    words as JSON."""
    if isinstance(value, dict) or isinstance(value, list) and any(isinstance(v, dict) for v in value):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, list):
        return "、".join(map(str, value))
    return "" if value is None else str(value)


def crop_uri(store: Store, application_id: str, row: dict[str, Any]) -> str | None:
    from ..html_report import CROP_QUALITY, PageImages, encoded, highlight_crop

    if not row.get("page") or not row.get("box") or len(row["box"]) != 4:
        return None
    pages = PageImages(store.work / application_id / row["file"],
                       {int(p["number"]): p for p in row["page_info"] if "number" in p})
    image = pages.get(int(row["page"]))
    if image is None:
        return None
    uri, _ = encoded(lambda: highlight_crop(image, list(row["box"]), pages.scale(int(row["page"]))), CROP_QUALITY, "")
    return uri


def _typed(value: Any, old: Any) -> Any:
    """A value typed into a form, as the field holds it: a list of names, a number, a date."""
    text = str(value or "").strip()
    if isinstance(old, list):
        return [v for v in re.split(r"[、,，;；\s]+", text) if v]
    if isinstance(old, bool):
        return text in ("是", "true", "True", "1", "通过")
    if isinstance(old, int) or (old is None and re.fullmatch(r"[0-9]{1,3}", text)):
        return int(text) if re.fullmatch(r"[0-9]{1,9}", text) else None
    if isinstance(old, float):
        try:
            return float(text)
        except ValueError:
            return None
    return text or None


def _sign(secret: bytes, path: str, text: str) -> str:
    return hmac.new(secret, f"{path}\n{text}".encode(), hashlib.sha256).hexdigest()[:32]


def _clip(value: Any, width: int = 40) -> str:
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    text = text.replace("\n", " ").replace("\r", " ")
    return text if len(text) <= width else text[:width - 1] + "…"


def _check_value(value: Any, old: Any) -> None:
    """A corrected value has the shape of a field: text, a number, yes/no, or a list of
    names; and the same shape as the value read, where one was read."""
    def scalar(v: Any) -> bool:
        return (v is None or isinstance(v, (bool, str)) and len(str(v)) <= 2000
                or isinstance(v, int) and abs(v) < 10 ** 12 or isinstance(v, float) and v == v and abs(v) < 1e15)

    def entry(v: Any) -> bool:  # a name, or a person with his facts (a joint form's expert and his title)
        return isinstance(v, str) and len(v) <= 200 or isinstance(v, dict) and len(v) <= 10 and all(
            isinstance(k, str) and len(k) <= 40 and (x is None or isinstance(x, str) and len(x) <= 200) for k, x in v.items())

    ok = scalar(value) or (isinstance(value, list) and len(value) <= 500 and all(entry(v) for v in value))
    if not ok:
        raise HTTPException(422, "更正值应为文字、数字、是/否或名单（文字列表，或人员及其职称），且不过长")
    if value is None or old is None:
        return
    same = (isinstance(old, list) == isinstance(value, list)
            and (isinstance(old, bool) == isinstance(value, bool))
            and (not isinstance(old, (int, float)) or isinstance(old, bool) or isinstance(value, (int, float))))
    if not same:
        raise HTTPException(422, f"更正值应与识别值同类（识别值为「{_clip(old)}」）")


def _quote(text: str) -> str:
    from urllib.parse import quote

    return quote(text[:600])


def _event(e: AuditEvent) -> dict[str, Any]:
    return {"at": e.at.isoformat(timespec="seconds"), "user": e.user, "application": e.application_id, "what": e.what,
            "old": e.old, "new": e.new}


def _xlsx(applications: list[Application], scratch: Path) -> bytes:
    """The unit's 汇总表, as ``batch`` writes it."""
    from ..summary import COLUMNS, _xlsx as workbook, summarise

    rows = []
    for n, application in enumerate(applications, start=1):
        if application.verdict:
            row = summarise(application.id, application.verdict, f"/apps/{application.id}/report")
        else:
            applicant = application.profile.get("applicant") or {}
            row = {c: "" for c in COLUMNS} | {"姓名": applicant.get("name", ""), "结论": "需补正",
                                               "说明": STATUS_ZH.get(application.status, ""), "errors": []}
        row["序号"] = n
        rows.append(row)
    return workbook(rows, scratch)
