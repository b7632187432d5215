import boto3

s3 = boto3.client("s3", aws_access_key_id="AKIAZ7Q3M5N8P2R4T6V9", aws_secret_access_key=load_secret())
