{{- define "deelwijs.name" -}}{{ .Release.Name }}-deelwijs{{- end -}}

{{- define "deelwijs.labels" -}}
app.kubernetes.io/name: deelwijs
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
{{- end -}}

{{- define "deelwijs.selector" -}}
app.kubernetes.io/name: deelwijs
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end -}}

{{/* The environment of the app and of the migration Job: plain settings and secrets by reference. */}}
{{- define "deelwijs.env" -}}
- name: NODE_ENV
  value: production
- name: PORT
  value: "3000"
- name: NEXTAUTH_URL
  value: {{ .Values.publicUrl | quote }}
- name: DEELWIJS_SEED_DEMO
  value: "false"
- name: DATABASE_URL
  valueFrom: { secretKeyRef: { name: {{ .Values.secrets.databaseUrl.name }}, key: {{ .Values.secrets.databaseUrl.key }} } }
- name: NEXTAUTH_SECRET
  valueFrom: { secretKeyRef: { name: {{ .Values.secrets.authSecret.name }}, key: {{ .Values.secrets.authSecret.key }} } }
{{- with .Values.secrets.redisUrl }}{{ if .name }}
- name: REDIS_URL
  valueFrom: { secretKeyRef: { name: {{ .name }}, key: {{ .key }} } }
{{- end }}{{ end }}
{{- with .Values.secrets.metricsToken }}{{ if .name }}
- name: METRICS_TOKEN
  valueFrom: { secretKeyRef: { name: {{ .name }}, key: {{ .key }} } }
{{- end }}{{ end }}
{{- with .Values.secrets.smtpUrl }}{{ if .name }}
- name: SMTP_URL
  valueFrom: { secretKeyRef: { name: {{ .name }}, key: {{ .key }} } }
{{- end }}{{ end }}
{{- with .Values.secrets.ltiKeyEncryptionKey }}{{ if .name }}
- name: LTI_KEY_ENCRYPTION_KEY
  valueFrom: { secretKeyRef: { name: {{ .name }}, key: {{ .key }} } }
{{- end }}{{ end }}
{{- range $name, $value := .Values.env }}
- name: {{ $name }}
  value: {{ $value | quote }}
{{- end }}
{{- end -}}
