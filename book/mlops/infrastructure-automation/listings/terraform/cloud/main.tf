terraform {
  required_version = ">= 1.5"
  required_providers {
    google = {
      source  = "hashicorp/google"
      version = "~> 7.0"
    }
  }
  backend "gcs" {
    bucket = "harvest-crate-terraform-state"
    prefix = "churn-api"
  }
}

variable "project_id" {
  description = "The Google Cloud project to deploy into."
  type        = string
}

variable "region" {
  description = "The region of the bucket and the service."
  type        = string
  default     = "europe-west1"
}

variable "model_version" {
  description = "Version of the churn model and of its image tag."
  type        = string
}

provider "google" {
  project = var.project_id
  region  = var.region
}

# Model artifacts: versioned, never public.
resource "google_storage_bucket" "models" {
  name                        = "${var.project_id}-churn-models"
  location                    = var.region
  uniform_bucket_level_access = true
  public_access_prevention    = "enforced"

  versioning {
    enabled = true
  }
}

resource "google_service_account" "api" {
  account_id   = "churn-api"
  display_name = "Churn prediction service"
}

# The service may read models, nothing else.
resource "google_storage_bucket_iam_member" "api_reads_models" {
  bucket = google_storage_bucket.models.name
  role   = "roles/storage.objectViewer"
  member = "serviceAccount:${google_service_account.api.email}"
}

resource "google_cloud_run_v2_service" "api" {
  name     = "churn-api"
  location = var.region

  template {
    service_account = google_service_account.api.email

    scaling {
      min_instance_count = 1
      max_instance_count = 6
    }

    containers {
      image = "${var.region}-docker.pkg.dev/${var.project_id}/ml/churn-api:${var.model_version}"

      ports {
        container_port = 8000
      }

      resources {
        limits = {
          cpu    = "1"
          memory = "512Mi"
        }
      }

      startup_probe {
        http_get {
          path = "/readyz"
        }
      }

      liveness_probe {
        http_get {
          path = "/healthz"
        }
      }
    }
  }
}

output "service_url" {
  value = google_cloud_run_v2_service.api.uri
}
